#include "SqlWrite.h"

#include "core/IsoDate.h"
#include "store/StoreHealth.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace SqlWrite {

namespace {

/// Runs INSERT INTO table (columns) VALUES (...) followed by tail on query.
Outcome insertInto(QSqlQuery &query, const QString &table, const Values &values, const QString &tail)
{
    QStringList columns;
    QStringList names;
    for (const auto &[column, value] : values) {
        columns.append(column);
        names.append(QLatin1Char(':') + column);
    }
    if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                           .arg(table, columns.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")), tail)))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    for (const auto &[column, value] : values)
        query.bindValue(QLatin1Char(':') + column, value);
    if (!query.exec())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    return Outcome::success();
}

} // namespace

Result<qint64> insert(const QSqlDatabase &db, const QString &table, const Values &values)
{
    QSqlQuery query(db);
    if (const Outcome done = insertInto(query, table, values, QStringLiteral(" RETURNING id")); !done)
        return Result<qint64>::failure(done.error());
    return returnedId(query);
}

Outcome link(const QSqlDatabase &db, const QString &table, const Values &values)
{
    QSqlQuery query(db);
    return insertInto(query, table, values, QString());
}

qint64 returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Outcome exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &values)
{
    if (const Result<int> done = changed(db, sql, values); !done)
        return Outcome::failure(done.error());
    return Outcome::success();
}

Result<int> changed(const QSqlDatabase &db, const QString &sql, const QVariantMap &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return Result<int>::failure(StoreHealth::describe(query.lastError()));
    for (auto it = values.begin(); it != values.end(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec())
        return Result<int>::failure(StoreHealth::describe(query.lastError()));
    return query.numRowsAffected();
}

QVariant text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

QVariant ref(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant date(const QDate &value)
{
    return IsoDate::toSql(value);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace SqlWrite
