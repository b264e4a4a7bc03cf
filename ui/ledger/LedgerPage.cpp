#include "LedgerPage.h"

#include "LedgerDetail.h"
#include "LedgerFilterBar.h"
#include "LedgerQuickEntry.h"
#include "GridStaffDialog.h"
#include "HandlingFiguresDialog.h"
#include "WeeklySummaryDialog.h"
#include "app/Workspace.h"
#include "common/SortIndicator.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerTableModel.h"
#include "org/OrgService.h"
#include "store/Database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

LedgerPage::LedgerPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_entry(new LedgerQuickEntry(workspace, this))
    , m_filters(new LedgerFilterBar(workspace.ledger(), this))
    , m_model(new LedgerTableModel(workspace.database(), workspace.ledger(), this))
    , m_table(new QTableView(this))
    , m_detail(new LedgerDetail(workspace, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_count(new QLabel(this))
    , m_weekly(new QPushButton(this))
    , m_handling(new QPushButton(this))
    , m_gridStaff(new QPushButton(this))
{
    setObjectName(QStringLiteral("ledgerPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("ledgerCount"));

    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(LedgerTableModel::RecordedColumn, Qt::DescendingOrder);
    SortIndicator::follow(m_table, [this] { return m_model->shownSort(); });
    // What the clerk follows comes first, within sight on a 1366 px screen: the time left and the state.
    QHeaderView *header = m_table->horizontalHeader();
    const int firstSeen[] = {LedgerTableModel::IdColumn, LedgerTableModel::RecordedColumn, LedgerTableModel::ClockColumn,
                             LedgerTableModel::StateColumn, LedgerTableModel::TitleColumn, LedgerTableModel::OrgColumn};
    for (int visual = 0; visual < int(std::size(firstSeen)); ++visual)
        header->moveSection(header->visualIndex(firstSeen[visual]), visual);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_detail->setItem(m_model->idAt(current.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(LedgerTableModel::TitleColumn, std::min(m_table->columnWidth(LedgerTableModel::TitleColumn), 320));
        // Read again (another clerk's commit, a filter): the item shown stays chosen while the
        // table still holds it, and is shown as it is now.
        const int row = m_model->rowOf(m_detail->itemId());
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_detail->setItem(0);
    });
    connect(m_model, &LedgerTableModel::countReady, this, &LedgerPage::showCount);
    connect(m_filters, &LedgerFilterBar::changed, this, &LedgerPage::applyFilter);
    connect(m_entry, &LedgerQuickEntry::saved, this, [this](qint64 id) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
        m_entry->focusTitle();
    });
    connect(m_weekly, &QPushButton::clicked, this, &LedgerPage::showWeeklySummary);
    connect(m_handling, &QPushButton::clicked, this, &LedgerPage::showHandling);
    connect(m_gridStaff, &QPushButton::clicked, this, &LedgerPage::showGridStaff);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_weekly);
    bottom->addWidget(m_handling);
    bottom->addWidget(m_gridStaff);
    leftLayout->addLayout(bottom);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->restoreState(QSettings().value(QStringLiteral("ledgerPage/splitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(QStringLiteral("ledgerPage/splitter"), m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_entry);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    retranslate();
}

void LedgerPage::retranslate()
{
    const QString scope = m_scope ? m_workspace.organisations().repository().pathNames(m_scope).join(QStringLiteral(" › ")) : QString();
    m_title->setText(scope.isEmpty() ? tr("People's ledger") : tr("People's ledger — %1").arg(scope));
    m_weekly->setText(tr("&Weekly summary…"));
    m_handling->setText(tr("Handling &by departments and units…"));
    m_gridStaff->setText(tr("Grid staff's wor&k…"));
    showCount(m_model->totalCount());
}

void LedgerPage::showCount(qint64 total)
{
    m_count->setText(total < 0 ? tr("counting…") : tr("%Ln item(s)", nullptr, int(total)));
}

void LedgerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LedgerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        applyFilter();
}

void LedgerPage::setScope(qint64 orgId)
{
    if (orgId == m_scope && !m_dirty)
        return;
    m_scope = orgId;
    m_dirty = true;
    retranslate();
    if (isVisible())
        applyFilter();
}

void LedgerPage::showOverdue()
{
    m_filters->showOverdue();
}

void LedgerPage::applyFilter()
{
    m_dirty = false;
    m_entry->setScope(m_scope);
    LedgerFilter filter = m_filters->filter();
    filter.orgId = m_scope;
    // Overdue items read best most overdue first (the open items' due-date index serves it).
    if (filter.overdueOnly)
        m_model->setSort(LedgerSort::DueSoonest);
    m_model->setFilter(filter);
    showCount(m_model->totalCount()); // "counting…" while the count runs on its own connection
}

void LedgerPage::showWeeklySummary()
{
    WeeklySummaryDialog dialog(m_workspace, m_scope, this);
    dialog.exec();
}

void LedgerPage::showHandling()
{
    HandlingFiguresDialog dialog(m_workspace, m_scope, this);
    dialog.exec();
}

void LedgerPage::showGridStaff()
{
    GridStaffDialog dialog(m_workspace, m_scope, this);
    dialog.exec();
}
