#pragma once

#include <QSqlDatabase>

typedef struct pg_conn PGconn;
struct ServerAddress;

/// libpq's own connection under a QPSQL connection, for what QtSql does not offer (COPY, the
/// connection's state): the one place the driver's handle is taken apart.
namespace PgHandle {

/// The connection's PGconn, or nullptr for a connection that is not an open QPSQL one.
PGconn *of(const QSqlDatabase &db);
/// Whether libpq knows the connection is lost (the server went away, the network dropped and a
/// read failed): true only for an open QPSQL connection in that state.
bool isBroken(const QSqlDatabase &db);

/// Whether the connection is inside a transaction block (begun, not yet committed or rolled back;
/// also one a failed statement has spoilt).
bool inTransaction(const QSqlDatabase &db);

/// Whether the server at the address takes connections now (libpq's PQping: it does not log in),
/// waiting at most timeoutSeconds. Safe on any thread; it makes no QtSql connection.
bool answers(const ServerAddress &server, int timeoutSeconds);

} // namespace PgHandle
