#include "ReviewWeights.h"

#include "org/OrgWeights.h"

QJsonObject ReviewWeights::toJson() const
{
    return {{QStringLiteral("above"), above}, {QStringLiteral("service"), service}, {QStringLiteral("members"), members}};
}

Result<ReviewWeights> ReviewWeights::of(const Database &database, qint64 orgId)
{
    ReviewWeights weights;
    const auto set = OrgWeights::read(database, QStringLiteral("review_weight"), QStringLiteral("source"), orgId);
    if (!set)
        return Result<ReviewWeights>::failure(set.error());
    weights.above = set.value().value(QStringLiteral("above"), weights.above);
    weights.service = set.value().value(QStringLiteral("service"), weights.service);
    weights.members = set.value().value(QStringLiteral("members"), weights.members);
    return weights;
}

Outcome ReviewWeights::save(const Database &database, qint64 orgId, const ReviewWeights &weights)
{
    return OrgWeights::save(database, QStringLiteral("review_weight"), QStringLiteral("source"), orgId,
                            {{QStringLiteral("above"), weights.above},
                             {QStringLiteral("service"), weights.service},
                             {QStringLiteral("members"), weights.members}});
}
