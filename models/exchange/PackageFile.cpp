#include "PackageFile.h"

#include "core/CancelFlag.h"
#include "store/SqlConnection.h"
#include "store/SqlScript.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>
#include <sys/stat.h>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageFile)
};

/// Limits well above anything a real package needs, far below SQLite's defaults: a value or row
/// of at most 1 MB, short statements, shallow expressions, no attached files.
void lowerLimits(sqlite3 *handle)
{
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 1000000);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_COMPOUND_SELECT, 4);
    sqlite3_limit(handle, SQLITE_LIMIT_VDBE_OP, 100000);
    sqlite3_limit(handle, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(handle, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
}

bool configure(sqlite3 *handle)
{
    const auto set = [handle](int option, int value) {
        int now = -1;
        return sqlite3_db_config(handle, option, value, &now) == SQLITE_OK && now == value;
    };
    return set(SQLITE_DBCONFIG_DEFENSIVE, 1) && set(SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0) && set(SQLITE_DBCONFIG_ENABLE_VIEW, 0)
           && set(SQLITE_DBCONFIG_ENABLE_TRIGGER, 0) && set(SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0)
           && set(SQLITE_DBCONFIG_ENABLE_FKEY, 0);
}

/// Copies at most PackageFile::maxBytes of the file at from (opened once, and a regular file when
/// opened: not a device, not a pipe) to a new private file; what is wrong, or an empty string.
QString copyBounded(const QString &from, const QString &to, const CancelFlag *cancel)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Text::tr("the file cannot be read.");
    struct stat status {};
    if (fstat(source.handle(), &status) != 0 || !S_ISREG(status.st_mode))
        return Text::tr("this is not a file.");
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Text::tr("the file cannot be copied to a private folder: %1").arg(target.errorString());
    target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (cancel && cancel->isSet())
            return Text::tr("cancelled");
        const qint64 read = source.read(block.data(), block.size());
        if (read < 0)
            return Text::tr("the file cannot be read.");
        if (read == 0)
            break;
        total += read;
        if (total > PackageFile::maxBytes)
            return Text::tr("the file is larger than %1 MiB, more than a quarterly package is.").arg(PackageFile::maxBytes >> 20);
        if (target.write(block.constData(), read) != read)
            return Text::tr("the file cannot be copied to a private folder: %1").arg(target.errorString());
    }
    if (!target.flush())
        return Text::tr("the file cannot be copied to a private folder: %1").arg(target.errorString());
    return {};
}

} // namespace

qint64 PackageFile::budgetFor(qint64 bytes)
{
    // 10 s, and one more for every 4 MiB: a sub-district's quarter (a few MiB) is checked in well
    // under a second; a city district's (some hundred MiB) in some tens of seconds.
    return 10000 + bytes / (4 << 20) * 1000;
}

Result<std::unique_ptr<PackageFile>> PackageFile::open(const QString &path, const CancelFlag *cancel)
{
    using R = Result<std::unique_ptr<PackageFile>>;
    const QFileInfo info(path);
    const QString name = info.fileName();
    const auto refuse = [&](const QString &reason) { return R::failure(Text::tr("%1: %2").arg(name, reason)); };
    if (!info.exists())
        return refuse(Text::tr("the file does not exist."));
    if (!info.isFile())
        return refuse(Text::tr("this is not a file."));
    if (info.size() > maxBytes)
        return refuse(Text::tr("the file is %1 MiB; a quarterly package is at most %2 MiB.").arg(info.size() >> 20).arg(maxBytes >> 20));

    std::unique_ptr<PackageFile> file(new PackageFile);
    file->m_fileName = name;
    file->m_cancel = cancel;
    if (!file->m_dir.isValid())
        return refuse(Text::tr("no private temporary folder can be made: %1").arg(file->m_dir.errorString()));
    // Checked and merged from a copy of our own: the file cannot change between the two.
    file->m_copy = file->m_dir.filePath(QStringLiteral("package.zhq"));
    if (const QString copied = copyBounded(path, file->m_copy, cancel); !copied.isEmpty())
        return refuse(copied);
    file->m_size = QFileInfo(file->m_copy).size();

    file->m_connection = std::make_unique<SqlConnection>(QStringLiteral("package"));
    QSqlDatabase db = file->m_connection->db();
    if (!file->m_connection->open(file->m_copy, QStringLiteral("QSQLITE_OPEN_READONLY")))
        return refuse(Text::tr("the file cannot be opened: %1").arg(StoreHealth::describe(db.lastError())));
    // Before the first statement, which is when SQLite reads the file's schema.
    sqlite3 *handle = SqlScript::handle(db);
    if (!handle || !configure(handle))
        return refuse(Text::tr("this program's SQLite does not offer the defensive settings packages are read with."));
    lowerLimits(handle);
    sqlite3_progress_handler(handle, 1000, &PackageFile::onProgress, file.get());
    file->restartBudget(budgetFor(file->m_size));
    QSqlQuery pragma(db);
    for (const QString &sql : {QStringLiteral("PRAGMA cell_size_check = ON"), QStringLiteral("PRAGMA mmap_size = 0"),
                               QStringLiteral("PRAGMA trusted_schema = OFF"), QStringLiteral("PRAGMA query_only = ON")}) {
        if (!pragma.exec(sql))
            return refuse(Text::tr("the file cannot be read: %1").arg(StoreHealth::describe(pragma.lastError())));
    }
    return file;
}

PackageFile::~PackageFile()
{
    if (!m_connection)
        return;
    if (sqlite3 *handle = SqlScript::handle(m_connection->db()))
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    m_connection.reset();
}

QSqlDatabase PackageFile::db() const
{
    return m_connection ? m_connection->db() : QSqlDatabase();
}

void PackageFile::restartBudget(qint64 milliseconds)
{
    m_budgetMs = milliseconds;
    m_stopped = Stop::None;
    m_clock.start();
}

QString PackageFile::interruption() const
{
    switch (m_stopped) {
    case Stop::None:
        return {};
    case Stop::Cancel:
        return Text::tr("cancelled");
    case Stop::Budget:
        break;
    }
    return Text::tr("reading it took longer than %1 s, far longer than a package of its size needs; it was stopped.")
        .arg(m_budgetMs / 1000);
}

int PackageFile::onProgress(void *self)
{
    auto *file = static_cast<PackageFile *>(self);
    if (file->m_cancel && file->m_cancel->isSet())
        file->m_stopped = Stop::Cancel;
    else if (file->m_clock.elapsed() > file->m_budgetMs)
        file->m_stopped = Stop::Budget;
    return file->m_stopped == Stop::None ? 0 : 1;
}
