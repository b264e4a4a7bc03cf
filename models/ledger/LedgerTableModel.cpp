#include "LedgerTableModel.h"

#include "LedgerRepository.h"
#include "LedgerService.h"
#include "calendar/WorkCalendar.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlConnection.h"

#include <QAtomicInteger>
#include <QBrush>
#include <QColor>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace {

/// Counts on a connection of its own, in the thread that runs it.
qint64 countOnOwnConnection(Database *database, const LedgerFilter &filter)
{
    const auto connection = database->addConnection();
    return LedgerRepository::count(connection->db(), filter);
}

} // namespace

LedgerTableModel::LedgerTableModel(Database &database, LedgerService &service, QObject *parent)
    : KeysetTableModel(parent)
    , m_database(database)
    , m_service(service)
    , m_calendar(std::make_unique<WorkCalendar>(WorkCalendar::load(database)))
{
    const auto refreshIfLoaded = [this] {
        if (m_loaded)
            refresh();
    };
    connect(&m_service, &LedgerService::added, this, refreshIfLoaded);
    connect(&m_service, &LedgerService::reset, this, refreshIfLoaded);
    connect(&m_service, &LedgerService::categoriesChanged, this, refreshIfLoaded);
    connect(&m_service, &LedgerService::changed, this, [this](qint64 id) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        if (const auto fresh = m_service.repository().row(id)) {
            replaceRow(row, *fresh);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    });
}

LedgerTableModel::~LedgerTableModel()
{
    // A count still running holds a connection to the file; let it finish first.
    for (auto *watcher : findChildren<QFutureWatcher<qint64> *>())
        watcher->waitForFinished();
}

void LedgerTableModel::setFilter(const LedgerFilter &filter)
{
    if (m_loaded && filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void LedgerTableModel::setSort(LedgerSort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (m_loaded)
        refresh();
}

void LedgerTableModel::sort(int column, Qt::SortOrder)
{
    setSort(column == DueColumn || column == ClockColumn ? LedgerSort::DueSoonest : LedgerSort::RecordedNewest);
}

std::pair<int, Qt::SortOrder> LedgerTableModel::shownSort() const
{
    return m_sort == LedgerSort::DueSoonest ? std::pair{int(DueColumn), Qt::AscendingOrder}
                                            : std::pair{int(RecordedColumn), Qt::DescendingOrder};
}

void LedgerTableModel::refresh()
{
    m_loaded = true;
    *m_calendar = WorkCalendar::load(m_database);
    if (readFirstPage()) {
        ++m_generation;
        m_total = rows().size();
        Q_EMIT countReady(m_total);
    } else {
        startCount();
    }
}

void LedgerTableModel::startCount()
{
    const quint64 generation = ++m_generation;
    m_total = -1;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer filter has been set meanwhile
        m_total = watcher->result();
        Q_EMIT countReady(m_total);
    });
    watcher->setFuture(QtConcurrent::run(countOnOwnConnection, &m_database, m_filter));
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<LedgerRow> LedgerTableModel::readPage(const std::optional<LedgerRow> &after, int limit) const
{
    return m_service.repository().page(m_filter, m_sort, after, limit);
}

QString LedgerTableModel::clockText(const LedgerRow &row) const
{
    if (LedgerFlow::isDone(row.state))
        return tr("done");
    if (row.state == LedgerState::Suspended)
        return tr("clock stopped");
    const QDate today = m_filter.asOf;
    if (row.dueOn == today)
        return tr("due today");
    if (row.dueOn > today)
        return tr("%Ln working day(s) left", nullptr, m_calendar->workingDaysBetween(today, row.dueOn));
    return tr("%Ln working day(s) overdue", nullptr, std::max(1, m_calendar->workingDaysBetween(row.dueOn, today)));
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const LedgerRow &row = rows().at(index.row());
    if (role == IdRole)
        return row.id;
    const bool overdue = LedgerFlow::isRunning(row.state) && row.dueOn < m_filter.asOf;
    if (role == Qt::ForegroundRole && (index.column() == ClockColumn || index.column() == DueColumn) && overdue)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ForegroundRole && index.column() == UrgencyColumn && row.urgency != Urgency::Ordinary)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return row.id;
    case RecordedColumn: return IsoDate::format(row.recordedOn);
    case OrgColumn: return row.orgName;
    case CategoryColumn: return row.category;
    case TitleColumn: return row.title;
    case UrgencyColumn: return LedgerFlow::displayName(row.urgency);
    case StateColumn: return LedgerFlow::displayName(row.state);
    case DueColumn: return IsoDate::format(row.dueOn);
    case ClockColumn: return clockText(row);
    case HolderColumn: return row.holder;
    default: return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("No.");
    case RecordedColumn: return tr("Recorded");
    case OrgColumn: return tr("Grid");
    case CategoryColumn: return tr("Category");
    case TitleColumn: return tr("Title");
    case UrgencyColumn: return tr("Urgency");
    case StateColumn: return tr("State");
    case DueColumn: return tr("Due");
    case ClockColumn: return tr("Time limit");
    case HolderColumn: return tr("Held by");
    default: return {};
    }
}
