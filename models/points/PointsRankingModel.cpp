#include "PointsRankingModel.h"

#include "PointsService.h"

PointsRankingModel::PointsRankingModel(PointsService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

void PointsRankingModel::setScope(qint64 orgId, const QDate &from, const QDate &to)
{
    beginResetModel();
    m_rows = m_service.ranking(orgId, from, to, 100);
    endResetModel();
}

qint64 PointsRankingModel::memberIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).memberId : 0;
}

int PointsRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PointsRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PointsRankingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PointsRankRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == RankColumn || index.column() == PointsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn: return row.rank;
    case NameColumn: return row.name;
    case BranchColumn: return row.orgName;
    case PointsColumn: return row.points;
    default: return {};
    }
}

QVariant PointsRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("Rank");
    case NameColumn: return tr("Name");
    case BranchColumn: return tr("Branch");
    case PointsColumn: return tr("Points earned");
    default: return {};
    }
}
