#pragma once

#include "DemoArea.h"
#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>

class DemoRandom;

/// Builds the horizontal line of a demo profile: resident units, their seats in the 大工委 and
/// 大党委 with part-time committee members, agreements and the joint activities held under them
/// (crediting members' service points). The caller holds the transaction.
class DemoCobuildBuilder
{
public:
    DemoCobuildBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf, DemoArea &area);

    /// scale: the profile's size against Yingjiang's 31 communities.
    Outcome build(double scale, const std::function<bool(double)> &progress);

private:
    Outcome units(int count);
    Outcome agreements(int count);
    Outcome activities(qint64 agreementId, qint64 orgId, qint64 communityId, const QDate &signedOn, const QDate &endsOn, int target);

    QSqlDatabase m_db;
    DemoRandom &m_random;
    QDate m_asOf;
    DemoArea &m_area;
    QString m_timestamp;
};
