#include "Database.h"

#include "FileOps.h"
#include "FileProbe.h"
#include "Migrator.h"
#include "Schema.h"
#include "SqlConnection.h"
#include "SqlRead.h"
#include "StatementCache.h"
#include "WriterLock.h"
#include "trust/OfficeKey.h"
#include "store/StoreHealth.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QAtomicInteger<int> cacheSize = Schema::cacheSizeKib;

bool exec(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = StoreHealth::describe(query.lastError());
    return false;
}

} // namespace

QString Database::defaultPath()
{
    // One place for the GUI and the CLI alike, whatever each program is called.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("ZongHeng/zongheng.db"));
}

void Database::setCacheSize(int kib)
{
    cacheSize.storeRelaxed(kib);
}

std::unique_ptr<SqlConnection> Database::connect(const QString &path, Access access)
{
    if (isServer(path))
        return connectServer(path);
    auto connection = std::make_unique<SqlConnection>(QStringLiteral("sqlite"));
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Schema::busyTimeoutMs);
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (connection->open(path, options)) {
        const QSqlDatabase db = connection->db();
        exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.loadRelaxed()));
        // Statement journals (every insert that fires a trigger has one) stay in memory instead
        // of going through a temporary file.
        exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
        if (access == Access::ReadWrite) {
            exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
            exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
        }
    }
    return connection;
}

std::unique_ptr<SqlConnection> Database::addConnection() const
{
    return connect(m_address, m_access);
}

Result<std::unique_ptr<Database>> Database::openForThread() const
{
    using R = Result<std::unique_ptr<Database>>;
    std::unique_ptr<Database> twin(new Database);
    twin->m_path = m_path;
    twin->m_address = m_address;
    twin->m_access = m_access;
    twin->m_schemaVersion = m_schemaVersion;
    twin->m_actor = m_actor;
    twin->m_connection = connect(m_address, m_access);
    if (!twin->connection().isOpen())
        return R::failure(tr("The file %1 cannot be opened: %2")
                              .arg(QDir::toNativeSeparators(m_path), StoreHealth::describe(twin->connection().lastError())));
    return twin;
}

QString Database::systemUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QDir::home().dirName() : user;
}

void Database::setActor(const QString &name)
{
    m_actor = name.trimmed().isEmpty() ? systemUser() : name.trimmed();
}

QSqlDatabase Database::connection() const
{
    return m_connection ? m_connection->db() : QSqlDatabase();
}

StatementCache &Database::statements() const
{
    if (!m_statements)
        m_statements = std::make_unique<StatementCache>(connection());
    return *m_statements;
}

Database::~Database()
{
    m_statements.reset();
    m_connection.reset();
    m_lock.reset();
}

QString Database::meta(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (SqlRead::run(query) && query.next())
        return query.value(0).toString();
    return {};
}

Outcome Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    return Outcome::success();
}

Outcome Database::checkReadable(const QString &path, const QList<Migration> &migrations, int *version)
{
    const FileProbe probe = FileProbe::inspect(path);
    if (!probe.isOurs())
        return Outcome::failure(probe.message());

    Outcome outcome = Outcome::success();
    const auto connection = connect(path, Access::ReadOnly);
    {
        const QSqlDatabase db = connection->db();
        QSqlQuery query(db);
        const QString file = QDir::toNativeSeparators(path);
        // A read that fails for the file's place (a full disk, a removed stick) is not damage.
        const auto damaged = [&](const QSqlError &error) {
            if (const auto place = StoreHealth::placeProblem(error))
                return Outcome::failure(tr("The file %1 cannot be opened: %2").arg(file, *place));
            return Outcome::failure(tr("The file %1 is damaged: %2").arg(file, StoreHealth::describe(error)));
        };
        if (!db.isOpen()) {
            outcome = Outcome::failure(tr("The file %1 cannot be opened: %2").arg(file, StoreHealth::describe(db.lastError())));
        } else if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            outcome = damaged(query.lastError());
        } else {
            *version = query.value(0).toInt();
            query.finish();
            const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
            if (*version > latest) {
                outcome = Outcome::failure(tr("The file %1 was written by a newer version of ZongHeng "
                                              "(schema %2; this program knows schema %3 at most). "
                                              "Install the newer version to open it.")
                                               .arg(file)
                                               .arg(*version)
                                               .arg(latest));
            } else if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
                outcome = damaged(query.lastError());
            } else if (*version >= 1) {
                query.finish();
                // Every version has these; a file without them has been tampered with.
                if (!query.exec(QStringLiteral("SELECT count(*) FILTER (WHERE name IN ('meta', 'organisation')), "
                                               "count(*) FILTER (WHERE name = 'manifest') FROM sqlite_schema WHERE type = 'table'"))
                    || !query.next()) {
                    outcome = damaged(query.lastError());
                } else if (query.value(1).toInt() == 1 && query.value(0).toInt() < 2) {
                    outcome = Outcome::failure(tr("The file %1 is a quarterly package, not a database: a district "
                                                  "database imports it (File › Import packages).")
                                                   .arg(file));
                } else if (query.value(0).toInt() != 2) {
                    outcome = Outcome::failure(
                        tr("The file %1 is damaged: tables of the ZongHeng schema are missing.").arg(file));
                }
            }
        }
    }
    return outcome;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access,
                                                 const QList<Migration> &migrations)
{
    using R = Result<std::unique_ptr<Database>>;
    if (isServer(path))
        return openServer(path, access, migrations);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    int version = 0;
    if (const Outcome readable = checkReadable(absolute, migrations, &version); !readable)
        return R::failure(readable.error());

    std::unique_ptr<Database> database(new Database);
    database->m_path = absolute;
    database->m_address = absolute;
    database->m_access = access;
    database->m_schemaVersion = version;

    if (access == Access::ReadOnly) {
        const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
        if (version < latest) {
            return R::failure(tr("The file %1 has the older schema %2 and must be upgraded to %3 before it can "
                                 "be read. Open it once in ZongHeng (or with a writing command) to upgrade it.")
                                  .arg(QDir::toNativeSeparators(absolute))
                                  .arg(version)
                                  .arg(latest));
        }
        database->m_connection = connect(absolute, access);
        if (!database->connection().isOpen())
            return R::failure(tr("The file %1 cannot be opened: %2")
                                  .arg(QDir::toNativeSeparators(absolute), StoreHealth::describe(database->connection().lastError())));
        return database;
    }

    auto lock = WriterLock::acquire(absolute);
    if (!lock)
        return R::failure(lock.error());
    database->m_lock = std::move(lock.value());
    if (const Outcome ready = database->prepareForWriting(migrations); !ready)
        return R::failure(ready.error());
    return database;
}

Outcome Database::prepareForWriting(const QList<Migration> &migrations)
{
    m_connection = connect(m_address, Access::ReadWrite);
    const QSqlDatabase db = connection();
    const QString file = QDir::toNativeSeparators(m_path);
    if (!db.isOpen())
        return Outcome::failure(tr("The file %1 cannot be opened for writing: %2").arg(file, StoreHealth::describe(db.lastError())));

    // WAL is switched on only once the schema is current: a failed upgrade must leave every byte
    // of the file as it was, and switching the journal mode rewrites its header.
    const auto switchToWal = [&]() -> Outcome {
        QSqlQuery mode(db);
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !mode.next())
            return Outcome::failure(tr("The file %1 cannot be opened for writing: %2").arg(file, StoreHealth::describe(mode.lastError())));
        return Outcome::success();
    };
    // Every database opened for writing has its signing key (OfficeKey), from its first day.
    const auto withKey = [&]() -> Outcome {
        if (const Outcome wal = switchToWal(); !wal)
            return wal;
        if (m_schemaVersion < OfficeKey::firstSchema)
            return Outcome::success();
        return OfficeKey::ensure(db);
    };
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (m_schemaVersion == latest)
        return withKey();

    // Keep a copy of the file as it was before touching its schema.
    const QFileInfo info(m_path);
    const QString backup = info.absoluteDir().filePath(
        QStringLiteral("%1.before-schema-%2-%3.bak")
            .arg(info.fileName())
            .arg(latest)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString temp = FileOps::temporaryPathFor(backup);
    QSqlQuery vacuum(db);
    vacuum.prepare(QStringLiteral("VACUUM INTO :target"));
    vacuum.bindValue(QStringLiteral(":target"), temp);
    if (!vacuum.exec()) {
        QFile::remove(temp);
        return Outcome::failure(tr("Before upgrading %1, a backup copy could not be written: %2")
                                    .arg(file, StoreHealth::describe(vacuum.lastError())));
    }
    if (const Outcome committed = FileOps::commitFile(temp, backup); !committed)
        return Outcome::failure(tr("Before upgrading %1, a backup copy could not be written: %2")
                                    .arg(file, committed.error()));
    m_migrationBackup = backup;

    if (const Outcome migrated = Migrator::migrate(db, m_schemaVersion, migrations); !migrated)
        return Outcome::failure(tr("The file %1 could not be upgraded from schema %2 to %3 and was left as it "
                                   "was: %4")
                                    .arg(file)
                                    .arg(m_schemaVersion)
                                    .arg(latest)
                                    .arg(migrated.error()));
    m_schemaVersion = latest;
    return withKey();
}

Result<std::unique_ptr<Database>> Database::create(const QString &path, const QList<Migration> &migrations)
{
    using R = Result<std::unique_ptr<Database>>;
    if (isServer(path))
        return createOnServer(path, migrations);
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString file = QDir::toNativeSeparators(absolute);
    if (info.exists())
        return R::failure(tr("The file %1 already exists; choose another name.").arg(file));
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));

    const QString temp = FileOps::temporaryPathFor(absolute);
    Outcome built = Outcome::success();
    {
        const auto connection = connect(temp, Access::ReadWrite);
        const QSqlDatabase db = connection->db();
        if (!db.isOpen()) {
            built = Outcome::failure(StoreHealth::describe(db.lastError()));
        } else {
            QString error;
            if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(qint32(Schema::applicationId)), &error))
                built = Outcome::failure(error);
            else
                built = Migrator::migrate(db, 0, migrations);
            // The steps replace tables of earlier ones (schema 8 the search index): a new file
            // starts without the pages they freed.
            if (built && !exec(db, QStringLiteral("VACUUM"), &error))
                built = Outcome::failure(error);
        }
    }
    if (!built) {
        QFile::remove(temp);
        return R::failure(tr("The database %1 could not be created: %2").arg(file, built.error()));
    }
    // Only now, complete, does the file take its name; a file of that name made meanwhile wins.
    if (QFileInfo::exists(absolute)) {
        QFile::remove(temp);
        return R::failure(tr("The file %1 already exists; choose another name.").arg(file));
    }
    // A write-ahead log left beside a database that was deleted belongs to that one: SQLite would
    // replay it into the new file.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(absolute + suffix) && !QFile::remove(absolute + suffix)) {
            QFile::remove(temp);
            return R::failure(tr("The database %1 could not be created: an old %2 file beside it cannot be removed.")
                                  .arg(file, suffix));
        }
    }
    if (const Outcome committed = FileOps::commitFile(temp, absolute); !committed)
        return R::failure(tr("The database %1 could not be created: %2").arg(file, committed.error()));
    return open(absolute, Access::ReadWrite, migrations);
}

