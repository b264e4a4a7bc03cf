#include "MatchDialog.h"

#include "app/Workspace.h"
#include "cobuild/NeedService.h"
#include "common/DateLineEdit.h"
#include "core/IsoDate.h"
#include "store/Database.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

MatchDialog::MatchDialog(Workspace &workspace, qint64 needId, const QString &needTitle, QWidget *parent)
    : FormDialog(tr("Match resources to need %1").arg(needId), parent)
    , m_workspace(workspace)
    , m_needId(needId)
    , m_candidates(ResourceMatcher::suggest(workspace.database().connection(), needId, QDate::currentDate()))
    , m_table(new QTableWidget(int(m_candidates.size()), 5, this))
    , m_on(new DateLineEdit(this))
{
    m_table->setObjectName(QStringLiteral("suggestions"));
    m_table->setHorizontalHeaderLabels({tr("Resource"), tr("Unit"), tr("Category"), tr("Capacity"), tr("Why")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < m_candidates.size(); ++row) {
        const MatchCandidate &c = m_candidates.at(row);
        QStringList why;
        if (c.sameCategory)
            why.append(tr("same category"));
        if (c.sameCommunity)
            why.append(tr("same community"));
        else if (c.sameSubdistrict)
            why.append(tr("same sub-district"));
        why.append(c.availableNow ? tr("available now") : tr("from %1").arg(IsoDate::format(c.availableFrom)));
        const QStringList cells = {c.title, c.unit, c.category, c.capacity, why.join(tr(", "))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!m_candidates.isEmpty())
        m_table->selectRow(0);
    m_on->setDate(QDate::currentDate());
    form()->addRow(new QLabel(tr("Need: %1").arg(needTitle), this));
    form()->addRow(m_table);
    form()->addRow(tr("Matched &on:"), m_on);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MatchDialog::revalidate);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &MatchDialog::accept);
    connect(m_on, &QLineEdit::textChanged, this, &MatchDialog::revalidate);
    setMinimumSize(760, 420);
    revalidate();
}

QString MatchDialog::missing() const
{
    if (m_candidates.isEmpty())
        return tr("No resource is available to match; units can offer resources on the Resources tab.");
    if (m_table->currentRow() < 0)
        return tr("Choose a resource.");
    if (!m_on->date().isValid())
        return tr("Give the date of the match.");
    return {};
}

Result<qint64> MatchDialog::submit()
{
    const MatchCandidate &c = m_candidates.at(m_table->currentRow());
    const Outcome done = m_workspace.needs().match(m_needId, c.resourceId, m_on->date());
    return done ? Result<qint64>(c.resourceId) : Result<qint64>::failure(done.error());
}
