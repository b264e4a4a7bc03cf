#include "CobuildTableModel.h"

#include "store/Database.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

CobuildTableModel::CobuildTableModel(const Database &database, CobuildList list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_list(list)
    , m_headers(CobuildRows::headers(list))
{
}

void CobuildTableModel::setScope(qint64 orgId)
{
    m_orgId = orgId;
    reload();
}

void CobuildTableModel::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    reload();
}

void CobuildTableModel::reload()
{
    beginResetModel();
    m_headers = CobuildRows::headers(m_list);
    m_rows = CobuildRows::read(m_database.connection(), m_list, m_orgId, m_asOf);
    endResetModel();
}

qint64 CobuildTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CobuildTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int CobuildTableModel::flaggedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const CobuildRow &r) { return r.flagged; }));
}

int CobuildTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CobuildTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant CobuildTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CobuildRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QVariant();
    case Qt::ToolTipRole:
        return row.flagNote.isEmpty() ? QVariant() : QVariant(row.flagNote);
    case Qt::ForegroundRole:
        if (row.flagged && index.column() == CobuildRows::flagColumn(m_list))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() < row.cells.size() && row.cells.at(index.column()).typeId() != QMetaType::QString
            && !row.cells.at(index.column()).isNull())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return row.id;
    case FlaggedRole: return row.flagged;
    default: return {};
    }
}

QVariant CobuildTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}
