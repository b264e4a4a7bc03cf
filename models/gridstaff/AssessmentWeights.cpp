#include "AssessmentWeights.h"

#include "org/OrgWeights.h"

QJsonObject AssessmentWeights::toJson() const
{
    return {{QStringLiteral("hours"), hours},
            {QStringLiteral("raised"), raised},
            {QStringLiteral("on_time"), onTime},
            {QStringLiteral("satisfaction"), satisfaction}};
}

AssessmentWeights AssessmentWeights::of(const Database &database, qint64 orgId)
{
    AssessmentWeights weights;
    const auto set = OrgWeights::read(database, QStringLiteral("assessment_weight"), QStringLiteral("criterion"), orgId);
    if (!set) // said by SqlRead; the program's weights meanwhile
        return weights;
    weights.hours = set.value().value(QStringLiteral("hours"), weights.hours);
    weights.raised = set.value().value(QStringLiteral("raised"), weights.raised);
    weights.onTime = set.value().value(QStringLiteral("on_time"), weights.onTime);
    weights.satisfaction = set.value().value(QStringLiteral("satisfaction"), weights.satisfaction);
    return weights;
}

Outcome AssessmentWeights::save(const Database &database, qint64 orgId, const AssessmentWeights &weights)
{
    return OrgWeights::save(database, QStringLiteral("assessment_weight"), QStringLiteral("criterion"), orgId,
                            {{QStringLiteral("hours"), weights.hours},
                             {QStringLiteral("raised"), weights.raised},
                             {QStringLiteral("on_time"), weights.onTime},
                             {QStringLiteral("satisfaction"), weights.satisfaction}});
}
