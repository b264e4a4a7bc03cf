#pragma once

#include "DemoRandom.h"
#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>

/// The demo's activities held without an agreement and its councils, over the year before the
/// as-of day: each community's monthly organisational life (主题党日) and its volunteer service;
/// the functional branches' eight theme activities a year (功能性党支部…开展主题活动8次, seed 003);
/// the councils — a community's 党群议事会 each quarter, 红色议事厅 in some, 三方议事会 where a
/// property company is resident; a grid's 网格党群议事会 every other month in many grids and 长板凳
/// 议事会 in some (seeds 001, 002) — with resolutions that became the holder's tasks, most done.
/// Venues as the organisation's own, or its community's, open on the day. A random source of
/// its own keeps everything else the seed's.
class DemoActivities
{
public:
    DemoActivities(const QSqlDatabase &db, std::uint64_t seed, const QDate &asOf);

    /// Writes them after the venues; the caller holds the transaction.
    Outcome write();

private:
    struct Statements;
    Outcome activities(Statements &s, qint64 orgId, const char *kind, int perYear, const QStringList &titles);
    Outcome councils(Statements &s, qint64 orgId, const char *kind, int perYear, const QString &attendees);

    QSqlDatabase m_db;
    DemoRandom m_random;
    QDate m_asOf;
    QString m_timestamp;
};
