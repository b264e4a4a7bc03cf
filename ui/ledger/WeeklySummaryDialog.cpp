#include "WeeklySummaryDialog.h"

#include "app/Workspace.h"
#include "common/DateLineEdit.h"
#include "common/HtmlPrint.h"
#include "core/IsoDate.h"
#include "ledger/WeeklySummary.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

WeeklySummaryDialog::WeeklySummaryDialog(Workspace &workspace, qint64 orgId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_orgId(orgId)
    , m_day(new DateLineEdit(this))
    , m_view(new QTextBrowser(this))
{
    setWindowTitle(tr("Weekly summary"));
    m_day->setDate(QDate::currentDate());
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("The &week of:"), this);
    label->setBuddy(m_day);
    top->addWidget(label);
    top->addWidget(m_day);
    top->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(m_day, &DateLineEdit::dateEdited, this, &WeeklySummaryDialog::refresh);
    connect(print, &QPushButton::clicked, this, &WeeklySummaryDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(640, 640);
}

void WeeklySummaryDialog::setDay(const QDate &day)
{
    m_day->setDate(day);
    refresh();
}

QString WeeklySummaryDialog::html() const
{
    const QDate day = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    const WeeklySummary s = WeeklySummary::compute(m_workspace.database(), m_orgId, day);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Weekly summary of the people's ledger"),
                            tr("%1, week of %2 to %3").arg(s.organisation.toHtmlEscaped(), IsoDate::format(s.weekStart),
                                                            IsoDate::format(s.weekEnd)));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>"
                           "<tr><td align='right'>%5</td><td align='right'>%6</td><td align='right'>%7</td><td align='right'>%8</td></tr></table>")
                .arg(tr("New"), tr("Closed"), tr("Still open"), tr("Overdue on %1").arg(IsoDate::format(s.judgedOn)))
                .arg(s.recorded)
                .arg(s.closed)
                .arg(s.open)
                .arg(s.overdue);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("What residents asked about most"));
    if (s.topCategories.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No new items this week."));
    } else {
        html += QStringLiteral("<ol>");
        for (const auto &[category, count] : s.topCategories)
            html += QStringLiteral("<li>%1: %2</li>").arg(category.toHtmlEscaped(), tr("%Ln item(s)", nullptr, int(count)));
        html += QStringLiteral("</ol>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("To watch: overdue items, longest overdue first"));
    if (s.toWatch.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing is overdue."));
    } else {
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th><th>%2</th><th>%3</th>"
                               "<th>%4</th><th>%5</th></tr>")
                    .arg(tr("No."), tr("Recorded"), tr("Grid"), tr("Title"), tr("Due"));
        for (const LedgerRow &row : s.toWatch)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(row.id)
                        .arg(IsoDate::format(row.recordedOn), row.orgName.toHtmlEscaped(), row.title.toHtmlEscaped(),
                             IsoDate::format(row.dueOn));
        html += QStringLiteral("</table>");
    }
    return html;
}

void WeeklySummaryDialog::refresh()
{
    if (m_day->isAcceptable())
        m_view->setHtml(html());
}

void WeeklySummaryDialog::print()
{
    HtmlPrint::preview(this, html());
}
