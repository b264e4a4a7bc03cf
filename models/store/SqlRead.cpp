#include "SqlRead.h"

#include "StoreHealth.h"
#include "store/StoreHealth.h"

#include <QSqlError>

Q_LOGGING_CATEGORY(sqlLog, "zongheng.sql")

namespace {

void report(const QSqlQuery &query, const QString &sql)
{
    StoreHealth::instance().reportFailedRead(query.lastError(), sql.isEmpty() ? query.lastQuery() : sql);
}

} // namespace

namespace SqlRead {

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    report(query, {});
    return false;
}

bool run(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    report(query, sql);
    return false;
}

bool finished(QSqlQuery &query)
{
    if (!query.lastError().isValid())
        return true;
    report(query, {});
    return false;
}

Result<QVariant> value(const QSqlDatabase &db, const QString &sql, const QVariantMap &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        report(query, sql);
        return Result<QVariant>::failure(StoreHealth::describe(query.lastError()));
    }
    for (auto it = values.begin(); it != values.end(); ++it)
        query.bindValue(it.key(), it.value());
    if (!run(query))
        return Result<QVariant>::failure(StoreHealth::describe(query.lastError()));
    if (!query.next()) {
        if (!finished(query))
            return Result<QVariant>::failure(StoreHealth::describe(query.lastError()));
        return QVariant();
    }
    return query.value(0);
}

} // namespace SqlRead
