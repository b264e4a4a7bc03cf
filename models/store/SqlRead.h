#pragma once

#include "core/Result.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

Q_DECLARE_LOGGING_CATEGORY(sqlLog)

/// The one way reads run: a failed statement is never taken for an empty result. It is logged with
/// its SQL (zongheng.sql) and reported to StoreHealth, which tells the clerk; the caller learns of
/// it from the return value.
namespace SqlRead {

/// Runs a prepared statement (values already bound); false when it failed, reported.
bool run(QSqlQuery &query);
/// Runs sql on query's connection; false when it failed, reported.
bool run(QSqlQuery &query, const QString &sql);
/// After a loop over query.next(): false when the loop ended on an error rather than at the end
/// of the rows (a page that could not be read), reported.
bool finished(QSqlQuery &query);

/// Runs a prepared statement and hands each row to take; false when the statement or the loop
/// over its rows failed (reported).
template<typename Take>
bool eachRow(QSqlQuery &query, Take take)
{
    if (!run(query))
        return false;
    while (query.next())
        take(query);
    return finished(query);
}

/// The first column of the first row of sql with values bound; the error when it failed (then
/// also reported), or an invalid QVariant when there is no row.
Result<QVariant> value(const QSqlDatabase &db, const QString &sql, const QVariantMap &values = {});

} // namespace SqlRead
