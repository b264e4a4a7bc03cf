#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_value;

/// The rows of a SELECT read straight through SQLite's C interface: each value as SQLite keeps it,
/// without QVariant or UTF-16 in between. For the passes that read every value of a package (its
/// checks, its checksum, the merge), where QSqlQuery's per-value cost would dominate. Use it on
/// the thread of its connection only: the values are read without the connection's lock.
class SqliteRows
{
public:
    enum class Type { Integer = 1, Real = 2, Text = 3, Blob = 4, Null = 5 }; ///< SQLite's own numbers

    SqliteRows(const QSqlDatabase &db, const QString &sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    /// The next row; false at the end, or on an error (then failed() and error() say so).
    bool next();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    int columnCount() const { return int(m_types.size()); }
    /// The type of a value of the current row (read once per row).
    Type type(int column) const { return m_types[column]; }
    bool isNull(int column) const { return type(column) == Type::Null; }
    qint64 integer(int column) const;
    double real(int column) const;
    /// Text as UTF-8, or a blob's bytes; valid until the next row.
    QByteArrayView bytes(int column) const;
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    /// The value itself, to bind into another statement (BulkInsert::bind) without conversion.
    sqlite3_value *value(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    QList<Type> m_types;
    QList<sqlite3_value *> m_values; ///< the row's values, read once (one lock of the connection each)
};
