#pragma once

#include "Organisation.h"

#include <QAbstractTableModel>

class OrgService;

/// The direct children of one organisation with the figures of their subtrees, for the table on
/// the organisation page.
class OrgChildrenModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, GridsColumn, HouseholdsColumn, ServedColumn, MembersColumn, SecretaryColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit OrgChildrenModel(OrgService &service, QObject *parent = nullptr);

    /// Shows the children of parentId (0: nothing).
    void setParentId(qint64 parentId);
    qint64 parentId() const { return m_parentId; }
    void setShowRetired(bool show);
    qint64 idAt(int row) const;
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    OrgService &m_service;
    qint64 m_parentId = 0;
    bool m_showRetired = false;
    QList<OrgChildSummary> m_rows;
};
