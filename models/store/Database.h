#pragma once

#include "Migrations.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class SqlConnection;
class StatementCache;
class WriterLock;

/// One open ZongHeng database: a file (SQLite), or a database on a PostgreSQL server named by its
/// address (postgresql://USER@HOST:PORT/DBNAME, ServerAddress).
///
/// Opening never harms a file: it is first looked at byte by byte and then through a read-only
/// connection; only a file that is ours, whole and not newer than this program is opened for
/// writing, under the writer lock, backed up and migrated. A server database is opened when it
/// holds ZongHeng's schema, not newer than this program's; several programs write to it at once.
class Database
{
public:
    enum class Access { ReadOnly, ReadWrite };

    /// Opens an existing file. ReadWrite takes the writer lock and brings the schema up to date.
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access,
                                                  const QList<Migration> &migrations = Migrations::builtIn());

    /// Creates a new database with the current schema at path, which must not exist yet, and
    /// opens it for writing. The file appears under its name only once it is complete. On a
    /// server, the database must exist and be empty; the schema is made in one transaction.
    static Result<std::unique_ptr<Database>> create(const QString &path,
                                                    const QList<Migration> &migrations = Migrations::builtIn());

    /// The default file in the user's application data folder.
    static QString defaultPath();
    /// Whether a database's name is a PostgreSQL server's address rather than a file.
    static bool isServer(const QString &name);
    /// Whether there is a database to open under name — a file, or a server database that holds
    /// tables — rather than one to create; the error when a server cannot be asked.
    static Result<bool> exists(const QString &name);
    /// Whether the server database at address holds no tables yet (create() makes the schema
    /// only in such a one).
    static Result<bool> isEmptyServer(const QString &address);

    /// The page cache of the connections opened from now on (PRAGMA cache_size; negative: KiB),
    /// Schema::cacheSizeKib unless a program that reads once sets Schema::oneShotCacheSizeKib.
    static void setCacheSize(int cacheSize);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The connection of the thread that opened the database.
    QSqlDatabase connection() const;
    /// The prepared statements kept on that connection for the reads a clerk repeats (pages).
    StatementCache &statements() const;
    /// The file, or the server's address without its password.
    QString path() const { return m_path; }
    bool onServer() const { return isServer(m_address); }
    /// The address connections are opened with, a server's password included: for code that
    /// connects on its own (a worker asking whether the server answers), never to be shown.
    QString connectionAddress() const { return m_address; }
    Access access() const { return m_access; }
    bool isWritable() const { return m_access == Access::ReadWrite; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The copy taken before this open migrated the file; empty when no migration ran.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// A further connection to the same file with the same settings, for another thread: made,
    /// used and destroyed on that thread.
    std::unique_ptr<SqlConnection> addConnection() const;

    /// The same file for the calling thread (a worker): a connection of its own with the same
    /// access and settings, under the lock this process already holds. Made and destroyed on that
    /// thread; the services built on it work as on this one.
    Result<std::unique_ptr<Database>> openForThread() const;

    /// Who is making the changes through this database — the clerk's name from the settings, the
    /// user of a command — written beside every record they save (RecordVersion) so that another
    /// clerk is told who changed it. The account's user name until set.
    QString actor() const { return m_actor; }
    void setActor(const QString &name);
    /// The operating system account's user name.
    static QString systemUser();

    /// Opens a server database's connection again after it was lost (the server restarted, the
    /// network dropped); a file's needs nothing. The queries made on the old connection are gone.
    Outcome reconnect();

    /// A value from the meta table, or an empty string.
    QString meta(const QString &key) const;
    /// Sets a value of the meta table; the caller holds the write transaction.
    Outcome setMeta(const QString &key, const QString &value);

private:
    Database() = default;
    static std::unique_ptr<SqlConnection> connect(const QString &path, Access access);
    static std::unique_ptr<SqlConnection> connectServer(const QString &address);
    static Result<std::unique_ptr<Database>> openServer(const QString &address, Access access,
                                                        const QList<Migration> &migrations);
    static Result<std::unique_ptr<Database>> createOnServer(const QString &address, const QList<Migration> &migrations);
    static Outcome checkReadable(const QString &path, const QList<Migration> &migrations, int *version);
    Outcome prepareForWriting(const QList<Migration> &migrations);

    QString m_path;
    QString m_address; ///< what connections are opened with: the file, or the full server address
    std::unique_ptr<SqlConnection> m_connection;
    mutable std::unique_ptr<StatementCache> m_statements; ///< made on first use; let go before the connection
    Access m_access = Access::ReadOnly;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    QString m_actor = systemUser();
    std::unique_ptr<WriterLock> m_lock;
};
