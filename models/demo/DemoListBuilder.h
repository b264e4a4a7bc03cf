#pragma once

#include "DemoArea.h"
#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>

class DemoRandom;

/// Builds the three lists of a demo profile: units' resources, communities' needs (matched to
/// resources of their category, near first) and projects through their stages, with claims,
/// links and reviews. Runs after DemoCobuildBuilder (it needs the units). The caller holds the
/// transaction.
class DemoListBuilder
{
public:
    DemoListBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf, const DemoArea &area);

    Outcome build(double scale);

private:
    struct Offer
    {
        qint64 id = 0;
        qint64 subdistrictId = 0;
        QDate from;
        QDate to;        ///< null: open-ended
        QDate withdrawn; ///< null: not withdrawn
    };

    Outcome resources(int count);
    Outcome needs(int count);
    Outcome projects(int secretary, int cobuild, int livelihood);
    /// A resource of the category available on day, in the sub-district when there is one; 0 if none.
    qint64 offerFor(int category, qint64 subdistrictId, const QDate &day);

    QSqlDatabase m_db;
    DemoRandom &m_random;
    QDate m_asOf;
    const DemoArea &m_area;
    QString m_timestamp;
    QList<qint64> m_categories;
    QList<QList<Offer>> m_offers; ///< by category position
    QHash<qint64, QList<qint64>> m_needsByCommunity;
};
