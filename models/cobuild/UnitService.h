#pragma once

#include "CobuildRecords.h"
#include "core/Result.h"

#include <QObject>

class Database;
class RoleService;

/// Resident units (驻区单位) and their seats in the 大工委 of a sub-district or the 大党委 of a
/// community, each seat filled by a part-time committee member (a role with its term).
class UnitService : public QObject
{
    Q_OBJECT

public:
    UnitService(Database &database, RoleService &roles, QObject *parent = nullptr);

    Result<qint64> add(const Unit &unit);
    /// Adds units in one transaction, all or none (an import).
    Result<int> addAll(const QList<Unit> &units);
    Outcome update(const Unit &unit);
    /// Whether unit may be saved as it is: a name no other unit has, a sub-district or community
    /// still active, a valid phone; the first reason when not.
    Outcome check(const Unit &unit) const;
    /// Gives the unit a seat in orgId's committee and starts the part-time member's role there.
    Result<qint64> join(const UnitMembership &membership);

    std::optional<Unit> unit(qint64 id) const;
    /// The unit gives up a seat on a date; the part-time member's role ends with it.
    Outcome leave(qint64 membershipId, const QDate &on);

    struct Seat
    {
        qint64 membershipId = 0;
        QString committee; ///< the sub-district or community
        QString member;
        QDate joinedOn;
        QDate leftOn;
    };
    QList<Seat> seatsOf(qint64 unitId) const;
    /// The unit's seats, one line each: the committee, who fills it, since when and until when.
    QStringList seats(qint64 unitId) const;
    /// Units in the subtree of orgId (all for 0), by name.
    QList<Unit> units(qint64 orgId = 0) const;
    /// The unit of a number or an exact name.
    static std::optional<qint64> find(const Database &database, const QString &idOrName);

Q_SIGNALS:
    void changed();

private:
    Result<qint64> addOnce(const Unit &unit);
    Outcome updateOnce(const Unit &unit);
    Result<qint64> insert(const Unit &unit);

    Database &m_database;
    RoleService &m_roles;
};
