#pragma once

#include "DemoRandom.h"
#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>

/// The demo's places and guarantee list (seeds 000–004): a 党群服务中心 in every sub-district, a
/// 党群服务站 and an activity room in every community, stations in many grids (seed 001 counts 149
/// in Tunxi), the 35 红色驿站 of seed 002 (in proportion elsewhere), a few communities below the
/// standard of 30 m² per 100 households; the district's special funds, 2,000多万 a year (seed
/// 004), and what was spent of them; the sub-districts' inspections of their communities twice a
/// year with their follow-up tasks; the meetings and most activities held at the venues; a quarter
/// of the non-public enterprises and social organisations still without a party organisation. It
/// draws from a random source of its own, so that everything else stays the seed's.
class DemoGuarantee
{
public:
    DemoGuarantee(const QSqlDatabase &db, std::uint64_t seed, const QDate &asOf);

    /// Writes it all after the organisations, co-building and meetings; scale is the profile's
    /// communities ÷ Yingjiang's 31. The caller holds the transaction.
    Outcome write(double scale);

private:
    struct Org
    {
        qint64 id = 0;
        qint64 parentId = 0;
        QString name;
        int households = 0;
    };

    Outcome readTree();
    Outcome writeVenues(double scale);
    Outcome writeFunds();
    Outcome writeInspections();
    Outcome placeMeetings();
    Outcome leaveSomeUncovered();

    QSqlDatabase m_db;
    DemoRandom m_random;
    QDate m_asOf;
    QString m_timestamp;
    qint64 m_district = 0;
    QList<Org> m_subdistricts;
    QList<Org> m_communities; ///< households: their grids'
    QList<Org> m_grids;
};
