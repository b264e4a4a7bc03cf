#include "SqlScript.h"

#include "SqlDialect.h"
#include "SqliteLibrary.h"
#include "StoreHealth.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <functional>

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    return SqlScript::handle(db);
}

using TextFunction = std::function<QString(const QString &)>;

void callTextFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *function = static_cast<const TextFunction *>(sqlite3_user_data(context));
    const auto *data = static_cast<const char16_t *>(sqlite3_value_text16(argv[0]));
    const QString in = QString::fromUtf16(data, sqlite3_value_bytes16(argv[0]) / 2);
    const QByteArray out = (*function)(in).toUtf8();
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

namespace SqlScript {

sqlite3 *handle(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant value = db.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(value.data());
    // Only when the library this program calls is the driver's (checked once at start).
    return SqliteLibrary::isVerified() ? sqlite : nullptr;
}

bool registerFunction(const QSqlDatabase &db, const QString &name, const std::function<QString(const QString &)> &function)
{
    sqlite3 *sqlite = handleOf(db);
    if (!sqlite)
        return false;
    auto *copy = new TextFunction(function);
    return sqlite3_create_function_v2(sqlite, name.toUtf8().constData(), 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, copy,
                                      callTextFunction, nullptr, nullptr,
                                      [](void *p) { delete static_cast<TextFunction *>(p); })
           == SQLITE_OK;
}


bool inTransaction(const QSqlDatabase &db)
{
    sqlite3 *sqlite = handleOf(db);
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}

Outcome execute(const QSqlDatabase &db, const QString &sql)
{
    if (SqlDialect::of(db).engine() == SqlDialect::Engine::Postgres) {
        // The simple query protocol runs several statements sent as one text.
        QSqlQuery query(db);
        if (!query.exec(sql))
            return Outcome::failure(StoreHealth::describe(query.lastError()));
        return Outcome::success();
    }
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
