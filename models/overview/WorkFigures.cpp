#include "WorkFigures.h"

#include "cobuild/CobuildTypes.h"
#include "core/IsoDate.h"
#include "ledger/LedgerFlow.h"
#include "ledger/LedgerRepository.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkFigures)
};

/// Runs a grouped count (code, count[, count]) and gives the counts by code.
bool grouped(const QSqlDatabase &db, const QString &sql, const SqlCondition &condition, int counts,
             QHash<QString, QList<qint64>> *out)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    condition.bind(query);
    if (!SqlRead::run(query))
        return false;
    while (query.next()) {
        QList<qint64> values;
        for (int i = 1; i <= counts; ++i)
            values.append(query.value(i).toLongLong());
        out->insert(query.value(0).toString(), values);
    }
    return SqlRead::finished(query);
}

} // namespace

WorkFigures::Units WorkFigures::unitsOf(const QString &type) const
{
    for (const Units &u : units) {
        if (u.type == type)
            return u;
    }
    return {type};
}

WorkFigures::Units WorkFigures::partyCoverageTargets() const
{
    Units all{QStringLiteral("targets")};
    for (const char *type : {"property", "private", "social"}) {
        const Units u = unitsOf(QLatin1String(type));
        all.units += u.units;
        all.withPartyOrg += u.withPartyOrg;
    }
    return all;
}

Result<WorkFigures> WorkFigures::compute(const Database &database, qint64 orgId, const QDate &from, const QDate &to,
                                         const QDate &asOf)
{
    using R = Result<WorkFigures>;
    const QSqlDatabase db = database.connection();
    const auto failed = [] { return R::failure(Text::tr("The figures of the work could not be read.")); };
    WorkFigures f;

    SqlCondition units;
    units.addSubtree(db, orgId, QStringLiteral("u.org_id"));
    QHash<QString, QList<qint64>> byType;
    if (!grouped(db,
                 QStringLiteral("SELECT u.type, count(*), sum(CASE WHEN u.party_org IS NOT NULL AND trim(u.party_org) <> '' THEN 1 ELSE 0 END) "
                                "FROM unit u%1 GROUP BY u.type")
                     .arg(units.sql()),
                 units, 2, &byType))
        return failed();
    for (UnitType type : Cobuild::all<UnitType>()) {
        const QList<qint64> n = byType.value(Cobuild::code(type), {0, 0});
        f.units.append({Cobuild::code(type), n.at(0), n.at(1)});
    }

    SqlCondition items;
    LedgerRepository::addScope(items, db, orgId, QStringLiteral("i."));
    items.addPeriod(QStringLiteral("i.recorded_on"), from, to);
    QHash<QString, QList<qint64>> bySource;
    if (!grouped(db, QStringLiteral("SELECT i.source, count(*) FROM ledger_item i%1 GROUP BY i.source").arg(items.sql()), items, 1, &bySource))
        return failed();
    for (LedgerSource source : LedgerFlow::sources())
        f.itemsBySource.append({LedgerFlow::code(source), bySource.value(LedgerFlow::code(source), {0}).at(0)});
    QHash<QString, QList<qint64>> byWhistle;
    if (!grouped(db,
                 QStringLiteral("SELECT w.whistle, count(*) FROM ledger_item i JOIN whistle_matter w ON w.id = i.whistle_matter_id%1 "
                                "GROUP BY w.whistle")
                     .arg(items.sql()),
                 items, 1, &byWhistle))
        return failed();
    for (Whistle whistle : {Whistle::Quick, Whistle::Emergency, Whistle::Tough})
        f.itemsByWhistle.append({LedgerFlow::code(whistle), byWhistle.value(LedgerFlow::code(whistle), {0}).at(0)});

    SqlCondition members;
    // In office: the seat held and the role's term (UnitService keeps it on the role) not over.
    members.add(QStringLiteral("m.joined_on <= :asOf AND (m.left_on IS NULL OR m.left_on > :asOf) "
                               "AND (r.ended_on IS NULL OR r.ended_on > :asOf)"),
                QStringLiteral(":asOf"), IsoDate::format(asOf));
    members.addSubtree(db, orgId, QStringLiteral("m.org_id"));
    const auto partTime = SqlRead::value(db, QStringLiteral("SELECT count(*) FROM unit_membership m JOIN role r ON r.id = m.role_id")
                                                 + members.sql(),
                                         members.values);
    if (!partTime)
        return failed();
    f.partTimeMembers = partTime.value().toLongLong();

    SqlCondition held;
    held.addSubtree(db, orgId, QStringLiteral("t.org_id"));
    held.addPeriod(QStringLiteral("t.held_on"), from, to);
    QSqlQuery byKind(db);
    byKind.prepare(QStringLiteral("SELECT t.kind, count(*), coalesce(sum(t.participants), 0) FROM activity t%1 GROUP BY t.kind")
                       .arg(held.sql()));
    held.bind(byKind);
    QHash<QString, Activities> kinds;
    if (!SqlRead::eachRow(byKind, [&kinds](const QSqlQuery &q) {
            kinds.insert(q.value(0).toString(), {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
        }))
        return failed();
    for (ActivityKind kind : Cobuild::all<ActivityKind>()) {
        const Activities a = kinds.value(Cobuild::code(kind), {Cobuild::code(kind), 0, 0});
        f.activitiesByKind.append(a);
        f.activities += a.held;
        f.participants += a.participants;
        if (kind == ActivityKind::Joint)
            f.jointActivities = a.held;
    }
    return f;
}

QJsonObject WorkFigures::toJson() const
{
    QJsonObject byType;
    QJsonObject coverage;
    for (const Units &u : units) {
        byType.insert(u.type, u.units);
        if (u.type == QLatin1String("property") || u.type == QLatin1String("private") || u.type == QLatin1String("social"))
            coverage.insert(u.type, QJsonObject{{QStringLiteral("units"), u.units},
                                                {QStringLiteral("with_party_organisation"), u.withPartyOrg},
                                                {QStringLiteral("rate"), u.units ? QJsonValue(u.coverage()) : QJsonValue()}});
    }
    const Units all = partyCoverageTargets();
    coverage.insert(QStringLiteral("all"), QJsonObject{{QStringLiteral("units"), all.units},
                                                       {QStringLiteral("with_party_organisation"), all.withPartyOrg},
                                                       {QStringLiteral("rate"), all.units ? QJsonValue(all.coverage()) : QJsonValue()}});
    QJsonObject sources;
    for (const Count &c : itemsBySource)
        sources.insert(c.code, c.count);
    QJsonObject whistles;
    for (const Count &c : itemsByWhistle)
        whistles.insert(c.code, c.count);
    QJsonObject byKind;
    for (const Activities &a : activitiesByKind)
        byKind.insert(a.kind, QJsonObject{{QStringLiteral("held"), a.held}, {QStringLiteral("participants"), a.participants}});
    return {{QStringLiteral("units_by_type"), byType},
            {QStringLiteral("party_coverage"), coverage},
            {QStringLiteral("items_by_source"), sources},
            {QStringLiteral("items_by_whistle"), whistles},
            {QStringLiteral("part_time_members"), partTimeMembers},
            {QStringLiteral("activities"), activities},
            {QStringLiteral("activities_by_kind"), byKind},
            {QStringLiteral("joint_activities"), jointActivities},
            {QStringLiteral("participants"), participants}};
}
