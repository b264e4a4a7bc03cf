#pragma once

#include "core/CancelFlag.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class Database;

/// The automatic backups of a desk file, kept in a folder the clerk chooses (a USB stick, a
/// network share; by default beside the program's data): each one a consistent copy taken page by
/// page with SQLite's backup API from the program's own connection while the window goes on,
/// written under a temporary name, verified (the whole integrity check and the counts of
/// organisations, members and ledger items) and only then given its name and its record
/// ("…db.json"). A copy without its record — one a killed program left half written — is never
/// listed and is cleared by the next backup. The last `keep` are kept.
///
/// (A server's database is the server's to back up, by pg_dump: this is for desk files.)
class BackupShelf
{
public:
    struct Entry
    {
        QString path;
        QDateTime takenAt; ///< local time
        qint64 bytes = 0;
        qint64 organisations = 0;
        qint64 members = 0; ///< active, as the overview counts them
        qint64 ledgerItems = 0;
    };

    /// How things stand, for the status bar.
    struct Health
    {
        enum class State { Fine, Old, None, Unreachable };
        State state = State::None;
        std::optional<Entry> last;
        /// Empty when Fine; otherwise what the clerk should know, in a sentence.
        QString warning;
    };

    static constexpr int defaultKeep = 30;
    /// A backup older than this is a warning.
    static constexpr int warnAfterDays = 7;

    /// databasePath names the backups (office.db -> office-20261203-101500.db).
    BackupShelf(QString folder, const QString &databasePath, int keep = defaultKeep);

    /// The folder used when the clerk chose none: "backups" beside the default database.
    static QString defaultFolder();
    /// The shelf of databasePath as the settings have it (工具 › 设置: the folder, how many to
    /// keep), shared by the window and zongheng-cli.
    static BackupShelf configured(const QString &databasePath);
    static void configure(const QString &folder, int keep);
    static QString configuredFolder();
    static int configuredKeep();

    QString folder() const { return m_folder; }
    int keep() const { return m_keep; }

    /// Takes a backup of database (a desk file), verifies it and drops the oldest beyond keep.
    /// progress(done, total pages) may stop it by returning false; cancel too. Nothing is left
    /// under a backup's name unless it is whole and verified.
    Result<Entry> take(const Database &database, const std::function<bool(int, int)> &progress = {},
                       const CancelFlag *cancel = nullptr) const;

    /// The verified backups, newest first.
    QList<Entry> list() const;

    Health health(const QDateTime &now = QDateTime::currentDateTime()) const;

    /// Checks a backup file itself: SQLite's whole integrity check and the counts.
    static Result<Entry> verify(const QString &path);

    /// Replaces the database file at databasePath by the backup, after copying the current file
    /// aside (returned: "office-before-restore-20261203-101500.db" beside it). The database must
    /// not be open for writing anywhere (its lock is taken for the time of it); the backup is
    /// verified first, and the file is replaced at once by a rename: at no moment is there no
    /// database at its path.
    static Result<QString> restore(const QString &backupPath, const QString &databasePath);

private:
    QString recordPathFor(const QString &backupPath) const;
    /// Whether the folder is there, or may be made (the default one, or one inside a folder there).
    bool reachable() const;
    void clearHalfCopies() const;
    void prune() const;

    QString m_folder;
    QString m_baseName;
    int m_keep;
};
