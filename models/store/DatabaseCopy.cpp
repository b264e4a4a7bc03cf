#include "DatabaseCopy.h"

#include "BulkInsert.h"
#include "BulkLoad.h"
#include "Database.h"
#include "SqlDialect.h"
#include "SqlScript.h"
#include "StoreHealth.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

Outcome run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    return Outcome::success();
}

/// The rows of one table, read from the source and written into the target.
Outcome copyRows(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table, const QStringList &columns)
{
    QStringList parameters;
    for (int i = 1; i <= columns.size(); ++i)
        parameters.append(QStringLiteral("?%1").arg(i));
    BulkInsert insert(to, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table, columns.join(QStringLiteral(", ")), parameters.join(QStringLiteral(", "))));
    if (!insert.isValid())
        return Outcome::failure(insert.error());
    QSqlQuery rows(from);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
        return Outcome::failure(StoreHealth::describe(rows.lastError()));
    const int count = int(columns.size());
    while (rows.next()) {
        for (int c = 0; c < count; ++c)
            insert.bind(c + 1, rows.value(c));
        if (!insert.exec())
            return Outcome::failure(insert.error());
    }
    if (rows.lastError().isValid())
        return Outcome::failure(StoreHealth::describe(rows.lastError()));
    return BulkInsert::flush(to);
}

} // namespace

namespace DatabaseCopy {

static QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseCopy", text);
}

/// The tables and their columns, the same on both sides; an error naming the first difference.
static Result<QList<QPair<QString, QStringList>>> commonTables(const Database &from, const Database &to)
{
    using R = Result<QList<QPair<QString, QStringList>>>;
    if (from.schemaVersion() != to.schemaVersion())
        return R::failure(tr("The two databases are at different schema versions (%1 and %2).")
                              .arg(from.schemaVersion())
                              .arg(to.schemaVersion()));
    const SqlDialect &source = SqlDialect::of(from.connection());
    const SqlDialect &target = SqlDialect::of(to.connection());
    const auto fromTables = source.tables(from.connection());
    if (!fromTables)
        return R::failure(fromTables.error());
    const auto toTables = target.tables(to.connection());
    if (!toTables)
        return R::failure(toTables.error());
    for (const QString &table : fromTables.value()) {
        if (!toTables.value().contains(table))
            return R::failure(tr("The table %1 of the source has no place in the target.").arg(table));
    }
    QList<QPair<QString, QStringList>> out;
    for (const QString &table : toTables.value()) {
        if (!fromTables.value().contains(table))
            return R::failure(tr("The source has no table %1.").arg(table));
        const auto fromColumns = source.columns(from.connection(), table);
        const auto toColumns = target.columns(to.connection(), table);
        if (!fromColumns || !toColumns)
            return R::failure(fromColumns ? toColumns.error() : fromColumns.error());
        if (QSet<QString>(fromColumns.value().begin(), fromColumns.value().end())
            != QSet<QString>(toColumns.value().begin(), toColumns.value().end()))
            return R::failure(tr("The table %1 has other columns in the source than in the target.").arg(table));
        out.append({table, toColumns.value()});
    }
    return out;
}

Result<QList<Table>> copy(const Database &from, Database &to, const Progress &progress)
{
    using R = Result<QList<Table>>;
    const auto tables = commonTables(from, to);
    if (!tables)
        return R::failure(tables.error());
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    const bool sourceOnServer = SqlDialect::of(source).engine() == SqlDialect::Engine::Postgres;
    const bool targetOnServer = SqlDialect::of(target).engine() == SqlDialect::Engine::Postgres;

    // One snapshot of the source, however long the copy takes and whoever writes meanwhile.
    if (const Outcome begun = run(source, sourceOnServer ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                                         : QStringLiteral("BEGIN"));
        !begun)
        return R::failure(begun.error());
    struct EndRead
    {
        QSqlDatabase db;
        ~EndRead() { (void)run(db, QStringLiteral("ROLLBACK")); }
    } endRead{source};

    WriteTransaction transaction(target);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    // References are checked at the commit, once every table is in.
    if (const Outcome deferred = run(target, targetOnServer ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                                            : QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        !deferred)
        return R::failure(deferred.error());
    QStringList names;
    for (const auto &table : tables.value())
        names.append(table.first);
    // Triggers off while rows arrive: the running counts and append-only rules come with the
    // source's rows as they are; indexes are sorted once at the end.
    BulkLoad load(target, names);
    if (const Outcome suspended = load.suspend(); !suspended)
        return R::failure(suspended.error());
    for (const QString &table : std::as_const(names)) {
        if (const Outcome emptied = run(target, QStringLiteral("DELETE FROM %1").arg(table)); !emptied)
            return R::failure(tr("The table %1 could not be emptied: %2").arg(table, emptied.error()));
    }
    QList<Table> copied;
    for (const auto &[table, columns] : tables.value()) {
        if (const Outcome done = copyRows(source, target, table, columns); !done)
            return R::failure(tr("The table %1 could not be copied: %2").arg(table, done.error()));
        const TableChecksum there = TableChecksum::compute(source, table, columns);
        const TableChecksum here = TableChecksum::compute(target, table, columns);
        if (there.rows < 0 || here.rows < 0)
            return R::failure(tr("The table %1 could not be read back: %2").arg(table, there.rows < 0 ? there.problem : here.problem));
        if (!(there == here))
            return R::failure(tr("The table %1 differs after copying (%2 rows in the source, %3 in the copy); nothing was copied.")
                                  .arg(table)
                                  .arg(there.rows)
                                  .arg(here.rows));
        copied.append({table, here});
        if (progress && !progress(table, here.rows))
            return R::failure(tr("Cancelled; nothing was copied."));
    }
    // Every table is in: a server checks the references now (an index cannot be made while
    // checks are pending), a file at the commit.
    if (targetOnServer) {
        if (const Outcome checked = run(target, QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE")); !checked)
            return R::failure(tr("The copy's references do not hold: %1").arg(checked.error()));
    }
    if (const Outcome restored = load.restore(); !restored)
        return R::failure(restored.error());
    // A file's search index is made from the items it now holds (a server's was made again with
    // the other indexes).
    if (!targetOnServer) {
        if (const Outcome indexed = SqlScript::execute(target, QStringLiteral("INSERT INTO ledger_search (ledger_search) VALUES ('rebuild')"));
            !indexed)
            return R::failure(indexed.error());
    }
    if (const Outcome caught = SqlDialect::of(target).catchUpIds(target); !caught)
        return R::failure(caught.error());
    if (!transaction.commit())
        return R::failure(transaction.error());
    return copied;
}

} // namespace DatabaseCopy
