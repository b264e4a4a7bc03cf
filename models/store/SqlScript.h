#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

/// Runs SQL text holding several statements (a migration file) on a connection.
///
/// QSqlQuery runs one statement at a time on SQLite; a migration with triggers cannot be split on
/// ';' safely, so this goes to SQLite's own sqlite3_exec through the driver's handle. PostgreSQL's
/// simple query protocol takes the whole text at once.
struct sqlite3;

namespace SqlScript {

/// The SQLite handle under a QSQLITE connection, or null when the connection is not open or its
/// SQLite is not the one this program calls (a driver built with its own copy: then every raw
/// call on the handle would go to the wrong library).
sqlite3 *handle(const QSqlDatabase &db);

Outcome execute(const QSqlDatabase &db, const QString &sql);

/// Registers an SQL function of one text argument on this connection (NULL stays NULL).
bool registerFunction(const QSqlDatabase &db, const QString &name, const std::function<QString(const QString &)> &function);

/// Whether a SQLite connection is inside a transaction (its autocommit flag is off); use
/// SqlDialect::inTransaction for either engine.
bool inTransaction(const QSqlDatabase &db);

} // namespace SqlScript
