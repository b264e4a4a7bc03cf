#pragma once

#include "DemoRandom.h"
#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>

/// The demo's in-service members at work in the communities they report to (推进在职党员到社区报到,
/// seed 001; 双联双管, seed 004): how long each activity lasted (1½ to 4 hours), and for every
/// in-service member, in each quarter since they reported, one to three of the community's
/// activities they took part in, with the service points each credited — so that every
/// member's quarterly feedback card has something on it. A random source of its own keeps
/// everything else the seed's.
class DemoInService
{
public:
    DemoInService(const QSqlDatabase &db, std::uint64_t seed, const QDate &asOf);

    /// Writes it after co-building; the caller holds the transaction.
    Outcome write();

private:
    QSqlDatabase m_db;
    DemoRandom m_random;
    QDate m_asOf;
    QString m_timestamp;
};
