#pragma once

#include "Role.h"

#include <QAbstractTableModel>

class RoleService;

/// The people in roles in one organisation (the staff box of the organisation page).
class RoleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, NameColumn, PhoneColumn, UnitColumn, StartedColumn, EndedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit RoleTableModel(RoleService &service, QObject *parent = nullptr);

    void setOrganisation(qint64 orgId);
    void setShowEnded(bool show);
    qint64 idAt(int row) const;
    bool isEndedAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    RoleService &m_service;
    qint64 m_orgId = 0;
    bool m_showEnded = false;
    QList<::Role> m_roles;
};
