#include "CobuildListTab.h"

#include "cobuild/CobuildTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

CobuildListTab::CobuildListTab(const Database &database, CobuildList list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_model(new CobuildTableModel(database, list, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_buttons(new QVBoxLayout)
    , m_side(new QVBoxLayout)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search this list"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the list's own order until a header is clicked
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentChanged(currentId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
        Q_EMIT currentChanged(currentId());
    });
    m_detail->setOpenLinks(false);
    m_detail->setMinimumWidth(260);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_table, 1);
    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_buttons->setSpacing(4);
    rightLayout->addLayout(m_buttons);
    rightLayout->addWidget(m_detail, 3);
    rightLayout->addLayout(m_side, 2);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    const QString key = QStringLiteral("cobuildPage/splitter%1").arg(int(list));
    m_splitter->restoreState(QSettings().value(key).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this, key] { QSettings().setValue(key, m_splitter->saveState()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);
}

void CobuildListTab::addButton(QWidget *button)
{
    // Buttons go in rows of three above the detail.
    QHBoxLayout *row = m_buttons->count() ? qobject_cast<QHBoxLayout *>(m_buttons->itemAt(m_buttons->count() - 1)->layout()) : nullptr;
    if (!row || row->count() >= 3) {
        row = new QHBoxLayout;
        m_buttons->addLayout(row);
    }
    row->addWidget(button);
}

void CobuildListTab::addSideWidget(QWidget *widget, int stretch)
{
    m_side->addWidget(widget, stretch);
}

qint64 CobuildListTab::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->data(current, CobuildTableModel::IdRole).toLongLong() : 0;
}

void CobuildListTab::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void CobuildListTab::setScope(qint64 orgId)
{
    m_model->setScope(orgId);
}

void CobuildListTab::reload()
{
    const qint64 current = currentId();
    m_model->reload();
    select(current);
}
