#include "AssessmentWeights.h"

#include "store/Database.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AssessmentWeights", text);
}

} // namespace

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
    // The organisation's own, else the nearest organisation above it that has set them.
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT w.criterion, w.weight, length(o.lineage) FROM assessment_weight w "
                                 "JOIN organisation o ON o.id = w.org_id "
                                 "WHERE (SELECT lineage FROM organisation WHERE id = :org) LIKE o.lineage || '%' "
                                 "ORDER BY length(o.lineage)"));
    query.bindValue(QStringLiteral(":org"), orgId);
    if (!SqlRead::run(query))
        return weights;
    while (query.next()) {
        const QString criterion = query.value(0).toString();
        const int weight = query.value(1).toInt();
        if (criterion == QLatin1String("hours"))
            weights.hours = weight;
        else if (criterion == QLatin1String("raised"))
            weights.raised = weight;
        else if (criterion == QLatin1String("on_time"))
            weights.onTime = weight;
        else if (criterion == QLatin1String("satisfaction"))
            weights.satisfaction = weight;
    }
    SqlRead::finished(query);
    return weights;
}

Outcome AssessmentWeights::save(const Database &database, qint64 orgId, const AssessmentWeights &weights)
{
    for (int weight : {weights.hours, weights.raised, weights.onTime, weights.satisfaction}) {
        if (weight < 0 || weight > 100)
            return Outcome::failure(tr("Each weight is from 0 to 100."));
    }
    if (weights.total() != 100)
        return Outcome::failure(tr("The weights add up to %1; together they are 100.").arg(weights.total()));
    const auto kind = SqlRead::value(database.connection(), QStringLiteral("SELECT kind FROM organisation WHERE id = :id"),
                                     {{QStringLiteral(":id"), orgId}});
    if (!kind)
        return Outcome::failure(kind.error());
    if (kind.value().toString() != QLatin1String("subdistrict") && kind.value().toString() != QLatin1String("district"))
        return Outcome::failure(tr("The weights are set by a sub-district, or by the district for its sub-districts."));
    WriteTransaction transaction(database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    for (const auto &[criterion, weight] : {std::pair{"hours", weights.hours}, std::pair{"raised", weights.raised},
                                            std::pair{"on_time", weights.onTime}, std::pair{"satisfaction", weights.satisfaction}}) {
        if (const Outcome written = SqlWrite::exec(database.connection(),
                                                   QStringLiteral("INSERT INTO assessment_weight (org_id, criterion, weight) "
                                                                  "VALUES (:org, :criterion, :weight) ON CONFLICT (org_id, criterion) "
                                                                  "DO UPDATE SET weight = excluded.weight"),
                                                   {{QStringLiteral(":org"), orgId},
                                                    {QStringLiteral(":criterion"), QString::fromLatin1(criterion)},
                                                    {QStringLiteral(":weight"), weight}});
            !written)
            return written;
    }
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    return Outcome::success();
}
