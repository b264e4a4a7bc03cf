#pragma once

#include "CobuildList.h"

#include <QAbstractTableModel>
#include <QDate>

class Database;

/// One list of the co-building page (units, agreements, needs, …) for an organisation's subtree.
/// The page reloads it when a service reports a change.
class CobuildTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, FlaggedRole };

    CobuildTableModel(const Database &database, CobuildList list, QObject *parent = nullptr);

    CobuildList list() const { return m_list; }
    void setScope(qint64 orgId);
    qint64 scope() const { return m_orgId; }
    /// The date figures are computed for (today unless a test says otherwise).
    void setAsOf(const QDate &asOf);
    /// The date for the next reload, without reading now.
    void setAsOfQuietly(const QDate &asOf) { m_asOf = asOf; }
    QDate asOf() const { return m_asOf; }
    void reload();
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    int flaggedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Database &m_database;
    CobuildList m_list;
    qint64 m_orgId = 0;
    QDate m_asOf = QDate::currentDate();
    QList<CobuildRow> m_rows;
    QStringList m_headers;
};
