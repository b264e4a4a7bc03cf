#include "DeferredBookkeeping.h"

#include "SqlDialect.h"
#include "SqlRead.h"
#include "SqlScript.h"
#include "Tally.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

/// The insert triggers whose work finish() does for all rows at once.
const QStringList &deferred()
{
    static const QStringList names = {QStringLiteral("ledger_search_insert"), QStringLiteral("ledger_item_tally_insert"),
                                      QStringLiteral("organisation_tally_insert")};
    return names;
}

} // namespace

DeferredBookkeeping::DeferredBookkeeping(const QSqlDatabase &db)
    : m_db(db)
{
}

Outcome DeferredBookkeeping::begin()
{
    // A server's triggers stay (dropping one would lock its table against every other clerk for
    // the whole merge) and its search index follows by itself; its counting triggers skip their
    // work while the transaction says so.
    if (SqlDialect::of(m_db).engine() == SqlDialect::Engine::Postgres) {
        if (const Outcome set = SqlScript::execute(m_db, QStringLiteral("SELECT set_config('zongheng.tally', 'deferred', true)")); !set)
            return set;
        m_deferredOnServer = true;
        return Outcome::success();
    }
    QSqlQuery query(m_db);
    if (!SqlRead::run(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM ledger_item")) || !query.next())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    m_lastItem = query.value(0).toLongLong();
    query.finish();
    for (const QString &name : deferred()) {
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = :name"));
        query.bindValue(QStringLiteral(":name"), name);
        if (!SqlRead::run(query))
            return Outcome::failure(StoreHealth::describe(query.lastError()));
        if (!query.next())
            return Outcome::failure(QStringLiteral("the trigger %1 is missing").arg(name));
        m_triggers.append({name, query.value(0).toString()});
        query.finish();
        if (const Outcome dropped = SqlScript::execute(m_db, QStringLiteral("DROP TRIGGER %1").arg(name)); !dropped)
            return dropped;
    }
    return Outcome::success();
}

Outcome DeferredBookkeeping::finish()
{
    if (m_deferredOnServer) {
        m_deferredOnServer = false;
        if (const Outcome set = SqlScript::execute(m_db, QStringLiteral("SELECT set_config('zongheng.tally', '', true)")); !set)
            return set;
        return Tally::recount(m_db);
    }
    if (m_triggers.isEmpty())
        return Outcome::success();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO ledger_search (rowid, body) SELECT id, body FROM ledger_search_text "
                                 "WHERE id > :last"));
    query.bindValue(QStringLiteral(":last"), m_lastItem);
    if (!query.exec())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    for (const auto &[name, sql] : std::as_const(m_triggers)) {
        if (const Outcome restored = SqlScript::execute(m_db, sql); !restored)
            return restored;
    }
    m_triggers.clear();
    return Tally::recount(m_db);
}
