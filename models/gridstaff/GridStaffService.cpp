#include "GridStaffService.h"

#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/Retrying.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

GridStaffService::GridStaffService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

QList<GridStaffMember> GridStaffService::staff(qint64 orgId, const QDate &on) const
{
    SqlCondition condition;
    condition.add(QStringLiteral("(r.kind = 'grid_head' OR r.kind = 'grid_worker') AND g.kind = 'grid'"));
    condition.add(QStringLiteral("(r.started_on IS NULL OR r.started_on <= :on) AND (r.ended_on IS NULL OR r.ended_on >= :on)"),
                  QStringLiteral(":on"), IsoDate::format(on));
    condition.addSubtree(m_database.connection(), orgId, QStringLiteral("r.org_id"));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT r.id, r.org_id, r.person_name, c.name, g.name, r.kind FROM role r "
                                 "JOIN organisation g ON g.id = r.org_id JOIN organisation c ON c.id = g.parent_id%1 "
                                 "ORDER BY c.name, g.name, r.kind, r.person_name, r.id")
                      .arg(condition.sql()));
    condition.bind(query);
    QList<GridStaffMember> out;
    if (!SqlRead::run(query))
        return out;
    while (query.next()) {
        out.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                    query.value(3).toString() + QStringLiteral(" › ") + query.value(4).toString(),
                    query.value(5).toString() == QLatin1String("grid_head")});
    }
    SqlRead::finished(query);
    return out;
}

Result<qint64> GridStaffService::addVisit(const GridVisit &visit, const QDate &today)
{
    using R = Result<qint64>;
    if (!visit.visitedOn.isValid() || visit.visitedOn > today)
        return R::failure(tr("The day of the visit must be given and may not lie in the future."));
    if (visit.minutes < 1 || visit.minutes > 24 * 60)
        return R::failure(tr("The time of a visit is from a minute to a day."));
    if (visit.households < 0 || visit.households > 10000)
        return R::failure(tr("The households visited are from 0 to 10,000."));
    QSqlQuery role(m_database.connection());
    role.prepare(QStringLiteral("SELECT r.org_id, r.kind, g.kind, r.started_on, r.ended_on, r.person_name FROM role r "
                                "JOIN organisation g ON g.id = r.org_id WHERE r.id = :id"));
    role.bindValue(QStringLiteral(":id"), visit.roleId);
    if (!SqlRead::run(role) || !role.next())
        return R::failure(tr("There is no role with number %1.").arg(visit.roleId));
    const qint64 gridId = role.value(0).toLongLong();
    const QString kind = role.value(1).toString();
    if ((kind != QLatin1String("grid_head") && kind != QLatin1String("grid_worker")) || role.value(2).toString() != QLatin1String("grid"))
        return R::failure(tr("%1 is not a grid head or grid worker; visits are the grid staff's.").arg(role.value(5).toString()));
    const QDate started = IsoDate::fromSql(role.value(3));
    const QDate ended = IsoDate::fromSql(role.value(4));
    if ((started.isValid() && visit.visitedOn < started) || (ended.isValid() && visit.visitedOn > ended))
        return R::failure(tr("%1 was not in the grid's staff on %2.").arg(role.value(5).toString(), IsoDate::format(visit.visitedOn)));
    role.finish();
    const auto saved = Retrying::run(m_database.connection(), [&]() -> R {
        WriteTransaction transaction(m_database.connection());
        if (!transaction.isActive())
            return R::failure(transaction.error());
        const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("grid_visit"),
                                         {{QStringLiteral("role_id"), visit.roleId},
                                          {QStringLiteral("org_id"), gridId},
                                          {QStringLiteral("visited_on"), SqlWrite::date(visit.visitedOn)},
                                          {QStringLiteral("minutes"), visit.minutes},
                                          {QStringLiteral("households"), visit.households},
                                          {QStringLiteral("note"), SqlWrite::text(visit.note)},
                                          {QStringLiteral("created_at"), SqlWrite::now()}});
        if (!id)
            return id;
        if (!transaction.commit())
            return R::failure(transaction.error());
        return id;
    });
    if (saved)
        Q_EMIT changed();
    return saved;
}

QList<GridVisit> GridStaffService::visits(qint64 orgId, const QDate &from, const QDate &to, int limit) const
{
    SqlCondition condition;
    condition.add(QStringLiteral("v.visited_on >= :from"), QStringLiteral(":from"), IsoDate::format(from));
    condition.add(QStringLiteral("v.visited_on <= :to"), QStringLiteral(":to"), IsoDate::format(to));
    condition.addSubtree(m_database.connection(), orgId, QStringLiteral("v.org_id"));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT v.id, v.role_id, v.org_id, r.person_name, v.visited_on, v.minutes, v.households, v.note "
                                 "FROM grid_visit v JOIN role r ON r.id = v.role_id%1 ORDER BY v.visited_on DESC, v.id DESC LIMIT %2")
                      .arg(condition.sql())
                      .arg(limit));
    condition.bind(query);
    QList<GridVisit> out;
    if (!SqlRead::run(query))
        return out;
    while (query.next()) {
        out.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                    query.value(3).toString(), IsoDate::fromSql(query.value(4)), query.value(5).toInt(),
                    query.value(6).toInt(), query.value(7).toString()});
    }
    SqlRead::finished(query);
    return out;
}
