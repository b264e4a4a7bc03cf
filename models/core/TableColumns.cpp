#include "TableColumns.h"

#include "core/Language.h"

#include <QCoreApplication>

namespace {

class ColumnText
{
    Q_DECLARE_TR_FUNCTIONS(TableColumns)
};

QString folded(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x3000)); // the ideographic space
    while (t.endsWith(QLatin1Char('*')) || t.endsWith(QChar(0xFF0A)))
        t.chop(1);
    while (t.startsWith(QLatin1Char('*')) || t.startsWith(QChar(0xFF0A)))
        t.remove(0, 1);
    return t;
}

} // namespace

TableColumns::TableColumns(QList<Column> columns)
    : m_columns(std::move(columns))
{
    for (const Column &column : std::as_const(m_columns)) {
        m_keys.insert(column.key, column.key);
        m_keys.insert(folded(column.heading), column.key);
        for (const QString &alias : column.aliases)
            m_keys.insert(folded(alias), column.key);
    }
}

std::optional<QString> TableColumns::keyFor(const QString &heading) const
{
    const auto found = m_keys.constFind(folded(heading));
    if (found == m_keys.constEnd())
        return std::nullopt;
    return *found;
}

QString TableColumns::heading(const QString &key) const
{
    if (Language::current() != QLatin1String("zh_CN"))
        return key;
    for (const Column &column : m_columns) {
        if (column.key == key)
            return column.heading;
    }
    return key;
}

QStringList TableColumns::keys(bool required) const
{
    QStringList out;
    for (const Column &column : m_columns) {
        if (column.required == required)
            out.append(column.key);
    }
    return out;
}

QString TableColumns::Mapping::value(const QStringList &fields, const QString &key) const
{
    const int i = index.value(key, -1);
    return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
}

TableColumns::Mapping TableColumns::map(const CsvReader::Record &headings) const
{
    Mapping mapping;
    QStringList header = headings.fields;
    // Spreadsheets add empty columns at the right; they carry nothing.
    while (!header.isEmpty() && header.constLast().trimmed().isEmpty())
        header.removeLast();
    mapping.width = int(header.size());
    QStringList known;
    for (const Column &c : m_columns)
        known.append(heading(c.key));
    for (int i = 0; i < header.size(); ++i) {
        const QString written = header.at(i).trimmed();
        const auto key = keyFor(written);
        if (!key) {
            mapping.problems.append({headings.line, written, ColumnText::tr("Unknown column \"%1\"; the columns are %2.")
                                                                 .arg(written, known.join(QStringLiteral(", ")))});
        } else if (mapping.index.contains(*key)) {
            mapping.problems.append({headings.line, written, ColumnText::tr("The column \"%1\" appears twice (also as \"%2\").")
                                                                 .arg(written, mapping.written.value(*key))});
        } else {
            mapping.index.insert(*key, i);
            mapping.written.insert(*key, written);
        }
    }
    for (const QString &required : keys(true)) {
        if (!mapping.index.contains(required))
            mapping.problems.append({headings.line, QString(), ColumnText::tr("The column \"%1\" is missing.").arg(heading(required))});
    }
    return mapping;
}
