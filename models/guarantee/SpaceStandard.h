#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// A community's service facilities against its households (seed 002: 按照每百户居民拥有综合服务设施面积
/// 不低于30平方米的要求). Its households are its own figure when given, else its grids' summed; its
/// area is that of the venues of its subtree open on the day that count as service facilities.
struct CommunitySpace
{
    qint64 orgId = 0;
    QString name;
    QString parentName; ///< the sub-district
    qint64 households = -1; ///< -1: neither the community nor its grids say
    qint64 area = 0;        ///< square metres
    int venues = 0;

    bool known() const { return households >= 0; }
    qint64 required() const;
    /// Square metres short of the standard; 0 when it is met (or the households are unknown).
    qint64 shortBy() const { return known() ? std::max<qint64>(0, required() - area) : 0; }
    bool meets() const { return known() && area >= required(); }
};

namespace SpaceStandard {

constexpr int squareMetresPerHundredHouseholds = 30;

/// The area the standard asks of so many households, whole square metres rounded up: 2,000
/// households → 600 m², 101 → 31 m².
qint64 required(qint64 households);
/// The communities of the subtree of orgId (0: all; a community itself: that one), not retired on
/// the day, in tree order.
Result<QList<CommunitySpace>> compute(const QSqlDatabase &db, qint64 orgId, const QDate &on);

} // namespace SpaceStandard
