#pragma once

#include "DemoOrgBuilder.h"
#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>

class DemoRandom;

/// Generates the party members of a demo profile — names, ages, join dates, categories and ID
/// numbers as a real district has them — the grid staff ("1+3" in every grid), building heads,
/// and two years of service points. The caller holds the transaction.
class DemoMemberBuilder
{
public:
    DemoMemberBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf);

    Outcome build(const DemoProfile &profile, const DemoTree &tree, const std::function<bool(double)> &progress);
    int membersWritten() const { return m_written; }

private:
    QSqlDatabase m_db;
    DemoRandom &m_random;
    QDate m_asOf;
    int m_written = 0;
};
