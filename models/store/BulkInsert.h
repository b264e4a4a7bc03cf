#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3_value;
class BulkStatement;

/// A statement (an INSERT, an UPDATE) run many times, for generating demo data and merging
/// packages where QSqlQuery's per-row cost would dominate. The caller holds the transaction.
/// Parameters are numbered from 1 (?1, ?2, …; a number may be used twice).
///
/// On SQLite it is a prepared statement run straight through SQLite's C interface. On
/// PostgreSQL a plain `INSERT INTO t (…) VALUES (?1, …)` gathers its rows and sends them by
/// `COPY … FROM STDIN`, taking the new ids from the table's sequence beforehand; every other
/// statement runs row by row. Rows gathered are sent, for all the bulk statements of the
/// connection in the order they were made (parents before the rows that refer to them), when
/// enough are held, before another bulk statement runs row by row, and at flush(): call it
/// before reading what was written by other means.
class BulkInsert
{
public:
    BulkInsert(const QSqlDatabase &db, const QString &sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    bool isValid() const;
    QString error() const;

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value); ///< an empty string binds NULL
    /// UTF-8 text that stays alive until exec(); empty binds NULL.
    void bind(int index, const QByteArray &utf8);
    void bindNull(int index);
    /// Bytes (a BLOB, bytea).
    void bindBlob(int index, const QByteArray &bytes);
    /// A value as QtSql reads it, of its own type: an empty text stays empty, not NULL.
    void bind(int index, const QVariant &value);
    /// A value read by another statement (SqliteRows::value), copied as it is.
    void bind(int index, sqlite3_value *value);

    /// Runs the statement with the values bound (or gathers the row), then clears them.
    bool exec();
    /// The id of the row the last exec() inserted.
    qint64 lastInsertId() const;

    /// Sends every row the bulk statements of this connection still hold (PostgreSQL; nothing
    /// to do on SQLite).
    static Outcome flush(const QSqlDatabase &db);

private:
    std::unique_ptr<BulkStatement> m_statement;
};
