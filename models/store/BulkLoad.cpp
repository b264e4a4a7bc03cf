#include "BulkLoad.h"

#include "BulkInsert.h"
#include "SqlDialect.h"
#include "SqlScript.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

BulkLoad::BulkLoad(const QSqlDatabase &db, const QStringList &tables, const QStringList &keep)
    : m_db(db)
    , m_tables(tables)
    , m_keep(keep)
{
}

Outcome BulkLoad::suspend()
{
    const SqlDialect &dialect = SqlDialect::of(m_db);
    if (!dialect.inTransaction(m_db))
        return Outcome::failure(QStringLiteral("a bulk load needs an open transaction"));
    const bool server = dialect.engine() == SqlDialect::Engine::Postgres;
    QSqlQuery query(m_db);
    // On a server: the indexes that are no constraint's, and the triggers the schema made, each
    // with what undoes its suspension.
    query.prepare(server ? QStringLiteral(
                      "SELECT 'INDEX', indexname, indexdef FROM pg_indexes WHERE tablename = :table AND schemaname = current_schema() "
                      "AND indexname NOT IN (SELECT conname FROM pg_constraint) "
                      "UNION ALL SELECT 'TRIGGER', tgname, 'ALTER TABLE ' || :table2 || ' ENABLE TRIGGER ' || tgname FROM pg_trigger "
                      "WHERE tgrelid = to_regclass(:table3) AND NOT tgisinternal ORDER BY 1, 2")
                         : QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = :table "
                                          "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"));
    for (const QString &table : m_tables) {
        query.bindValue(QStringLiteral(":table"), table);
        if (server) {
            query.bindValue(QStringLiteral(":table2"), table);
            query.bindValue(QStringLiteral(":table3"), table);
        }
        if (!query.exec())
            return Outcome::failure(StoreHealth::describe(query.lastError()));
        while (query.next()) {
            if (m_keep.contains(query.value(1).toString()))
                continue;
            const QString kind = query.value(0).toString();
            const QString name = query.value(1).toString();
            // A server's trigger is switched off and on (dropping it would drop its function's use).
            const QString suspend = server && kind == QLatin1String("TRIGGER")
                                        ? QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2").arg(table, name)
                                        : QStringLiteral("DROP %1 %2").arg(kind, name);
            m_saved.append({suspend, query.value(2).toString()});
        }
        // A schema read that broke off is the load's failure, not a shorter list of indexes.
        if (query.lastError().isValid())
            return Outcome::failure(StoreHealth::describe(query.lastError()));
    }
    query.finish();
    for (const auto &[suspend, sql] : std::as_const(m_saved)) {
        if (const Outcome dropped = SqlScript::execute(m_db, suspend); !dropped)
            return dropped;
    }
    return Outcome::success();
}

Outcome BulkLoad::restore()
{
    if (const Outcome sent = BulkInsert::flush(m_db); !sent)
        return sent;
    for (const auto &[suspend, sql] : std::as_const(m_saved)) {
        if (const Outcome made = SqlScript::execute(m_db, sql); !made)
            return Outcome::failure(QStringLiteral("%1 could not be made again: %2").arg(suspend, made.error()));
    }
    m_saved.clear();
    return Outcome::success();
}
