#pragma once

#include "core/Result.h"

#include <QJsonObject>

class Database;

/// The weights of the year-end review's three scores, in per cent, as a sub-district or the
/// district sets them (the nearest above an organisation applies); where none has, the program's:
/// the level above 30, the service objects 40, the members 30 — the larger share to service objects
/// and members, as seed 004 asks (提高服务对象、基层党员评议得分的权重).
struct ReviewWeights
{
    int above = 30;
    int service = 40;
    int members = 30;

    int total() const { return above + service + members; }
    bool operator==(const ReviewWeights &) const = default;
    QJsonObject toJson() const;

    static Result<ReviewWeights> of(const Database &database, qint64 orgId);
    /// Sets a sub-district's or the district's weights: each 0–100, together 100.
    static Outcome save(const Database &database, qint64 orgId, const ReviewWeights &weights);
};
