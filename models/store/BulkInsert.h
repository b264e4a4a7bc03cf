#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_value;

/// A prepared statement (an INSERT, an UPDATE) run many times straight through SQLite's C
/// interface, for generating demo data and merging packages where QSqlQuery's per-row cost would
/// dominate. The caller holds the transaction. Parameters are numbered from 1.
class BulkInsert
{
public:
    BulkInsert(const QSqlDatabase &db, const QString &sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString error() const { return m_error; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value); ///< an empty string binds NULL
    /// UTF-8 text that stays alive until exec(); empty binds NULL.
    void bind(int index, const QByteArray &utf8);
    void bindNull(int index);
    /// A value read by another statement (SqliteRows::value), copied as it is.
    void bind(int index, sqlite3_value *value);

    /// Runs the statement with the values bound, then clears them for the next row.
    bool exec();
    /// The rowid of the last row inserted on this connection.
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};
