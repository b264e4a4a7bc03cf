#include "CobuildFigures.h"

#include "Fulfilment.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

qint64 countOf(const Database &database, const QString &from, const QString &scopeColumn, qint64 orgId,
               const QString &extra = {}, const QDate &asOf = {})
{
    SqlCondition condition;
    condition.addSubtree(database.connection(), orgId, scopeColumn);
    if (!extra.isEmpty())
        condition.add(extra);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM ") + from + condition.sql());
    condition.bind(query);
    if (asOf.isValid())
        query.bindValue(QStringLiteral(":asOf"), IsoDate::format(asOf));
    return SqlRead::run(query) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

CobuildFigures CobuildFigures::compute(const Database &database, qint64 orgId, const QDate &asOf)
{
    CobuildFigures f;
    f.units = countOf(database, QStringLiteral("unit u"), QStringLiteral("u.org_id"), orgId);
    f.agreements = countOf(database, QStringLiteral("agreement a"), QStringLiteral("a.org_id"), orgId);
    f.needs = countOf(database, QStringLiteral("need n"), QStringLiteral("n.org_id"), orgId);
    f.needsMatched = countOf(database, QStringLiteral("need n"), QStringLiteral("n.org_id"), orgId,
                             QStringLiteral("(n.state = 'matched' OR n.state = 'fulfilled')"));
    f.resources = countOf(database, QStringLiteral("resource r JOIN unit u ON u.id = r.unit_id"), QStringLiteral("u.org_id"), orgId);
    f.projects = countOf(database, QStringLiteral("project p"), QStringLiteral("p.org_id"), orgId);
    f.activities = countOf(database, QStringLiteral("activity t"), QStringLiteral("t.org_id"), orgId, QStringLiteral("t.kind = 'joint'"));
    f.meetings = countOf(database, QStringLiteral("meeting m"), QStringLiteral("m.org_id"), orgId, QStringLiteral("m.kind = 'joint'"));
    f.councils = countOf(database, QStringLiteral("meeting m"), QStringLiteral("m.org_id"), orgId, QStringLiteral("m.kind <> 'joint'"));
    f.tasks = countOf(database, QStringLiteral("task t"), QStringLiteral("t.org_id"), orgId);
    f.tasksOverdue = countOf(database, QStringLiteral("task t"), QStringLiteral("t.org_id"), orgId,
                             QStringLiteral("t.state = 'open' AND t.due_on < :asOf"), asOf);
    return f;
}

QJsonObject CobuildFigures::toJson() const
{
    return {
        {QStringLiteral("units"), units},
        {QStringLiteral("agreements"), agreements},
        {QStringLiteral("needs"), needs},
        {QStringLiteral("needs_matched"), needsMatched},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("projects"), projects},
        {QStringLiteral("activities"), activities},
    };
}

namespace CobuildCharts {

QList<NeedsByCategory> needsByCategory(const Database &database, qint64 orgId)
{
    SqlCondition condition;
    condition.addSubtree(database.connection(), orgId, QStringLiteral("n.org_id"));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT c.name, count(n.id) FILTER (WHERE n.state = 'open'), "
                                 "count(n.id) FILTER (WHERE n.state = 'matched' OR n.state = 'fulfilled') "
                                 "FROM cobuild_category c JOIN need n ON n.category_id = c.id%1 "
                                 "GROUP BY c.id ORDER BY c.position, c.id")
                      .arg(condition.clauses.isEmpty() ? QString() : QStringLiteral(" AND ") + condition.clauses.join(QStringLiteral(" AND "))));
    condition.bind(query);
    QList<NeedsByCategory> list;
    if (SqlRead::run(query)) {
        while (query.next())
            list.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
        SqlRead::finished(query);
    }
    return list;
}

FulfilmentBands fulfilment(const Database &database, qint64 orgId, const QDate &asOf)
{
    SqlCondition condition;
    condition.addSubtree(database.connection(), orgId, QStringLiteral("a.org_id"));
    condition.add(QStringLiteral("a.ends_on >= :asOf AND a.signed_on <= :asOf"));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT a.signed_on, a.ends_on, a.target_per_year, "
                                 "(SELECT count(*) FROM activity t WHERE t.agreement_id = a.id AND t.held_on >= :yearStart AND t.held_on <= :asOf) "
                                 "FROM agreement a") + condition.sql());
    condition.bind(query);
    query.bindValue(QStringLiteral(":asOf"), IsoDate::format(asOf));
    query.bindValue(QStringLiteral(":yearStart"), IsoDate::format(QDate(asOf.year(), 1, 1)));
    FulfilmentBands bands;
    if (!SqlRead::run(query))
        return bands;
    while (query.next()) {
        const Fulfilment f = Fulfilment::compute(IsoDate::fromSql(query.value(0)), IsoDate::fromSql(query.value(1)),
                                                 query.value(2).toInt(), query.value(3).toInt(), asOf);
        if (f.done >= f.target)
            ++bands.met;
        else if (f.behind)
            ++bands.behind;
        else
            ++bands.onTrack;
    }
    SqlRead::finished(query);
    return bands;
}

} // namespace CobuildCharts
