#pragma once

#include "Role.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

class Database;

/// The people who staff organisations: secretaries, grid heads and workers, building heads,
/// informants, part-time committee members. A role ends on a date; it is never deleted.
class RoleService : public QObject
{
    Q_OBJECT

public:
    explicit RoleService(Database &database, QObject *parent = nullptr);

    Result<qint64> add(const Role &role);
    /// Ends a role on a date (not before it started).
    Outcome end(qint64 roleId, const QDate &on);

    /// The roles of an organisation; ended ones only when asked.
    QList<Role> roles(qint64 orgId, bool includeEnded, const QDate &today = QDate::currentDate()) const;
    /// "一肩挑": the community's secretary is also its residents' committee director on the day
    /// (the same member, or the same name where a role names no member).
    bool secretaryHoldsBoth(qint64 communityId, const QDate &day = QDate::currentDate()) const;
    GridStaffing staffing(qint64 gridId, const QDate &today = QDate::currentDate()) const;

Q_SIGNALS:
    void changed(qint64 orgId);

private:
    Database &m_database;
};
