#include "HandlingTableModel.h"

#include <QLocale>

HandlingTableModel::HandlingTableModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

void HandlingTableModel::setRows(const QList<HandlingRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int HandlingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HandlingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HandlingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HandlingRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return row.name;
    case CountColumn: return row.count;
    case DoneColumn: return row.done;
    case OnTimeColumn: return row.done ? QStringLiteral("%1 %").arg(QLocale().toString(100.0 * row.onTimeRate(), 'f', 1))
                                       : QStringLiteral("—");
    case OverdueColumn: return row.overdue;
    default: return {};
    }
}

QVariant HandlingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool departments = m_kind == Kind::Departments;
    switch (section) {
    case NameColumn: return departments ? tr("Department") : tr("Unit");
    case CountColumn: return departments ? tr("Summoned") : tr("Dispatched");
    case DoneColumn: return departments ? tr("Reported done") : tr("Closed");
    case OnTimeColumn: return tr("On time");
    case OverdueColumn: return tr("Overdue");
    default: return {};
    }
}
