#include "PgHandle.h"

#include "ServerAddress.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace PgHandle {

PGconn *of(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant value = db.driver()->handle();
    if (!value.isValid() || (qstrcmp(value.typeName(), "PGconn*") != 0 && qstrcmp(value.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(value.data());
}

bool isBroken(const QSqlDatabase &db)
{
    PGconn *connection = of(db);
    return connection && PQstatus(connection) == CONNECTION_BAD;
}

bool inTransaction(const QSqlDatabase &db)
{
    PGconn *connection = of(db);
    if (!connection)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(connection);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool answers(const ServerAddress &server, int timeoutSeconds)
{
    const QByteArray host = server.host.toUtf8(), port = QByteArray::number(server.port), database = server.database.toUtf8(),
                     user = server.user.toUtf8(), password = server.password.toUtf8(),
                     timeout = QByteArray::number(qMax(1, timeoutSeconds));
    // Left empty, a value is libpq's default (the socket folder, the account's name, ~/.pgpass).
    const char *keywords[] = {"host", "port", "dbname", "user", "password", "connect_timeout", nullptr};
    const char *values[] = {host.isEmpty() ? nullptr : host.constData(),
                            port.constData(),
                            database.isEmpty() ? nullptr : database.constData(),
                            user.isEmpty() ? nullptr : user.constData(),
                            password.isEmpty() ? nullptr : password.constData(),
                            timeout.constData(),
                            nullptr};
    return PQpingParams(keywords, values, 0) == PQPING_OK;
}

} // namespace PgHandle
