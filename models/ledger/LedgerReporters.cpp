#include "LedgerReporters.h"

#include "LedgerItem.h"
#include "roles/Role.h"
#include "store/Database.h"
#include "org/SubtreeRange.h"
#include "store/SqlRead.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LedgerReporters", text);
}

QString roleLabel(const QString &kind, const QString &name)
{
    const auto roleKind = RoleKinds::fromCode(kind);
    return (roleKind ? RoleKinds::displayName(*roleKind) + QLatin1Char(' ') : QString()) + name;
}

/// The organisation's row: kind, parent, lineage.
struct Place
{
    QString kind;
    qint64 parentId = 0;
    QString lineage;
};

std::optional<Place> place(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT kind, parent_id, lineage FROM organisation WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    return Place{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()};
}

} // namespace

namespace LedgerReporters {

QList<LedgerReporter> of(const Database &database, qint64 orgId)
{
    QList<LedgerReporter> out;
    const auto where = place(database.connection(), orgId);
    if (!where)
        return out;
    QSqlQuery query(database.connection());
    // The roles in office of the grid and of what hangs below it (its building groups): one range
    // of the lineage index.
    query.prepare(QStringLiteral("SELECT r.id, r.kind, r.person_name FROM role r JOIN organisation o ON o.id = r.org_id "
                                 "WHERE o.lineage >= :low AND o.lineage < :high AND r.kind IN ('grid_head', 'grid_worker', "
                                 "'building_head', 'informant') AND (r.ended_on IS NULL OR r.ended_on >= :today) "
                                 "ORDER BY CASE r.kind WHEN 'grid_head' THEN 0 WHEN 'grid_worker' THEN 1 "
                                 "WHEN 'informant' THEN 2 ELSE 3 END, r.person_name, r.id LIMIT 200"));
    query.bindValue(QStringLiteral(":low"), where->lineage);
    query.bindValue(QStringLiteral(":high"), SubtreeRange::upperBound(where->lineage));
    query.bindValue(QStringLiteral(":today"), QDate::currentDate().toString(Qt::ISODate));
    if (SqlRead::run(query)) {
        while (query.next())
            out.append({LedgerReporter::Kind::Role, query.value(0).toLongLong(), roleLabel(query.value(1).toString(), query.value(2).toString())});
        SqlRead::finished(query);
    }
    query.prepare(QStringLiteral("SELECT id, name FROM organisation WHERE lineage >= :low AND lineage < :high "
                                 "AND kind = 'household' AND dissolved_on IS NULL ORDER BY name, id LIMIT 200"));
    query.bindValue(QStringLiteral(":low"), where->lineage);
    query.bindValue(QStringLiteral(":high"), SubtreeRange::upperBound(where->lineage));
    if (SqlRead::run(query)) {
        while (query.next())
            out.append({LedgerReporter::Kind::Household, query.value(0).toLongLong(), query.value(1).toString()});
        SqlRead::finished(query);
    }
    return out;
}

Outcome check(const Database &database, const LedgerItem &item)
{
    const QSqlDatabase db = database.connection();
    const auto where = place(db, item.orgId);
    if (!where)
        return Outcome::success(); // the organisation is checked on its own
    if (item.reporterRoleId) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT o.lineage, r.ended_on, r.person_name, r.kind, r.started_on FROM role r "
                                     "JOIN organisation o ON o.id = r.org_id WHERE r.id = :id"));
        query.bindValue(QStringLiteral(":id"), item.reporterRoleId);
        if (!SqlRead::run(query) || !query.next())
            return Outcome::failure(tr("There is no role with number %1.").arg(item.reporterRoleId));
        if (!query.value(0).toString().startsWith(where->lineage))
            return Outcome::failure(tr("%1 does not work in the item's grid.").arg(query.value(2).toString()));
        static const QStringList reporting = {QStringLiteral("grid_head"), QStringLiteral("grid_worker"),
                                              QStringLiteral("building_head"), QStringLiteral("informant")};
        if (!reporting.contains(query.value(3).toString()))
            return Outcome::failure(tr("%1 is not a grid's staff or informant.").arg(query.value(2).toString()));
        const QDate started = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        if (started.isValid() && item.recordedOn.isValid() && started > item.recordedOn)
            return Outcome::failure(tr("%1 took up the role only after %2.").arg(query.value(2).toString(), item.recordedOn.toString(Qt::ISODate)));
        const QDate ended = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (ended.isValid() && item.recordedOn.isValid() && ended < item.recordedOn)
            return Outcome::failure(tr("%1 had left the role before %2.").arg(query.value(2).toString(), item.recordedOn.toString(Qt::ISODate)));
    }
    if (item.reporterMemberId) {
        const auto found = SqlRead::value(db, QStringLiteral("SELECT name FROM member WHERE id = :id"), {{QStringLiteral(":id"), item.reporterMemberId}});
        if (!found || !found.value().isValid())
            return Outcome::failure(tr("There is no member with number %1.").arg(item.reporterMemberId));
    }
    if (item.householdId) {
        const auto household = place(db, item.householdId);
        if (!household || household->kind != QLatin1String("household"))
            return Outcome::failure(tr("Organisation %1 is not a party-member household.").arg(item.householdId));
        if (!household->lineage.startsWith(where->lineage))
            return Outcome::failure(tr("The household is not in the item's grid."));
    }
    return Outcome::success();
}

QString describe(const Database &database, const LedgerItem &item)
{
    const QSqlDatabase db = database.connection();
    if (item.reporterRoleId) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT kind, person_name FROM role WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), item.reporterRoleId);
        if (SqlRead::run(query) && query.next())
            return roleLabel(query.value(0).toString(), query.value(1).toString());
    }
    if (item.reporterMemberId) {
        const auto found = SqlRead::value(db, QStringLiteral("SELECT name FROM member WHERE id = :id"), {{QStringLiteral(":id"), item.reporterMemberId}});
        if (found && found.value().isValid())
            return tr("Party member %1").arg(found.value().toString());
    }
    if (item.householdId) {
        const auto found = SqlRead::value(db, QStringLiteral("SELECT name FROM organisation WHERE id = :id"), {{QStringLiteral(":id"), item.householdId}});
        if (found && found.value().isValid())
            return found.value().toString();
    }
    return {};
}

} // namespace LedgerReporters
