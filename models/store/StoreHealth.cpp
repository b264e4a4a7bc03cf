#include "StoreHealth.h"

#include "FilePlace.h"
#include "SqlRead.h"

#include <QDir>

#include <QCoreApplication>

#include <optional>

namespace {
thread_local int conflicts = 0;
} // namespace

int StoreHealth::conflictsSeen()
{
    return conflicts;
}

StoreHealth &StoreHealth::instance()
{
    static StoreHealth health;
    return health;
}

namespace {

/// A PostgreSQL SQLSTATE's meaning. SQLite's codes are numbers of at most four digits.
std::optional<StoreHealth::Problem> serverProblem(const QSqlError &error)
{
    using Problem = StoreHealth::Problem;
    const QString state = error.nativeErrorCode();
    if (state.size() == 5) {
        if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
            return Problem::Conflict;
        if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
            return Problem::Unreachable; // connection exception; the server shutting down or ending the session
        if (state == QLatin1String("55P03"))
            return Problem::Busy; // lock not available
        if (state == QLatin1String("53100"))
            return Problem::Full;
        if (state.startsWith(QLatin1String("XX")))
            return Problem::Damaged;
        return Problem::Other;
    }
    // libpq says a lost connection in its own words, without a state.
    if (state.isEmpty() && error.type() != QSqlError::NoError) {
        const QString words = error.databaseText() + error.driverText();
        for (const char *lost : {"server closed the connection", "no connection to the server", "connection to server",
                                 "could not connect", "terminating connection", "could not receive data",
                                 "could not send data", "SSL SYSCALL"}) {
            if (words.contains(QLatin1String(lost), Qt::CaseInsensitive))
                return Problem::Unreachable;
        }
        if (error.type() == QSqlError::ConnectionError)
            return Problem::Unreachable;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> StoreHealth::placeProblem(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok || error.nativeErrorCode().size() >= 5)
        return std::nullopt;
    if (code != 10 && code != 13 && code != 8 && code != 14) // SQLITE_IOERR, _FULL, _READONLY, _CANTOPEN
        return std::nullopt;
    const auto trouble = FilePlace::troubled();
    if (!trouble)
        return std::nullopt;
    const QString file = QDir::toNativeSeparators(trouble->path);
    switch (trouble->state) {
    case FilePlace::State::Full:
        return QCoreApplication::translate("StoreHealth", "the disk that holds %1 is full, so nothing was saved; free some space on "
                                                          "it (old files, the wastebasket), then try again. What was saved before is safe")
            .arg(file);
    case FilePlace::State::ReadOnly:
        return QCoreApplication::translate("StoreHealth", "the folder of %1 cannot be written to (a write-protected USB stick, a "
                                                          "read-only share), so nothing was saved; copy the file to a folder you can "
                                                          "write to, such as Documents, and open it there. What was saved before is safe")
            .arg(file);
    case FilePlace::State::Gone:
        return QCoreApplication::translate("StoreHealth", "%1 is no longer there (was the USB stick taken out, or the network share "
                                                          "lost?), so nothing was saved; put it back and open the file again. What was "
                                                          "saved before is safe in it")
            .arg(file);
    case FilePlace::State::Fine:
        break;
    }
    return std::nullopt;
}

StoreHealth::Problem StoreHealth::classify(const QSqlError &error)
{
    if (const auto server = serverProblem(error))
        return *server;
    // SQLite's primary result codes, as the driver gives them (extended codes carry them in the low byte).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Problem::Other;
    switch (code) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return Problem::Busy;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
    case 10: // SQLITE_IOERR
        return Problem::Damaged;
    case 13: // SQLITE_FULL
        return Problem::Full;
    default:
        return Problem::Other;
    }
}

QString StoreHealth::message(Problem problem, const QSqlError &error)
{
    if (const auto place = placeProblem(error))
        return QCoreApplication::translate("StoreHealth", "A read from the database failed; what is shown may be incomplete: %1.").arg(*place);
    switch (problem) {
    case Problem::Busy:
        return QCoreApplication::translate("StoreHealth", "The database is busy (another program is writing to it); what is shown "
                                                          "may be incomplete. Try again in a moment.");
    case Problem::Damaged:
        return QCoreApplication::translate("StoreHealth", "The database file is damaged and could not be read in full; what is shown "
                                                          "is incomplete. Run a check (zongheng-cli check) and restore the latest backup.");
    case Problem::Full:
        return QCoreApplication::translate("StoreHealth", "The disk is full; free some space, then try again.");
    case Problem::Conflict:
        return QCoreApplication::translate("StoreHealth", "Another clerk was changing the same records; what is shown may be "
                                                          "incomplete. Try again.");
    case Problem::Unreachable:
        return QCoreApplication::translate("StoreHealth", "The server cannot be reached; what is shown may be out of date. "
                                                          "ZongHeng keeps trying to connect again.");
    case Problem::Other:
        break;
    }
    return QCoreApplication::translate("StoreHealth", "A read from the database failed; what is shown may be incomplete (%1).")
        .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

QString StoreHealth::describe(const QSqlError &error)
{
    if (const auto place = placeProblem(error))
        return *place;
    const QString words = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    ok = ok && error.nativeErrorCode().size() < 5; // SQLite's; a SQLSTATE has five characters
    const bool serverRule = error.nativeErrorCode().size() == 5 && error.nativeErrorCode().startsWith(QLatin1String("23"));
    switch (classify(error)) {
    case Problem::Full:
        return QCoreApplication::translate("StoreHealth", "the disk is full, so nothing was saved; free some space (old files, the "
                                                          "wastebasket), then try again");
    case Problem::Busy:
        return QCoreApplication::translate("StoreHealth", "the database is busy (another program is writing to it), so nothing was "
                                                          "saved; close the other program that has the file open (such as DB Browser "
                                                          "for SQLite), or try again in a moment");
    case Problem::Damaged:
        return QCoreApplication::translate("StoreHealth", "the database file could not be written or read (the disk or the file is "
                                                          "damaged), so nothing was saved; run a check and restore the latest backup");
    case Problem::Conflict:
        ++conflicts;
        return QCoreApplication::translate("StoreHealth", "another clerk was changing the same records at the same moment, so "
                                                          "nothing was saved; try again");
    case Problem::Unreachable:
        return QCoreApplication::translate("StoreHealth", "the server cannot be reached (the network or the server is down), "
                                                          "so this change was not saved; what was saved before is safe on the "
                                                          "server. Try again when it is back (%1)")
            .arg(words.trimmed());
    case Problem::Other:
        break;
    }
    if (ok && code == 8) // SQLITE_READONLY
        return QCoreApplication::translate("StoreHealth", "the database file is read-only, so nothing was saved");
    if (ok && code == 14) // SQLITE_CANTOPEN
        return QCoreApplication::translate("StoreHealth", "the database file cannot be opened (%1)").arg(words);
    if ((ok && code == 19) || serverRule) // SQLITE_CONSTRAINT; integrity constraint violation
        return QCoreApplication::translate("StoreHealth", "the change breaks a rule of the data and was not saved (%1)").arg(words);
    return QCoreApplication::translate("StoreHealth", "the database reported an error (%1)").arg(words);
}

void StoreHealth::reportFailedRead(const QSqlError &error, const QString &statement)
{
    m_failed.fetchAndAddRelaxed(1);
    qCWarning(sqlLog).noquote() << "read failed:" << error.text() << "(code" << error.nativeErrorCode() << ") in:" << statement.left(500);
    const Problem problem = classify(error);
    // Queued to the listeners' threads when the read ran on a worker.
    Q_EMIT readFailed(problem, message(problem, error));
}

int StoreHealth::failedReads() const
{
    return m_failed.loadRelaxed();
}
