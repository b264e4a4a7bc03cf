#pragma once

#include "DemoRandom.h"
#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>

/// The demo's year-end review (述职评议, seed 004) of the year before the as-of day: every
/// sub-district and community reported in January and was scored by the level above, by its
/// co-building units and by its members, so that the ranking and the sheets show something real.
/// A random source of its own keeps everything else the seed's.
class DemoReview
{
public:
    DemoReview(const QSqlDatabase &db, std::uint64_t seed, const QDate &asOf);

    /// Writes it; the caller holds the transaction.
    Outcome write();

private:
    QSqlDatabase m_db;
    DemoRandom m_random;
    QDate m_asOf;
    QString m_timestamp;
};
