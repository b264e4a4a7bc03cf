#include "SqlScript.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

namespace SqlScript {

bool inTransaction(const QSqlDatabase &db)
{
    sqlite3 *sqlite = handleOf(db);
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}

Outcome execute(const QSqlDatabase &db, const QString &sql)
{
    auto *sqlite = handleOf(db);
    if (!sqlite)
        return Outcome::failure(QStringLiteral("the connection is not open"));
    char *message = nullptr;
    const int rc = sqlite3_exec(sqlite, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return Outcome::failure(text);
    }
    return Outcome::success();
}

} // namespace SqlScript
