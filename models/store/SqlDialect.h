#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// What the store's SQL says differently on each engine it runs on — SQLite at the clerk's desk,
/// PostgreSQL for an office of several clerks — in one small object per engine (as KMyMoney's
/// MyMoneyDbDriver), chosen by the connection's driver. Placeholders (named, bound by QtSql),
/// new ids (`INSERT … RETURNING id`) and upserts (`ON CONFLICT … DO UPDATE SET … = excluded.…`) are
/// written alike on both and need nothing here.
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    /// The dialect of a connection's driver (QSQLITE or QPSQL).
    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();

    Engine engine() const { return m_engine; }
    /// The QtSql driver: QSQLITE or QPSQL.
    QString driver() const;

    /// Begins the transaction of one write. SQLite takes the write lock at once (BEGIN
    /// IMMEDIATE): a second writer waits at the start instead of failing at its first change.
    QString beginWrite() const;
    /// Waits inside the write transaction until no other connection is taking the same turn, and
    /// holds it to the commit or rollback: for changes whose checks read what another clerk's
    /// same change would alter (the organisation tree's lineages). PostgreSQL: a transaction's
    /// advisory lock on the turn's name; SQLite: its write transaction is one at a time already.
    Outcome takeTurn(const QSqlDatabase &db, const QString &turn) const;
    /// Whether the connection is inside a transaction now.
    bool inTransaction(const QSqlDatabase &db) const;

    /// An SQL expression for the moment of writing as the created_at columns keep it: UTC in
    /// ISO 8601 to the second (2026-12-02T03:12:53Z), as SqlWrite::now() writes it.
    QString now() const;

    /// The schema's version: 0 for a database without one (a new file, an empty server database).
    Result<int> schemaVersion(const QSqlDatabase &db) const;
    /// Sets the schema's version; the caller holds the write transaction.
    Outcome setSchemaVersion(const QSqlDatabase &db, int version) const;

    /// The tables holding the program's data, by name: not the engine's own, not the search
    /// index's (rebuilt from the items), not the schema's version.
    Result<QStringList> tables(const QSqlDatabase &db) const;
    /// A table's columns in their order.
    Result<QStringList> columns(const QSqlDatabase &db, const QString &table) const;

    /// Brings the id sequences of every table past the ids written into it explicitly (demo data,
    /// a merged package, a copied file), so that the next row a clerk adds gets a free id. SQLite
    /// takes the greatest id there anyway: nothing to do.
    Outcome catchUpIds(const QSqlDatabase &db) const;
    /// The id a row added to table now takes when the caller needs it before the insert (an
    /// organisation's lineage holds its own id): past every id there, and on a server taken from
    /// the table's sequence too, so that others inserting without an id never meet it. Inside the
    /// write transaction, under a turn (takeTurn) when several may add at once.
    Result<qint64> nextId(const QSqlDatabase &db, const QString &table) const;

private:
    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {
    }

    Engine m_engine;
};
