#include "OrgWeights.h"

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
    return QCoreApplication::translate("OrgWeights", text);
}

} // namespace

namespace OrgWeights {

Result<QHash<QString, int>> read(const Database &database, const QString &table, const QString &keyColumn, qint64 orgId)
{
    QSqlQuery query(database.connection());
    // The nearest last: its weights are the ones kept.
    query.prepare(QStringLiteral("SELECT w.%2, w.weight FROM %1 w JOIN organisation o ON o.id = w.org_id "
                                 "WHERE (SELECT lineage FROM organisation WHERE id = :org) LIKE o.lineage || '%' "
                                 "ORDER BY length(o.lineage)")
                      .arg(table, keyColumn));
    query.bindValue(QStringLiteral(":org"), orgId);
    QHash<QString, int> weights;
    if (!SqlRead::run(query))
        return Result<QHash<QString, int>>::failure(tr("The weights could not be read."));
    while (query.next())
        weights.insert(query.value(0).toString(), query.value(1).toInt());
    if (!SqlRead::finished(query))
        return Result<QHash<QString, int>>::failure(tr("The weights could not be read."));
    return weights;
}

Outcome save(const Database &database, const QString &table, const QString &keyColumn, qint64 orgId,
             const QList<std::pair<QString, int>> &weights)
{
    int total = 0;
    for (const auto &[key, weight] : weights) {
        if (weight < 0 || weight > 100)
            return Outcome::failure(tr("Each weight is from 0 to 100."));
        total += weight;
    }
    if (total != 100)
        return Outcome::failure(tr("The weights add up to %1; together they are 100.").arg(total));
    const auto kind = SqlRead::value(database.connection(), QStringLiteral("SELECT kind FROM organisation WHERE id = :id"),
                                     {{QStringLiteral(":id"), orgId}});
    if (!kind)
        return Outcome::failure(kind.error());
    if (kind.value().toString() != QLatin1String("subdistrict") && kind.value().toString() != QLatin1String("district"))
        return Outcome::failure(tr("The weights are set by a sub-district, or by the district for its sub-districts."));
    WriteTransaction transaction(database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    for (const auto &[key, weight] : weights) {
        if (const Outcome written = SqlWrite::exec(database.connection(),
                                                   QStringLiteral("INSERT INTO %1 (org_id, %2, weight) VALUES (:org, :key, :weight) "
                                                                  "ON CONFLICT (org_id, %2) DO UPDATE SET weight = excluded.weight")
                                                       .arg(table, keyColumn),
                                                   {{QStringLiteral(":org"), orgId}, {QStringLiteral(":key"), key}, {QStringLiteral(":weight"), weight}});
            !written)
            return written;
    }
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    return Outcome::success();
}

} // namespace OrgWeights
