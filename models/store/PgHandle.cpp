#include "PgHandle.h"

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

} // namespace PgHandle
