#include "Tally.h"

#include "SqlDialect.h"

#include "org/OrgKind.h"
#include "store/StoreHealth.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Tally {

const QList<QPair<QString, QString>> &definitions()
{
    static const QList<QPair<QString, QString>> list = [] {
        QList<QPair<QString, QString>> out;
        for (OrgKind kind : OrgKinds::all())
            out.append({QStringLiteral("org.") + OrgKinds::code(kind),
                        QStringLiteral("(SELECT count(*) FROM organisation WHERE kind = '%1' AND dissolved_on IS NULL)")
                            .arg(OrgKinds::code(kind))});
        out.append({QStringLiteral("member.active"), QStringLiteral("(SELECT count(*) FROM member WHERE status = 'active')")});
        out.append({QStringLiteral("ledger.items"), QStringLiteral("(SELECT count(*) FROM ledger_item)")});
        out.append({QStringLiteral("ledger.done"), QStringLiteral("(SELECT count(*) FROM ledger_item WHERE state IN ('closed', 'visited'))")});
        out.append({QStringLiteral("ledger.rated"), QStringLiteral("(SELECT count(*) FROM ledger_item WHERE satisfaction IS NOT NULL)")});
        out.append({QStringLiteral("ledger.satisfied"),
                    QStringLiteral("(SELECT count(*) FROM ledger_item WHERE satisfaction IN ('satisfied', 'basically_satisfied'))")});
        out.append({QStringLiteral("ledger.close_days"), QStringLiteral("(SELECT coalesce(sum(close_days), 0) FROM ledger_item)")});
        out.append({QStringLiteral("ledger.close_days_items"), QStringLiteral("(SELECT count(close_days) FROM ledger_item)")});
        return out;
    }();
    return list;
}

Outcome recount(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    // On a server, the counts taken in key order as the clerks' triggers take them: a clerk's
    // change waits for the recount rather than both for each other.
    if (SqlDialect::of(db).engine() == SqlDialect::Engine::Postgres
        && !query.exec(QStringLiteral("SELECT key FROM tally ORDER BY key FOR UPDATE")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    for (const auto &[key, count] : definitions()) {
        query.prepare(QStringLiteral("UPDATE tally SET value = %1 WHERE key = :key").arg(count));
        query.bindValue(QStringLiteral(":key"), key);
        if (!query.exec())
            return Outcome::failure(StoreHealth::describe(query.lastError()));
    }
    return Outcome::success();
}

} // namespace Tally
