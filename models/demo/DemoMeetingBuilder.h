#pragma once

#include "DemoArea.h"
#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>

class BulkInsert;
class DemoRandom;

/// Builds three years of joint meetings on their rhythm (the district monthly, sub-districts and
/// communities quarterly, a few missed) with the units attending, and the tasks their resolutions
/// became, most done on time, some overdue. The caller holds the transaction.
class DemoMeetingBuilder
{
public:
    DemoMeetingBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf, const DemoArea &area);

    Outcome build();

private:
    struct Statements;
    Outcome meetingsOf(Statements &s, qint64 orgId, bool monthly, double attendance, const QList<int> &units,
                       const QList<qint64> &owners);

    QSqlDatabase m_db;
    DemoRandom &m_random;
    QDate m_asOf;
    const DemoArea &m_area;
    QString m_timestamp;
};
