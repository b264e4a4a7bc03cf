#pragma once

#include "MeetingRhythm.h"

#include <QAbstractTableModel>

class Database;

/// The organisations due or overdue for their joint meeting, overdue first.
class MeetingDueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrgColumn, LevelColumn, StandingColumn, LastHeldColumn, DueByColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit MeetingDueModel(const Database &database, QObject *parent = nullptr);

    void setScope(qint64 orgId);
    void setAsOf(const QDate &asOf);
    void reload();
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Database &m_database;
    qint64 m_orgId = 0;
    QDate m_asOf = QDate::currentDate();
    QList<MeetingDue> m_rows;
};
