#pragma once

// The throwaway PostgreSQL server of the tests (tests/pg/pg-server, started by ctest for the tests
// that need it; ZONGHENG_TEST_PGHOST names its socket folder): fresh empty databases on it.

#include "store/SqlConnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace TestServer {

/// The socket folder of the test server, or empty when this run has none.
inline QString host()
{
    return qEnvironmentVariable("ZONGHENG_TEST_PGHOST");
}

/// Whether the tests' databases are made on the test server rather than as files
/// (ZONGHENG_TEST_ENGINE=postgresql, set by ctest for the second run of a test on both engines).
inline bool isEngine()
{
    return qEnvironmentVariable("ZONGHENG_TEST_ENGINE") == QLatin1String("postgresql");
}

/// A new empty database on the test server, and its address (postgresql://…). Each call makes
/// another one, named after the process and a counter; the server is thrown away after the run.
inline QString freshDatabase()
{
    static int made = 0;
    const QString name = QStringLiteral("zt_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    {
        SqlConnection maintenance(QStringLiteral("test-server-maintenance"), QStringLiteral("QPSQL"));
        QSqlDatabase db = maintenance.db();
        db.setHostName(host());
        db.setUserName(QStringLiteral("zongheng"));
        if (!maintenance.open(QStringLiteral("postgres")))
            qFatal("the test server cannot be reached: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot make a database on the test server: %s", qPrintable(query.lastError().text()));
    }
    return QStringLiteral("postgresql://zongheng@/%1?host=%2").arg(name, host());
}

} // namespace TestServer
