#include "SqlDialect.h"

#include "PgHandle.h"
#include "SqlScript.h"
#include "StoreHealth.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

/// Runs one statement; its failure in the clerk's words.
Outcome run(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    return Outcome::success();
}

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqlDialect dialect(Engine::Sqlite);
    return dialect;
}

const SqlDialect &SqlDialect::postgres()
{
    static const SqlDialect dialect(Engine::Postgres);
    return dialect;
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? postgres() : sqlite();
}

QString SqlDialect::driver() const
{
    return m_engine == Engine::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::beginWrite() const
{
    return m_engine == Engine::Postgres ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")
                                        : QStringLiteral("BEGIN IMMEDIATE");
}

bool SqlDialect::inTransaction(const QSqlDatabase &db) const
{
    if (m_engine == Engine::Sqlite)
        return SqlScript::inTransaction(db);
    return PgHandle::inTransaction(db);
}

QString SqlDialect::now() const
{
    return m_engine == Engine::Postgres
               ? QStringLiteral("to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
               : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
}

Result<int> SqlDialect::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (m_engine == Engine::Sqlite) {
        if (const Outcome done = run(query, QStringLiteral("PRAGMA user_version")); !done || !query.next())
            return Result<int>::failure(done ? StoreHealth::describe(query.lastError()) : done.error());
        return query.value(0).toInt();
    }
    // PostgreSQL has no version of its own for a database: a table of one row keeps it.
    if (const Outcome done = run(query, QStringLiteral("SELECT to_regclass('zongheng_schema') IS NOT NULL")); !done || !query.next())
        return Result<int>::failure(done ? StoreHealth::describe(query.lastError()) : done.error());
    if (!query.value(0).toBool())
        return 0;
    if (const Outcome done = run(query, QStringLiteral("SELECT coalesce(max(version), 0) FROM zongheng_schema")); !done || !query.next())
        return Result<int>::failure(done ? StoreHealth::describe(query.lastError()) : done.error());
    return query.value(0).toInt();
}

Outcome SqlDialect::takeTurn(const QSqlDatabase &db, const QString &turn) const
{
    if (m_engine == Engine::Sqlite)
        return Outcome::success();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(:turn))"));
    query.bindValue(QStringLiteral(":turn"), turn);
    if (!query.exec())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    return Outcome::success();
}

Outcome SqlDialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    QSqlQuery query(db);
    if (m_engine == Engine::Sqlite)
        return run(query, QStringLiteral("PRAGMA user_version = %1").arg(version));
    for (const QString &sql : {QStringLiteral("CREATE TABLE IF NOT EXISTS zongheng_schema (version integer NOT NULL)"),
                               QStringLiteral("DELETE FROM zongheng_schema"),
                               QStringLiteral("INSERT INTO zongheng_schema (version) VALUES (%1)").arg(version)}) {
        if (const Outcome done = run(query, sql); !done)
            return done;
    }
    return Outcome::success();
}

Outcome SqlDialect::catchUpIds(const QSqlDatabase &db) const
{
    if (m_engine == Engine::Sqlite)
        return Outcome::success();
    QSqlQuery query(db);
    if (const Outcome done = run(query, QStringLiteral(
                                     "SELECT c.relname, pg_get_serial_sequence(c.oid::regclass::text, 'id') FROM pg_class c "
                                     "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' AND a.attidentity <> '' "
                                     "WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace ORDER BY 1"));
        !done)
        return done;
    QList<QPair<QString, QString>> sequences;
    while (query.next())
        sequences.append({query.value(0).toString(), query.value(1).toString()});
    for (const auto &[table, sequence] : std::as_const(sequences)) {
        // The next id after the greatest one there (false: not yet used).
        if (const Outcome done = run(query, QStringLiteral("SELECT setval('%1', coalesce(max(id), 0) + 1, false) FROM %2")
                                                .arg(sequence, table));
            !done)
            return done;
    }
    return Outcome::success();
}

Result<qint64> SqlDialect::nextId(const QSqlDatabase &db, const QString &table) const
{
    QSqlQuery query(db);
    // The table is the caller's own word, never the clerk's.
    const QString next = m_engine == Engine::Sqlite
                             ? QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table)
                             : QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), greatest(nextval("
                                              "pg_get_serial_sequence('%1', 'id')), (SELECT coalesce(max(id), 0) + 1 FROM %1)))")
                                   .arg(table);
    if (!query.exec(next) || !query.next())
        return Result<qint64>::failure(StoreHealth::describe(query.lastError()));
    return query.value(0).toLongLong();
}

Result<QStringList> SqlDialect::tables(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    const QString sql = m_engine == Engine::Postgres
                            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                             "AND table_type = 'BASE TABLE' AND table_name <> 'zongheng_schema' ORDER BY 1")
                            : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                                             "AND name NOT LIKE 'ledger_search%' ORDER BY 1");
    if (const Outcome done = run(query, sql); !done)
        return Result<QStringList>::failure(done.error());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QStringList> SqlDialect::columns(const QSqlDatabase &db, const QString &table) const
{
    QSqlQuery query(db);
    query.prepare(m_engine == Engine::Postgres
                      ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                                       "AND table_name = :table ORDER BY ordinal_position")
                      : QStringLiteral("SELECT name FROM pragma_table_info(:table) ORDER BY cid"));
    query.bindValue(QStringLiteral(":table"), table);
    if (!query.exec())
        return Result<QStringList>::failure(StoreHealth::describe(query.lastError()));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}
