#include "MeetingDueModel.h"

#include "core/IsoDate.h"
#include "store/Database.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

MeetingDueModel::MeetingDueModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

void MeetingDueModel::setScope(qint64 orgId)
{
    m_orgId = orgId;
    reload();
}

void MeetingDueModel::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    reload();
}

void MeetingDueModel::reload()
{
    beginResetModel();
    m_rows = MeetingRhythm::due(m_database.connection(), m_asOf, m_orgId);
    endResetModel();
}

int MeetingDueModel::overdueCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const MeetingDue &d) { return d.standing == MeetingStanding::Overdue; }));
}

int MeetingDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingDue &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.orgId;
    if (role == Qt::ForegroundRole && index.column() == StandingColumn && row.standing == MeetingStanding::Overdue)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OrgColumn: return row.name;
    case LevelColumn: return OrgKinds::displayName(row.level);
    case StandingColumn: return MeetingRhythm::displayName(row.standing);
    case LastHeldColumn: return row.lastHeld.isValid() ? IsoDate::format(row.lastHeld) : tr("never");
    case DueByColumn: return IsoDate::format(row.dueBy);
    default: return {};
    }
}

QVariant MeetingDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrgColumn: return tr("Organisation");
    case LevelColumn: return tr("Level");
    case StandingColumn: return tr("Meeting");
    case LastHeldColumn: return tr("Last held");
    case DueByColumn: return tr("Due by");
    default: return {};
    }
}
