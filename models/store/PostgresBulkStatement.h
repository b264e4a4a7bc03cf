#pragma once

#include "BulkStatement.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

/// A bulk statement on PostgreSQL. A plain `INSERT INTO t (…) VALUES (?1, …)` gathers its rows in
/// COPY's text format and sends them with `COPY t (…) FROM STDIN` (libpq, on the driver's own
/// connection); its new ids are taken from the table's sequence beforehand, so that
/// lastInsertId() is known at once. Any other statement runs row by row, prepared once, after
/// the rows gathered so far have been sent. See BulkInsert for when rows are sent.
class PostgresBulkStatement : public BulkStatement
{
public:
    PostgresBulkStatement(const QSqlDatabase &db, const QString &sql);
    ~PostgresBulkStatement() override;

    bool isValid() const override { return m_valid; }
    QString error() const override { return m_error; }
    void bindInteger(int index, qint64 value) override;
    void bindReal(int index, double value) override;
    void bindText(int index, const QByteArray &utf8, bool transient) override;
    void bindBlob(int index, const QByteArray &bytes) override;
    void bindNull(int index) override;
    void bindValue(int index, sqlite3_value *value) override;
    bool exec() override;
    qint64 lastInsertId() const override { return m_lastId; }

    /// Sends the rows every bulk statement of the connection holds, in the order they were made.
    static Outcome flushAll(const QSqlDatabase &db);

private:
    struct Value
    {
        enum class Kind { Null, Integer, Real, Text, Blob } kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        QByteArray bytes;
    };

    Value &slot(int index);
    bool prepareCopy(const QString &table, const QStringList &columns, const QList<int> &parameters);
    bool prepareRows(const QString &sql);
    bool nextId();
    bool gatherRow();
    bool runRow();
    Outcome send();

    QSqlDatabase m_db;
    bool m_valid = false;
    QString m_error;
    QList<Value> m_values; ///< the values bound, by parameter number − 1
    qint64 m_lastId = 0;

    // COPY: the statement, which parameter each column takes, the rows gathered.
    bool m_copy = false;
    QString m_table;
    QByteArray m_copyCommand;
    QList<int> m_columnParameters;
    QString m_sequence; ///< the table's id sequence when the ids are taken beforehand
    QList<qint64> m_ids;
    qsizetype m_nextId = 0;
    QByteArray m_rows;
    int m_rowCount = 0;

    // Row by row.
    QSqlQuery m_query;
    bool m_returnsId = false;
};
