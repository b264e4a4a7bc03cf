#include "ReviewTableModel.h"

namespace {

QVariant score(const std::optional<double> &value)
{
    return value ? QVariant(QString::number(*value, 'f', 1)) : QVariant();
}

} // namespace

void ReviewTableModel::setRows(const QList<ReviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ReviewTableModel::rowOf(qint64 orgId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).orgId == orgId)
            return i;
    }
    return -1;
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRow &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Organisation)
        return row.orgPath;
    if (role == Qt::TextAlignmentRole && index.column() >= Above)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return row.orgId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Organisation: return row.orgName;
    case Kind: return OrgKinds::displayName(row.kind);
    case Above: return score(row.review.above);
    case Units: return score(row.review.units);
    case Satisfaction: return score(row.facts.satisfaction());
    case Members: return score(row.review.members);
    case Total: return score(row.total);
    case Rank: return row.rank ? QVariant(row.rank) : QVariant();
    default: return {};
    }
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Organisation: return tr("Organisation");
    case Kind: return tr("Kind");
    case Above: return tr("Level above");
    case Units: return tr("Units");
    case Satisfaction: return tr("Residents %");
    case Members: return tr("Members");
    case Total: return tr("Total");
    case Rank: return tr("Rank");
    default: return {};
    }
}
