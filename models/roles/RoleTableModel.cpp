#include "RoleTableModel.h"

#include "RoleService.h"
#include "core/IsoDate.h"

RoleTableModel::RoleTableModel(RoleService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &RoleService::changed, this, [this](qint64 orgId) {
        if (orgId == m_orgId)
            reload();
    });
}

void RoleTableModel::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    reload();
}

void RoleTableModel::setShowEnded(bool show)
{
    m_showEnded = show;
    reload();
}

void RoleTableModel::reload()
{
    beginResetModel();
    m_roles = m_orgId ? m_service.roles(m_orgId, m_showEnded) : QList<::Role>();
    endResetModel();
}

qint64 RoleTableModel::idAt(int row) const
{
    return row >= 0 && row < m_roles.size() ? m_roles.at(row).id : 0;
}

bool RoleTableModel::isEndedAt(int row) const
{
    return row >= 0 && row < m_roles.size() && !m_roles.at(row).isCurrent(QDate::currentDate());
}

int RoleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int RoleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_roles.size())
        return {};
    const ::Role &r = m_roles.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn: return RoleKinds::displayName(r.kind);
    case NameColumn: return r.memberId ? tr("%1 (member)").arg(r.personName) : r.personName;
    case PhoneColumn: return r.phone;
    case UnitColumn: return r.unitName;
    case StartedColumn: return IsoDate::format(r.startedOn);
    case EndedColumn: return IsoDate::format(r.endedOn);
    default: return {};
    }
}

QVariant RoleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Role");
    case NameColumn: return tr("Name");
    case PhoneColumn: return tr("Phone");
    case UnitColumn: return tr("Unit");
    case StartedColumn: return tr("Since");
    case EndedColumn: return tr("Until");
    default: return {};
    }
}
