#include "SqlConnection.h"

#include "FilePlace.h"

#include <QAtomicInteger>

namespace {

QAtomicInteger<int> serial;

} // namespace

SqlConnection::SqlConnection(const QString &purpose, const QString &driver)
    : m_name(QStringLiteral("zongheng-%1-%2").arg(purpose).arg(serial.fetchAndAddRelaxed(1)))
{
    QSqlDatabase::addDatabase(driver, m_name);
}

SqlConnection::~SqlConnection()
{
    FilePlace::unwatch(m_watched);
    {
        QSqlDatabase connection = QSqlDatabase::database(m_name, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::open(const QString &databaseName, const QString &options)
{
    QSqlDatabase connection = db();
    if (connection.driverName() == QLatin1String("QSQLITE")) {
        FilePlace::unwatch(m_watched); // a connection opened again
        m_watched = databaseName;
        FilePlace::watch(m_watched); // so that a failure is told by where the file is (StoreHealth)
    }
    connection.setDatabaseName(databaseName);
    connection.setConnectOptions(options);
    return connection.open();
}
