#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

/// The schema every quarterly package has: resources/exchange/package.sql, as SQLite itself
/// records it once run (in an in-memory database, at first use). A package whose sqlite_schema
/// differs in any table, index, view or trigger — one more, one less, one changed — is refused,
/// naming it.
namespace PackageSchema {

struct Column
{
    QString name;
    QString type; ///< as declared: INTEGER, TEXT, REAL
    bool notNull = false;
};

struct Table
{
    QString name;
    QList<Column> columns;
};

/// The SQL that creates a package's tables.
QString script();

/// The tables of the expected schema with their declared columns, in the script's order.
const QList<Table> &tables();
const Table *table(const QString &name);

/// Success when the package's schema is exactly the expected one; otherwise what differs.
Outcome compare(const QSqlDatabase &package);

} // namespace PackageSchema
