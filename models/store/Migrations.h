#pragma once

#include <QList>
#include <QString>

/// One step of the schema: the SQL that takes a database from version - 1 to version.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/// The ordered migration files shipped in the resources (":/migrations/NNNN_name.sql").
namespace Migrations {

QList<Migration> builtIn();

/// The PostgreSQL schema's steps (":/migrations/postgresql/NNNN_name.sql"): the first makes the
/// whole schema of its version in an empty database (the server engine came with schema 9), each
/// further one takes it a version on, in step with the SQLite migration of the same number.
QList<Migration> server();

/// The schema version this build writes: the number of the last built-in migration.
int latestVersion();

} // namespace Migrations
