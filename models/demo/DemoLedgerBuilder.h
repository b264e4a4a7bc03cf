#pragma once

#include "DemoOrgBuilder.h"
#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>

#include <cstdint>
#include <functional>

class DemoRandom;

/// Generates three years of the people's ledger up to the as-of day, with full event histories
/// on the working-day calendar: most items closed within their time limit and followed up, a few
/// overdue, escalated, suspended or reopened — completion about 98–99 %, satisfaction 90–93 %,
/// as the seeds report. Members who complete dispatched items earn their points. The caller
/// holds the transaction.
class DemoLedgerBuilder
{
public:
    /// seed: the demo's, from which the handling's own random source is drawn (DemoHandling).
    DemoLedgerBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf, std::uint64_t seed);

    Outcome build(const DemoProfile &profile, const DemoTree &tree, const std::function<bool(double)> &progress);
    qint64 itemsWritten() const { return m_items; }
    qint64 eventsWritten() const { return m_events; }

private:
    QSqlDatabase m_db;
    DemoRandom &m_random;
    QDate m_asOf;
    std::uint64_t m_seed;
    qint64 m_items = 0;
    qint64 m_events = 0;
};
