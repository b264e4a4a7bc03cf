// Database on a PostgreSQL server: the address, the connection, opening a database that holds
// ZongHeng's schema and making the schema in an empty one. (Database.cpp: the file.)

#include "Database.h"

#include "ServerAddress.h"
#include "SqlConnection.h"
#include "SqlDialect.h"
#include "SqlRead.h"
#include "StatementCache.h"
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

namespace {

/// What every server connection of the program is set to.
/// The session's settings: the server's notices (a table already there, …) not printed.
/// Said when refused, and harmless: only the notices would be printed then.
void configure(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    // Run as it is, not prepared: PostgreSQL prepares no SET.
    if (!query.exec(QStringLiteral("SET client_min_messages = warning")))
        qWarning("the server refused a session setting: %s", qPrintable(StoreHealth::describe(query.lastError())));
}

/// Why a connection to the server at shown could not be made, in the clerk's words: no such
/// database, the user name or password refused, or the server not reached. libpq says which only
/// in its words (a failed connection has no SQLSTATE), which follow in brackets.
QString connectionRefused(const QString &shown, const QSqlError &error)
{
    const QString words = QString(error.databaseText() + QLatin1Char(' ') + error.driverText()).simplified();
    const auto says = [&](const char *what) { return words.contains(QLatin1String(what), Qt::CaseInsensitive); };
    if (says("database \"") && says("does not exist"))
        return QCoreApplication::translate("Database", "The server of %1 holds no database of that name; check the name, or ask "
                                                       "whoever keeps the server to make it (%2).")
            .arg(shown, words);
    if (says("password authentication failed") || says("no password supplied") || (says("role \"") && says("does not exist")))
        return QCoreApplication::translate("Database", "The server of %1 refused the user name or the password (%2).")
            .arg(shown, words);
    return QCoreApplication::translate("Database", "The server %1 cannot be reached: the network or the server is down, or "
                                                   "the address is wrong (%2).")
        .arg(shown, words);
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
    // A dropped network is noticed in seconds, not after the system's TCP timeout of minutes: a
    // save then fails with the server unreachable instead of hanging the window.
    if (connection->open(server->database, QStringLiteral("connect_timeout=10;application_name=ZongHeng;keepalives_idle=10;"
                                                          "keepalives_interval=3;keepalives_count=3;tcp_user_timeout=15000")))
        configure(connection->db());
    return connection;
}

Outcome Database::reconnect()
{
    if (!onServer())
        return Outcome::success();
    // The statements prepared on the old connection are gone with it.
    if (m_statements)
        m_statements->clear();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return Outcome::failure(connectionRefused(m_path, db.lastError()));
    configure(db);
    return Outcome::success();
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

/// Runs the server schema's steps after version `from` up to `to` and records the version reached;
/// the caller holds the write transaction.
Outcome runServerSteps(const QSqlDatabase &db, int from, int to)
{
    for (const Migration &step : Migrations::server()) {
        if (step.version <= from || step.version > to)
            continue;
        QSqlQuery query(db);
        if (!query.exec(step.sql))
            return Outcome::failure(QCoreApplication::translate("Database", "step %1 (%2) of the schema failed: %3")
                                        .arg(step.version)
                                        .arg(step.name, StoreHealth::describe(query.lastError())));
    }
    return SqlDialect::of(db).setSchemaVersion(db, to);
}

/// The version the server schema's steps reach.
int serverSchemaVersion()
{
    const auto steps = Migrations::server();
    return steps.isEmpty() ? 0 : steps.constLast().version;
}

/// Brings a server database from the schema version it has to `latest` in one transaction, when
/// another program has not done so meanwhile (the version is read again under the lock).
Outcome upgradeServer(const QSqlDatabase &db, int latest)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    QSqlQuery lock(db);
    if (!lock.exec(QStringLiteral("LOCK TABLE zongheng_schema IN EXCLUSIVE MODE")))
        return Outcome::failure(StoreHealth::describe(lock.lastError()));
    const auto version = SqlDialect::of(db).schemaVersion(db);
    if (!version)
        return Outcome::failure(version.error());
    if (version.value() < latest) {
        if (const Outcome ran = runServerSteps(db, version.value(), latest); !ran)
            return ran;
    }
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    return Outcome::success();
}

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
        return Result<bool>::failure(connectionRefused(server.value().shown(), connection->db().lastError()));
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
        return R::failure(connectionRefused(database->m_path, db.lastError()));
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
    if (version.value() < latest) {
        if (latest > serverSchemaVersion())
            return R::failure(tr("The database %1 has the older schema %2; this program has no upgrade of a server "
                                 "database to %3.")
                                  .arg(database->m_path)
                                  .arg(version.value())
                                  .arg(latest));
        if (access == Access::ReadOnly)
            return R::failure(tr("The database %1 has the older schema %2; open it once for writing to bring it to %3.")
                                  .arg(database->m_path)
                                  .arg(version.value())
                                  .arg(latest));
        if (const Outcome upgraded = upgradeServer(db, latest); !upgraded)
            return R::failure(tr("The database %1 could not be brought to schema %2, and is as it was: %3")
                                  .arg(database->m_path)
                                  .arg(latest)
                                  .arg(upgraded.error()));
    }
    database->m_schemaVersion = latest;
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
    if (migrations.isEmpty() || migrations.constLast().version != serverSchemaVersion())
        return R::failure(tr("The database %1 could not be created: this program's PostgreSQL schema is at version %2, "
                             "its SQLite schema at %3.")
                              .arg(shown)
                              .arg(serverSchemaVersion())
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
        if (const Outcome made = runServerSteps(db, 0, serverSchemaVersion()); !made)
            return R::failure(tr("The database %1 could not be created: %2").arg(shown, made.error()));
        if (!transaction.commit())
            return R::failure(tr("The database %1 could not be created: %2").arg(shown, transaction.error()));
    }
    return openServer(address, Access::ReadWrite, migrations);
}
