#pragma once

#include "core/Result.h"

#include <QJsonObject>

class Database;

/// The weights of the grid staff's assessment (网格人员考核评价), in per cent, as a sub-district
/// sets them; where it has not, its district's; where neither has, the program's: the weekly
/// hours rule 30, items raised 20, handled on time 25, residents' satisfaction 25.
struct AssessmentWeights
{
    int hours = 30;
    int raised = 20;
    int onTime = 25;
    int satisfaction = 25;

    int total() const { return hours + raised + onTime + satisfaction; }
    bool operator==(const AssessmentWeights &) const = default;
    QJsonObject toJson() const;

    /// The weights that apply to the organisation's sub-district (orgId itself, or the one above it).
    static AssessmentWeights of(const Database &database, qint64 orgId);
    /// Sets a sub-district's (or the district's) weights: each 0–100, together 100.
    static Outcome save(const Database &database, qint64 orgId, const AssessmentWeights &weights);
};
