#pragma once

#include "GridStaff.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

class Database;

/// The grid staff and their visits: who the staff of a subtree are, the visits they log (each in
/// one transaction, checked), and the visits of a period.
class GridStaffService : public QObject
{
    Q_OBJECT

public:
    explicit GridStaffService(Database &database, QObject *parent = nullptr);

    /// The grid heads and grid workers of the grids in the subtree of orgId (0: all) in office on
    /// the day, by community, grid and name.
    QList<GridStaffMember> staff(qint64 orgId, const QDate &on = QDate::currentDate()) const;
    /// Logs a visit; its id. Refused for a role that is not a grid's staff, a day outside the
    /// role's term or in the future, a time of none or over a day.
    Result<qint64> addVisit(const GridVisit &visit, const QDate &today = QDate::currentDate());
    /// The visits in the subtree of orgId from from to to (both included), newest first, at most limit.
    QList<GridVisit> visits(qint64 orgId, const QDate &from, const QDate &to, int limit = 1000) const;

Q_SIGNALS:
    void changed();

private:
    Database &m_database;
};
