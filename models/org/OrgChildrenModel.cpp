#include "OrgChildrenModel.h"

#include "OrgService.h"

OrgChildrenModel::OrgChildrenModel(OrgService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    // Any change below the shown parent can change its figures; one query brings them back.
    connect(&m_service, &OrgService::added, this, &OrgChildrenModel::refresh);
    connect(&m_service, &OrgService::changed, this, &OrgChildrenModel::refresh);
    connect(&m_service, &OrgService::moved, this, &OrgChildrenModel::refresh);
    connect(&m_service, &OrgService::removed, this, &OrgChildrenModel::refresh);
    connect(&m_service, &OrgService::reset, this, &OrgChildrenModel::refresh);
}

void OrgChildrenModel::setParentId(qint64 parentId)
{
    m_parentId = parentId;
    refresh();
}

void OrgChildrenModel::setShowRetired(bool show)
{
    if (m_showRetired == show)
        return;
    m_showRetired = show;
    refresh();
}

void OrgChildrenModel::refresh()
{
    beginResetModel();
    m_rows = m_parentId == 0 ? QList<OrgChildSummary>() : m_service.repository().childSummaries(m_parentId, m_showRetired);
    endResetModel();
}

qint64 OrgChildrenModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int OrgChildrenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrgChildrenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrgChildrenModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OrgChildSummary &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == GridsColumn || index.column() == HouseholdsColumn || index.column() == ServedColumn
            || index.column() == MembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return row.name;
    case KindColumn: return OrgKinds::displayName(row.kind);
    case GridsColumn: return row.grids;
    case HouseholdsColumn: return row.households;
    case ServedColumn: return row.householdsServed;
    case MembersColumn: return row.members;
    case SecretaryColumn: return row.secretary;
    case StatusColumn: return row.active ? tr("Active") : tr("Retired");
    default: return {};
    }
}

QVariant OrgChildrenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case GridsColumn: return tr("Grids");
    case HouseholdsColumn: return tr("Central households");
    case ServedColumn: return tr("Households served");
    case MembersColumn: return tr("Members");
    case SecretaryColumn: return tr("Secretary");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}
