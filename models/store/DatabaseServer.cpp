// Database on a PostgreSQL server: the address, the connection, opening a database that holds
// ZongHeng's schema and making the schema in an empty one. (Database.cpp: the file.)

#include "Database.h"

#include "ServerAddress.h"
#include "SqlConnection.h"
#include "SqlDialect.h"
#include "SqlRead.h"
#include "SqlWrite.h"
#include "StoreHealth.h"
#include "WriteTransaction.h"
#include "WriterLock.h"
#include "trust/OfficeKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

} // namespace

std::unique_ptr<SqlConnection> Database::connectServer(const QString &address)
{
    auto connection = std::make_unique<SqlConnection>(QStringLiteral("server"), QStringLiteral("QPSQL"));
    const auto server = ServerAddress::parse(address);
    if (!server)
        return connection; // not open: the caller says the address is wrong
    QSqlDatabase db = connection->db();
    db.setHostName(server->host);
    db.setPort(server->port);
    db.setUserName(server->user);
    // Empty: libpq takes PGPASSWORD or ~/.pgpass, as every client of it does.
    db.setPassword(server->password);
    if (connection->open(server->database, QStringLiteral("connect_timeout=10;application_name=ZongHeng")))
        (void)SqlWrite::exec(connection->db(), QStringLiteral("SET client_min_messages = warning")); // notices only
    return connection;
}

bool Database::isServer(const QString &name)
{
    return ServerAddress::isServer(name);
}

namespace {

/// The address, or why it is not one.
Result<ServerAddress> serverAddress(const QString &address)
{
    const auto server = ServerAddress::parse(address);
    if (!server)
        return Result<ServerAddress>::failure(
            QCoreApplication::translate("Database", "\"%1\" is not a PostgreSQL address; write it postgresql://USER@HOST:PORT/DATABASE.")
                .arg(address));
    return *server;
}

/// The schema for a new server database: all of the version in one script.
QString serverSchema()
{
    QFile file(QStringLiteral(":/migrations/postgresql/0009_schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the built-in PostgreSQL schema");
    return QString::fromUtf8(file.readAll());
}

/// The version the PostgreSQL schema script brings a new database to.
constexpr int serverSchemaVersion = 9;

} // namespace

Result<bool> Database::exists(const QString &name)
{
    if (!isServer(name))
        return QFileInfo::exists(name);
    const auto empty = isEmptyServer(name);
    if (!empty)
        return Result<bool>::failure(empty.error());
    return !empty.value();
}

Result<bool> Database::isEmptyServer(const QString &address)
{
    const auto server = serverAddress(address);
    if (!server)
        return Result<bool>::failure(server.error());
    const auto connection = connectServer(address);
    if (!connection->db().isOpen())
        return Result<bool>::failure(tr("The server %1 cannot be reached: %2")
                                         .arg(server.value().shown(), StoreHealth::describe(connection->db().lastError())));
    const auto tables = SqlRead::value(connection->db(),
                                       QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
    if (!tables)
        return Result<bool>::failure(tables.error());
    return tables.value().toLongLong() == 0;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &address, Access access,
                                                       const QList<Migration> &migrations)
{
    using R = Result<std::unique_ptr<Database>>;
    const auto server = serverAddress(address);
    if (!server)
        return R::failure(server.error());
    std::unique_ptr<Database> database(new Database);
    database->m_path = server.value().shown();
    database->m_address = address;
    database->m_access = access;
    database->m_connection = connectServer(address);
    const QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return R::failure(tr("The server %1 cannot be reached: %2").arg(database->m_path, StoreHealth::describe(db.lastError())));
    const auto version = SqlDialect::of(db).schemaVersion(db);
    if (!version)
        return R::failure(tr("The database %1 cannot be read: %2").arg(database->m_path, version.error()));
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (version.value() == 0) {
        const auto tables = SqlRead::value(db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
        if (tables.ok() && tables.value().toLongLong() > 0)
            return R::failure(tr("The database %1 holds tables of another program, not ZongHeng's; choose another "
                                 "database, or an empty one to make ZongHeng's in.")
                                  .arg(database->m_path));
        return R::failure(tr("The database %1 holds no ZongHeng data yet: make it with init (zongheng-cli --db %1 init "
                             "--district NAME), or choose another.")
                              .arg(database->m_path));
    }
    if (version.value() > latest)
        return R::failure(tr("The database %1 was written by a newer version of ZongHeng (schema %2; this program knows "
                             "schema %3 at most). Install the newer version to open it.")
                              .arg(database->m_path)
                              .arg(version.value())
                              .arg(latest));
    if (version.value() < latest)
        return R::failure(tr("The database %1 has the older schema %2; this program has no upgrade of a server "
                             "database to %3 yet.")
                              .arg(database->m_path)
                              .arg(version.value())
                              .arg(latest));
    database->m_schemaVersion = version.value();
    if (access == Access::ReadWrite) {
        if (const Outcome key = OfficeKey::ensure(db); !key)
            return R::failure(key.error());
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::createOnServer(const QString &address, const QList<Migration> &migrations)
{
    using R = Result<std::unique_ptr<Database>>;
    const auto server = serverAddress(address);
    if (!server)
        return R::failure(server.error());
    const QString shown = server.value().shown();
    if (migrations.isEmpty() || migrations.constLast().version != serverSchemaVersion)
        return R::failure(tr("The database %1 could not be created: this program's PostgreSQL schema is at version %2, "
                             "its SQLite schema at %3.")
                              .arg(shown)
                              .arg(serverSchemaVersion)
                              .arg(migrations.isEmpty() ? 0 : migrations.constLast().version));
    const auto empty = isEmptyServer(address);
    if (!empty)
        return R::failure(empty.error());
    if (!empty.value())
        return R::failure(tr("The database %1 already holds tables; ZongHeng makes its schema only in an empty "
                             "database (createdb NAME makes one).")
                              .arg(shown));
    {
        const auto connection = connectServer(address);
        const QSqlDatabase db = connection->db();
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return R::failure(tr("The database %1 could not be created: %2").arg(shown, transaction.error()));
        QSqlQuery query(db);
        if (!query.exec(serverSchema()))
            return R::failure(tr("The database %1 could not be created: %2").arg(shown, StoreHealth::describe(query.lastError())));
        if (const Outcome set = SqlDialect::of(db).setSchemaVersion(db, serverSchemaVersion); !set)
            return R::failure(tr("The database %1 could not be created: %2").arg(shown, set.error()));
        if (!transaction.commit())
            return R::failure(tr("The database %1 could not be created: %2").arg(shown, transaction.error()));
    }
    return openServer(address, Access::ReadWrite, migrations);
}
