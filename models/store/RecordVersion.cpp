#include "RecordVersion.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreHealth.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RecordVersion {

QString set(const Database &database)
{
    return QStringLiteral("version = version + 1, modified_by = :modifiedBy, updated_at = %1")
        .arg(SqlDialect::of(database.connection()).now());
}

QString matches()
{
    return QStringLiteral("version = :version");
}

void bindActor(QSqlQuery &query, const Database &database)
{
    query.bindValue(QStringLiteral(":modifiedBy"), database.actor());
}

void bind(QSqlQuery &query, const Database &database, int version)
{
    bindActor(query, database);
    query.bindValue(QStringLiteral(":version"), version);
}

QString deleted()
{
    return QCoreApplication::translate("RecordVersion", "Deleted by another clerk since you opened it; refresh.");
}

QString changedMeanwhile()
{
    return QCoreApplication::translate("RecordVersion", "Another clerk changed this since you opened it; refresh.");
}

QString changedBy(const QString &who, const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    const QString at = local.date() == now.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm"))
                                                                 : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (who.trimmed().isEmpty())
        return QCoreApplication::translate("RecordVersion", "Changed by someone else at %1 since you opened it; refresh.").arg(at);
    return QCoreApplication::translate("RecordVersion", "Changed by %1 at %2 since you opened it; refresh.").arg(who.trimmed(), at);
}

Outcome confirm(const QSqlQuery &update, const Database &database, const QString &table, qint64 id)
{
    if (update.numRowsAffected() > 0)
        return Outcome::success();
    return refusal(database, table, id);
}

Outcome refusal(const Database &database, const QString &table, qint64 id)
{
    QSqlQuery query(database.connection());
    // The table is the caller's own word, never the clerk's.
    query.prepare(QStringLiteral("SELECT modified_by, updated_at FROM %1 WHERE id = :id").arg(table));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    if (!query.next())
        return Outcome::failure(deleted());
    QDateTime when = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    if (!when.isValid())
        when = QDateTime::currentDateTimeUtc();
    return Outcome::failure(changedBy(query.value(0).toString(), when));
}

} // namespace RecordVersion
