#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// A heading and lines of "label: value" (values escaped, empty ones left out).
class DetailSheet
{
public:
    explicit DetailSheet(const QString &title) { m_html = QStringLiteral("<h3>%1</h3><table>").arg(title.toHtmlEscaped()); }
    DetailSheet &row(const QString &label, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            m_html += QStringLiteral("<tr><td style='color:#555; padding-right:8px'>%1</td><td>%2</td></tr>")
                          .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        return *this;
    }
    DetailSheet &list(const QString &heading, const QStringList &lines)
    {
        m_tail += QStringLiteral("<p><b>%1</b></p>").arg(heading.toHtmlEscaped());
        if (lines.isEmpty()) {
            m_tail += QStringLiteral("<p style='color:#777'>%1</p>").arg(QCoreApplication::translate("DetailSheet", "None yet.").toHtmlEscaped());
            return *this;
        }
        m_tail += QStringLiteral("<ul>");
        for (const QString &line : lines)
            m_tail += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        m_tail += QStringLiteral("</ul>");
        return *this;
    }
    DetailSheet &warning(const QString &text)
    {
        if (!text.isEmpty())
            m_tail += QStringLiteral("<p style='color:#c0392b'><b>%1</b></p>").arg(text.toHtmlEscaped());
        return *this;
    }
    QString html() const { return m_html + QStringLiteral("</table>") + m_tail; }

private:
    QString m_html;
    QString m_tail;
};
