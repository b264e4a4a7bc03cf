#include "StoreHealth.h"

#include "SqlRead.h"

#include <QCoreApplication>

StoreHealth &StoreHealth::instance()
{
    static StoreHealth health;
    return health;
}

StoreHealth::Problem StoreHealth::classify(const QSqlError &error)
{
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
    switch (problem) {
    case Problem::Busy:
        return QCoreApplication::translate("StoreHealth", "The database is busy (another program is writing to it); what is shown "
                                                          "may be incomplete. Try again in a moment.");
    case Problem::Damaged:
        return QCoreApplication::translate("StoreHealth", "The database file is damaged and could not be read in full; what is shown "
                                                          "is incomplete. Run a check (zongheng-cli check) and restore the latest backup.");
    case Problem::Full:
        return QCoreApplication::translate("StoreHealth", "The disk is full; free some space, then try again.");
    case Problem::Other:
        break;
    }
    return QCoreApplication::translate("StoreHealth", "A read from the database failed; what is shown may be incomplete (%1).")
        .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

QString StoreHealth::describe(const QSqlError &error)
{
    const QString words = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    switch (classify(error)) {
    case Problem::Full:
        return QCoreApplication::translate("StoreHealth", "the disk is full, so nothing was saved; free some space (old files, the "
                                                          "wastebasket), then try again");
    case Problem::Busy:
        return QCoreApplication::translate("StoreHealth", "the database is busy (another program is writing to it), so nothing was "
                                                          "saved; try again in a moment");
    case Problem::Damaged:
        return QCoreApplication::translate("StoreHealth", "the database file could not be written or read (the disk or the file is "
                                                          "damaged), so nothing was saved; run a check and restore the latest backup");
    case Problem::Other:
        break;
    }
    if (ok && code == 8) // SQLITE_READONLY
        return QCoreApplication::translate("StoreHealth", "the database file is read-only, so nothing was saved");
    if (ok && code == 14) // SQLITE_CANTOPEN
        return QCoreApplication::translate("StoreHealth", "the database file cannot be opened (%1)").arg(words);
    if (ok && code == 19) // SQLITE_CONSTRAINT
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
