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
