#include "SqliteLibrary.h"

#include "SqlConnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#include <link.h>
#endif

namespace {

#if defined(Q_OS_LINUX)
/// The file of the loaded QSQLITE driver, or an empty string when it is not a library of its own.
QByteArray driverFile()
{
    QByteArray found;
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            const QByteArray name(info->dlpi_name);
            if (name.endsWith("/libqsqlite.so") || name.contains("/libqsqlite.so."))
                *static_cast<QByteArray *>(data) = name;
            return 0;
        },
        &found);
    return found;
}

/// Where the driver's sqlite3_libversion lies: in this program's library, or in a copy of its own.
Outcome sameLibraryAsDriver()
{
    const QByteArray driver = driverFile();
    if (driver.isEmpty())
        return Outcome::success(); // built into Qt statically: the version check is all there is
    void *handle = dlopen(driver.constData(), RTLD_LAZY | RTLD_NOLOAD);
    if (!handle)
        return Outcome::success();
    // The driver and what it links: a driver with SQLite inside finds its own copy or none.
    void *theirs = dlsym(handle, "sqlite3_libversion");
    dlclose(handle);
    void *ours = reinterpret_cast<void *>(&sqlite3_libversion);
    if (theirs == ours)
        return Outcome::success();
    Dl_info mine{};
    dladdr(ours, &mine);
    return Outcome::failure(QCoreApplication::translate("SqliteLibrary", "Qt's SQLite driver (%1) carries a SQLite library of its own, not %2, which this "
                               "program uses: the two cannot share a database connection. Install ZongHeng with the "
                               "Qt of the same system (on Debian 12: the package libqt6sql6-sqlite).")
                                .arg(QString::fromLocal8Bit(driver), QString::fromLocal8Bit(mine.dli_fname ? mine.dli_fname : "?")));
}
#endif

Outcome check()
{
    Outcome outcome = Outcome::success();
    SqlConnection connection(QStringLiteral("sqlite-library-check"));
    {
        QSqlDatabase probe = connection.db();
        QSqlQuery query(probe);
        if (!probe.isValid()) {
            outcome = Outcome::failure(QCoreApplication::translate("SqliteLibrary", "Qt's SQLite driver (QSQLITE) is not installed; on Debian 12 it is the package "
                                          "libqt6sql6-sqlite."));
        } else if (!connection.open(QStringLiteral(":memory:")) || !query.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !query.next()) {
            outcome = Outcome::failure(QCoreApplication::translate("SqliteLibrary", "Qt's SQLite driver does not work: %1").arg(probe.lastError().text()));
        } else if (query.value(0).toString() != QLatin1String(sqlite3_libversion())
                   || query.value(1).toString() != QLatin1String(sqlite3_sourceid())) {
            outcome = Outcome::failure(QCoreApplication::translate("SqliteLibrary", "Qt's SQLite driver runs SQLite %1 (%2), this program SQLite %3 (%4): the two "
                                          "libraries cannot share a database connection. Install ZongHeng with the Qt of "
                                          "the same system.")
                                           .arg(query.value(0).toString(), query.value(1).toString().left(20),
                                                QLatin1String(sqlite3_libversion()), QLatin1String(sqlite3_sourceid()).left(20)));
        }
    }
#if defined(Q_OS_LINUX)
    if (outcome)
        outcome = sameLibraryAsDriver();
#endif
    return outcome;
}

} // namespace

namespace SqliteLibrary {

Outcome verify()
{
    static const Outcome outcome = check();
    return outcome;
}

bool isVerified()
{
    return verify().ok();
}

} // namespace SqliteLibrary
