#pragma once

#include "DemoOrgBuilder.h"
#include "DemoRandom.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

/// The demo's grid staff at work (seeds 000–002, 004): who reported the items of the people's
/// ledger — a grid head or worker for diary and visit items, now and then a party-member
/// household keeping its diary — and the staff's visits of the last half year, most weeks at least
/// five hours. It draws from a random source of its own, so that the ledger's items, states and
/// figures stay those of the seed.
class DemoGridStaff
{
public:
    DemoGridStaff(const QSqlDatabase &db, std::uint64_t seed, const QDate &asOf);

    /// Reads the staff of every grid (roles the member stage made).
    Outcome prepare(const DemoTree &tree);

    struct Reporter
    {
        qint64 roleId = 0;
        qint64 householdId = 0;
    };
    /// Who reported an item of the grid from the source (diary, visit, …).
    Reporter reporterFor(qint64 gridId, const QString &source);

    /// Writes the visits of the last 26 weeks up to the as-of day. The caller holds the transaction.
    Outcome writeVisits();

private:
    QSqlDatabase m_db;
    DemoRandom m_random;
    QDate m_asOf;
    QHash<qint64, QList<qint64>> m_staff;      ///< grid → its staff's roles
    QHash<qint64, QList<qint64>> m_households; ///< grid → its party-member households
};
