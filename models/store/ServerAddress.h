#pragma once

#include <QString>

#include <optional>

/// Where a database on a PostgreSQL server is: libpq's URI,
/// postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME (host, port and user may be left out; a Unix
/// socket folder goes in ?host=/run/postgresql). A password left out comes, as for every libpq
/// client, from PGPASSWORD or ~/.pgpass; one given is used and never shown or kept anywhere.
struct ServerAddress
{
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;

    /// Whether text names a server rather than a file (it begins postgresql:// or postgres://).
    static bool isServer(const QString &text);
    /// The address in text, or nothing when it is not a well-formed one.
    static std::optional<ServerAddress> parse(const QString &text);
    /// The address without its password, for messages and titles.
    QString shown() const;
    /// The whole address to connect with, the password included (percent-encoded) when there is
    /// one: never shown or kept.
    QString text() const;
};
