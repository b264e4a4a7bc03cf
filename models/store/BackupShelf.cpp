#include "BackupShelf.h"

#include "Database.h"
#include "FileOps.h"
#include "FilePlace.h"
#include "Schema.h"
#include "SqlScript.h"
#include "WriterLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace {

class BackupText
{
    Q_DECLARE_TR_FUNCTIONS(BackupShelf)
};

const QString stamp = QStringLiteral("yyyyMMdd-HHmmss");

/// A connection of SQLite's own, closed when it goes.
struct Connection
{
    sqlite3 *handle = nullptr;
    ~Connection() { sqlite3_close_v2(handle); }
    QString error() const { return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString(); }
};

/// Runs sql and hands each row to row(statement); false with SQLite's words on failure.
bool each(sqlite3 *db, const char *sql, const std::function<void(sqlite3_stmt *)> &row, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        row(statement);
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

/// Copies the database of source page by page into a new file at target, as one moment of it:
/// a read transaction is held on source for the whole copy, so the other connections' writes
/// neither wait for it nor restart it. The copy is left in rollback-journal mode (a file by
/// itself, no -wal beside it).
Outcome copyPages(const QSqlDatabase &source, const QString &target, const std::function<bool(int, int)> &progress,
                  const CancelFlag *cancel)
{
    sqlite3 *from = SqlScript::handle(source);
    if (!from)
        return Outcome::failure(BackupText::tr("The database connection cannot be backed up (it is not an open desk file)."));
    QSqlQuery hold(source);
    if (!hold.exec(QStringLiteral("BEGIN")) || !hold.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return Outcome::failure(BackupText::tr("The database cannot be read for the backup: %1").arg(hold.lastError().text()));
    hold.finish();
    const auto release = qScopeGuard([&] { QSqlQuery(source).exec(QStringLiteral("ROLLBACK")); });

    Connection to;
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &to.handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return Outcome::failure(BackupText::tr("The backup %1 cannot be created: %2").arg(QDir::toNativeSeparators(target), to.error()));
    sqlite3_backup *backup = sqlite3_backup_init(to.handle, "main", from, "main");
    if (!backup)
        return Outcome::failure(BackupText::tr("The backup cannot start: %1").arg(to.error()));
    int rc = SQLITE_OK;
    int busy = 0;
    while (true) {
        rc = sqlite3_backup_step(backup, 4096); // 16 MB of 4 KiB pages between looks at progress and cancel
        const int total = sqlite3_backup_pagecount(backup);
        const int done = total - sqlite3_backup_remaining(backup);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busy > 200)
                break;
            QThread::msleep(25);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        if ((cancel && cancel->isSet()) || (progress && !progress(done, total))) {
            sqlite3_backup_finish(backup);
            return Outcome::failure(BackupText::tr("The backup was cancelled."));
        }
    }
    sqlite3_backup_finish(backup);
    if ((rc & 0xff) == SQLITE_FULL || ((rc & 0xff) == SQLITE_IOERR && FilePlace::of(target) == FilePlace::State::Full))
        return Outcome::failure(BackupText::tr("The disk of the backup folder %1 is full: free some space on it (old backups, other "
                                               "files) or choose another folder in the settings.")
                                    .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
    if (rc != SQLITE_DONE)
        return Outcome::failure(BackupText::tr("The backup could not be written: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    QString error;
    if (!each(to.handle, "PRAGMA journal_mode = DELETE", [](sqlite3_stmt *) {}, &error))
        return Outcome::failure(BackupText::tr("The backup could not be written: %1").arg(error));
    return Outcome::success();
}

/// A copy that is not kept, with the journal SQLite may have left beside it.
void discard(const QString &copy)
{
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
}

QJsonObject recordOf(const BackupShelf::Entry &entry)
{
    return {{QStringLiteral("taken_at"), entry.takenAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("bytes"), entry.bytes},
            {QStringLiteral("organisations"), entry.organisations},
            {QStringLiteral("members"), entry.members},
            {QStringLiteral("ledger_items"), entry.ledgerItems},
            {QStringLiteral("integrity"), QStringLiteral("ok")}};
}

} // namespace

BackupShelf::BackupShelf(QString folder, const QString &databasePath, int keep)
    : m_folder(std::move(folder))
    , m_baseName(QFileInfo(databasePath).completeBaseName())
    , m_keep(qMax(1, keep))
{
}

QString BackupShelf::defaultFolder()
{
    // Beside the default database, whichever program asks (~/.local/share/ZongHeng/backups).
    return QFileInfo(Database::defaultPath()).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupShelf::configuredFolder()
{
    const QString folder = QSettings().value(QStringLiteral("backup/folder")).toString();
    return folder.isEmpty() ? defaultFolder() : folder;
}

int BackupShelf::configuredKeep()
{
    const int keep = QSettings().value(QStringLiteral("backup/keep"), defaultKeep).toInt();
    return keep > 0 ? keep : defaultKeep;
}

BackupShelf BackupShelf::configured(const QString &databasePath)
{
    return BackupShelf(configuredFolder(), databasePath, configuredKeep());
}

void BackupShelf::configure(const QString &folder, int keep)
{
    QSettings settings;
    settings.setValue(QStringLiteral("backup/folder"), folder == defaultFolder() ? QString() : folder);
    settings.setValue(QStringLiteral("backup/keep"), keep);
}

QString BackupShelf::recordPathFor(const QString &backupPath) const
{
    return backupPath + QStringLiteral(".json");
}

Result<BackupShelf::Entry> BackupShelf::verify(const QString &path)
{
    using R = Result<Entry>;
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return R::failure(BackupText::tr("There is no backup %1.").arg(shown));
    Connection db;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db.handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return R::failure(BackupText::tr("%1 cannot be opened: %2").arg(shown, db.error()));
    QString error;
    qint64 application = 0;
    if (!each(db.handle, "PRAGMA application_id", [&](sqlite3_stmt *s) { application = sqlite3_column_int64(s, 0); }, &error))
        return R::failure(BackupText::tr("%1 is not a ZongHeng database: %2").arg(shown, error));
    if (application != qint64(Schema::applicationId))
        return R::failure(BackupText::tr("%1 is not a ZongHeng database.").arg(shown));
    QStringList problems;
    if (!each(db.handle, "PRAGMA integrity_check", [&](sqlite3_stmt *s) {
            problems.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))));
        }, &error))
        return R::failure(BackupText::tr("%1 cannot be checked: %2").arg(shown, error));
    if (problems != QStringList{QStringLiteral("ok")})
        return R::failure(BackupText::tr("%1 is damaged: %2").arg(shown, problems.mid(0, 3).join(QStringLiteral("; "))));
    Entry entry;
    entry.path = path;
    entry.bytes = QFileInfo(path).size();
    if (!each(db.handle,
              "SELECT (SELECT count(*) FROM organisation), (SELECT count(*) FROM member WHERE status = 'active'), (SELECT count(*) FROM ledger_item)",
              [&](sqlite3_stmt *s) {
                  entry.organisations = sqlite3_column_int64(s, 0);
                  entry.members = sqlite3_column_int64(s, 1);
                  entry.ledgerItems = sqlite3_column_int64(s, 2);
              },
              &error))
        return R::failure(BackupText::tr("%1 is not a ZongHeng database: %2").arg(shown, error));
    return entry;
}

Result<BackupShelf::Entry> BackupShelf::take(const Database &database, const std::function<bool(int, int)> &progress,
                                             const CancelFlag *cancel) const
{
    using R = Result<Entry>;
    if (database.onServer())
        return R::failure(BackupText::tr("A database on a server is backed up by the server (pg_dump), not here."));
    const QString shown = QDir::toNativeSeparators(m_folder);
    // Made when missing only where it can belong: a stick taken out must not become a folder of
    // the same name on this disk.
    if (!reachable() || !QDir().mkpath(m_folder) || !QFileInfo(m_folder).isWritable())
        return R::failure(BackupText::tr("The backup folder %1 cannot be written (is the USB stick or the network share there?).").arg(shown));
    clearHalfCopies();
    const QDateTime now = QDateTime::currentDateTime();
    QString name = QDir(m_folder).filePath(QStringLiteral("%1-%2.db").arg(m_baseName, now.toString(stamp)));
    for (int n = 2; QFileInfo::exists(name); ++n) // two in one second
        name = QDir(m_folder).filePath(QStringLiteral("%1-%2-%3.db").arg(m_baseName, now.toString(stamp)).arg(n));
    const QString temporary = FileOps::temporaryPathFor(name);
    if (const Outcome copied = copyPages(database.connection(), temporary, progress, cancel); !copied) {
        discard(temporary);
        return R::failure(copied.error());
    }
    auto verified = verify(temporary);
    if (!verified) {
        discard(temporary);
        return R::failure(BackupText::tr("The backup was written but does not check out, so it was not kept: %1").arg(verified.error()));
    }
    if (const Outcome committed = FileOps::commitFile(temporary, name); !committed)
        return R::failure(BackupText::tr("The backup could not be written to %1: %2").arg(shown, committed.error()));
    Entry entry = verified.value();
    entry.path = name;
    entry.takenAt = now;
    if (const Outcome recorded = FileOps::writeFile(recordPathFor(name), QJsonDocument(recordOf(entry)).toJson()); !recorded) {
        QFile::remove(name);
        return R::failure(BackupText::tr("The backup could not be written to %1: %2").arg(shown, recorded.error()));
    }
    prune();
    return entry;
}

QList<BackupShelf::Entry> BackupShelf::list() const
{
    QList<Entry> entries;
    const QDir dir(m_folder);
    const QRegularExpression pattern(QStringLiteral("^%1-\\d{8}-\\d{6}(-\\d+)?\\.db$").arg(QRegularExpression::escape(m_baseName)));
    for (const QFileInfo &file : dir.entryInfoList({m_baseName + QStringLiteral("-*.db")}, QDir::Files)) {
        if (!pattern.match(file.fileName()).hasMatch())
            continue;
        QFile record(recordPathFor(file.absoluteFilePath()));
        if (!record.open(QIODevice::ReadOnly) || record.size() > 4096)
            continue; // no record: not known to be whole
        const QJsonObject json = QJsonDocument::fromJson(record.readAll()).object();
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.takenAt = QDateTime::fromString(json.value(QStringLiteral("taken_at")).toString(), Qt::ISODateWithMs).toLocalTime();
        entry.bytes = json.value(QStringLiteral("bytes")).toInteger();
        entry.organisations = json.value(QStringLiteral("organisations")).toInteger();
        entry.members = json.value(QStringLiteral("members")).toInteger();
        entry.ledgerItems = json.value(QStringLiteral("ledger_items")).toInteger();
        if (!entry.takenAt.isValid() || entry.bytes != file.size())
            continue; // the record of another file, or a file changed since
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.takenAt > b.takenAt; });
    return entries;
}

BackupShelf::Health BackupShelf::health(const QDateTime &now) const
{
    Health health;
    const QFileInfo folder(m_folder);
    if (!reachable() || (folder.exists() && (!folder.isDir() || !folder.isWritable()))) {
        health.state = Health::State::Unreachable;
        health.warning = BackupText::tr("The backup folder %1 cannot be reached.").arg(QDir::toNativeSeparators(m_folder));
        return health;
    }
    const QList<Entry> entries = list();
    if (entries.isEmpty()) {
        health.state = Health::State::None;
        health.warning = BackupText::tr("There is no backup yet.");
        return health;
    }
    health.last = entries.first();
    const qint64 days = entries.first().takenAt.daysTo(now);
    if (days > warnAfterDays) {
        health.state = Health::State::Old;
        health.warning = BackupText::tr("The last backup is %1 days old.").arg(days);
        return health;
    }
    health.state = Health::State::Fine;
    return health;
}

bool BackupShelf::reachable() const
{
    const QFileInfo folder(m_folder);
    if (folder.isDir())
        return true;
    // Missing: the default folder is made at the first backup; another only inside a folder there.
    return QFileInfo(m_folder).absoluteFilePath() == QFileInfo(defaultFolder()).absoluteFilePath()
           || QFileInfo(folder.absolutePath()).isDir();
}

void BackupShelf::clearHalfCopies() const
{
    // What a backup killed half way left: its temporary file (FileOps::temporaryPathFor), and the
    // journal beside it.
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral(".%1-*.db.*.tmp*").arg(m_baseName)}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
}

void BackupShelf::prune() const
{
    const QList<Entry> entries = list();
    for (qsizetype i = m_keep; i < entries.size(); ++i) {
        QFile::remove(recordPathFor(entries.at(i).path)); // the record first: a file without one is not listed
        QFile::remove(entries.at(i).path);
    }
}

Result<QString> BackupShelf::restore(const QString &backupPath, const QString &databasePath)
{
    using R = Result<QString>;
    const QString shown = QDir::toNativeSeparators(databasePath);
    const auto verified = verify(backupPath);
    if (!verified)
        return R::failure(BackupText::tr("Nothing was restored: %1").arg(verified.error()));
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return R::failure(BackupText::tr("Nothing was restored: the backup is the database itself."));
    auto lock = WriterLock::acquire(databasePath);
    if (!lock)
        return R::failure(BackupText::tr("Nothing was restored: %1").arg(lock.error()));

    // The current file by itself (its log written into it), copied aside whole.
    QString aside;
    if (QFileInfo::exists(databasePath)) {
        {
            Connection current;
            QString error;
            if (sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &current.handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
                || !each(current.handle, "PRAGMA wal_checkpoint(TRUNCATE)", [](sqlite3_stmt *) {}, &error))
                return R::failure(BackupText::tr("Nothing was restored: %1 cannot be set aside (%2).").arg(shown, error.isEmpty() ? current.error() : error));
        }
        const QFileInfo info(databasePath);
        aside = info.absoluteDir().filePath(QStringLiteral("%1-before-restore-%2.db").arg(info.completeBaseName(), QDateTime::currentDateTime().toString(stamp)));
        const QString asideTemporary = FileOps::temporaryPathFor(aside);
        if (!QFile::copy(databasePath, asideTemporary)) {
            QFile::remove(asideTemporary);
            return R::failure(BackupText::tr("Nothing was restored: %1 could not be copied aside (is the disk full?).").arg(shown));
        }
        if (const Outcome kept = FileOps::commitFile(asideTemporary, aside); !kept)
            return R::failure(BackupText::tr("Nothing was restored: %1 could not be copied aside: %2").arg(shown, kept.error()));
    }
    const QString temporary = FileOps::temporaryPathFor(databasePath);
    if (!QFile::copy(backupPath, temporary)) {
        QFile::remove(temporary);
        return R::failure(BackupText::tr("Nothing was restored: the backup could not be copied beside %1 (is the disk full?).").arg(shown));
    }
    QFile::remove(databasePath + QStringLiteral("-shm")); // of the file replaced; its log is empty (above)
    QFile::remove(databasePath + QStringLiteral("-wal"));
    if (const Outcome replaced = FileOps::commitFile(temporary, databasePath); !replaced)
        return R::failure(BackupText::tr("Nothing was restored: %1").arg(replaced.error()));
    return aside;
}
