#include "MonthlyReport.h"

#include "cobuild/CobuildTypes.h"
#include "core/IsoDate.h"
#include "ledger/LedgerRepository.h"
#include "org/OrgRepository.h"
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
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
};

/// count(*) over a FROM clause in the subtree of orgId with an extra condition on the month.
qint64 countIn(const Database &db, const QString &from, const QString &scopeColumn, qint64 orgId, const QString &extra,
               const QVariantMap &values)
{
    SqlCondition condition;
    condition.addSubtree(db.connection(), orgId, scopeColumn);
    if (!extra.isEmpty())
        condition.add(extra);
    QSqlQuery query(db.connection());
    const QString sql = QStringLiteral("SELECT count(*) FROM ") + from + condition.sql();
    query.prepare(sql);
    condition.bind(query);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (sql.contains(it.key()))
            query.bindValue(it.key(), it.value());
    }
    return SqlRead::run(query) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

QString MonthlyReport::percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + QLatin1Char('%');
}

MonthlyReport MonthlyReport::gather(const Database &database, qint64 orgId, const QDate &month, const QDate &today)
{
    MonthlyReport r;
    const OrgRepository orgs(database);
    r.orgId = orgId ? orgId : orgs.rootId();
    r.orgPath = orgs.pathNames(r.orgId).join(QStringLiteral(" › "));
    r.orgName = orgs.pathNames(r.orgId).value(orgs.pathNames(r.orgId).size() - 1);
    r.month = QDate(month.year(), month.month(), 1);
    r.produced = today;
    r.asOf = std::min(r.monthEnd(), today);
    const QVariantMap period = {{QStringLiteral(":from"), IsoDate::format(r.month)},
                                {QStringLiteral(":to"), IsoDate::format(r.monthEnd())},
                                {QStringLiteral(":asOf"), IsoDate::format(r.asOf)}};

    r.organisations = Headline::readSubtree(database, r.orgId);
    r.membersJoined = countIn(database, QStringLiteral("member m"), QStringLiteral("m.org_id"), r.orgId,
                              QStringLiteral("m.joined_on >= :from AND m.joined_on <= :to"), period);

    // The ledger: the whole subtree, then one row per community (per sub-district for a district).
    r.ledger = LedgerFigures::compute(database, r.orgId, r.month, r.monthEnd(), r.asOf);
    const auto node = orgs.node(r.orgId);
    const bool district = node && node->kind == OrgKind::District;
    r.ledgerRowsHeading = district ? Text::tr("Sub-district") : Text::tr("Community");
    for (const OrgPathEntry &entry : orgs.within(r.orgId, {district ? OrgKind::Subdistrict : OrgKind::Community}, 5000))
        r.ledgerRows.append({entry.name, LedgerFigures::compute(database, entry.id, r.month, r.monthEnd(), r.asOf)});

    {
        SqlCondition condition;
        LedgerRepository::addScope(condition, database.connection(), r.orgId, QStringLiteral("i."));
        condition.add(QStringLiteral("i.recorded_on >= :from AND i.recorded_on <= :to"));
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT c.name, count(*) AS n FROM ledger_item i JOIN ledger_category c ON c.id = i.category_id")
                      + condition.sql() + QStringLiteral(" GROUP BY c.id ORDER BY n DESC, c.position LIMIT 8"));
        condition.bind(query);
        query.bindValue(QStringLiteral(":from"), IsoDate::format(r.month));
        query.bindValue(QStringLiteral(":to"), IsoDate::format(r.monthEnd()));
        if (SqlRead::run(query)) {
            while (query.next())
                r.topCategories.append({query.value(0).toString(), query.value(1).toLongLong()});
            SqlRead::finished(query);
        }
    }

    r.agreementsInForce = countIn(database, QStringLiteral("agreement a"), QStringLiteral("a.org_id"), r.orgId,
                                  QStringLiteral("a.signed_on <= :to AND a.ends_on >= :to"), period);
    r.activities = countIn(database, QStringLiteral("activity t"), QStringLiteral("t.org_id"), r.orgId,
                           QStringLiteral("t.kind = 'joint' AND t.held_on >= :from AND t.held_on <= :to"), period);
    r.needsPosted = countIn(database, QStringLiteral("need n"), QStringLiteral("n.org_id"), r.orgId,
                            QStringLiteral("n.posted_on >= :from AND n.posted_on <= :to"), period);
    r.needsMatched = countIn(database, QStringLiteral("need n"), QStringLiteral("n.org_id"), r.orgId,
                             QStringLiteral("n.id IN (SELECT need_id FROM need_resource WHERE matched_on >= :from AND matched_on <= :to)"),
                             period);
    // Projects by the stage they had reached at the month's end.
    for (ProjectStage stage : Cobuild::all<ProjectStage>()) {
        static const QHash<ProjectStage, QString> reached = {
            {ProjectStage::Approved, QStringLiteral("p.approved_on <= :to AND (p.advancing_on IS NULL OR p.advancing_on > :to)")},
            {ProjectStage::Advancing, QStringLiteral("p.advancing_on <= :to AND (p.results_on IS NULL OR p.results_on > :to)")},
            {ProjectStage::Results, QStringLiteral("p.results_on <= :to AND (p.concluded_on IS NULL OR p.concluded_on > :to)")},
            {ProjectStage::Concluded, QStringLiteral("p.concluded_on <= :to")},
        };
        r.projectsByStage.append({Cobuild::displayName(stage),
                                  countIn(database, QStringLiteral("project p"), QStringLiteral("p.org_id"), r.orgId,
                                          reached.value(stage), period)});
    }
    r.meetingsHeld = countIn(database, QStringLiteral("meeting m"), QStringLiteral("m.org_id"), r.orgId,
                             QStringLiteral("m.kind = 'joint' AND m.held_on >= :from AND m.held_on <= :to"), period);
    r.councilsHeld = countIn(database, QStringLiteral("meeting m"), QStringLiteral("m.org_id"), r.orgId,
                             QStringLiteral("m.kind <> 'joint' AND m.held_on >= :from AND m.held_on <= :to"), period);
    r.tasksSet = countIn(database, QStringLiteral("task t"), QStringLiteral("t.org_id"), r.orgId,
                         QStringLiteral("t.set_on >= :from AND t.set_on <= :to"), period);
    r.tasksDone = countIn(database, QStringLiteral("task t"), QStringLiteral("t.org_id"), r.orgId,
                          QStringLiteral("t.state = 'done' AND t.done_on >= :from AND t.done_on <= :to"), period);
    r.tasksOverdue = countIn(database, QStringLiteral("task t"), QStringLiteral("t.org_id"), r.orgId,
                             QStringLiteral("t.due_on < :asOf AND (t.state = 'open' OR (t.state <> 'open' AND t.done_on > :asOf))"),
                             period);
    if (const auto guarantee = GuaranteeFigures::compute(database, r.orgId, r.asOf))
        r.guarantee = guarantee.value();
    else
        r.guaranteeError = guarantee.error();
    if (const auto work = WorkFigures::compute(database, r.orgId, r.month, r.monthEnd(), r.asOf))
        r.work = work.value();
    else
        r.workError = work.error();
    return r;
}
