#include "SqlConnection.h"

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
    connection.setDatabaseName(databaseName);
    connection.setConnectOptions(options);
    return connection.open();
}
