#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <utility>

/// Small helpers for the services' writes: every value bound, never pasted into the SQL. The
/// caller holds the transaction.
namespace SqlWrite {

using Values = QList<std::pair<QString, QVariant>>;

/// INSERT INTO table (columns) VALUES (...); the new row's id, or the database's message.
Result<qint64> insert(const QSqlDatabase &db, const QString &table, const Values &values);
/// INSERT INTO table (columns) VALUES (...) of a row without an id of its own (a link of two).
Outcome link(const QSqlDatabase &db, const QString &table, const Values &values);
/// The id an executed `INSERT … RETURNING id` gave back (read from the statement itself, as
/// every engine answers it; QSqlQuery::lastInsertId is PostgreSQL's lastval(), which a trigger's
/// own insert changes), or 0 when it gave none.
qint64 returnedId(QSqlQuery &query);
/// Runs one statement with named values (":name" → value).
Outcome exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &values = {});
/// Runs one change with named values and returns how many rows it changed (0: none matched its
/// WHERE — for a step guarded by the state it starts from, another clerk took it first).
Result<int> changed(const QSqlDatabase &db, const QString &sql, const QVariantMap &values = {});

/// Trimmed text, or NULL for blank text.
QVariant text(const QString &value);
/// An id, or NULL for 0.
QVariant ref(qint64 id);
/// YYYY-MM-DD, or NULL for a null date.
QVariant date(const QDate &value);
/// The moment of writing, as the created_at columns keep it (UTC, ISO 8601).
QString now();

} // namespace SqlWrite
