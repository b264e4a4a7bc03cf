#pragma once

#include "BulkStatement.h"

#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

/// A bulk statement on SQLite: prepared once, run straight through SQLite's C interface.
class SqliteBulkStatement : public BulkStatement
{
public:
    SqliteBulkStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteBulkStatement() override;

    bool isValid() const override { return m_statement != nullptr; }
    QString error() const override { return m_error; }
    void bindInteger(int index, qint64 value) override;
    void bindReal(int index, double value) override;
    void bindText(int index, const QByteArray &utf8, bool transient) override;
    void bindBlob(int index, const QByteArray &bytes) override;
    void bindNull(int index) override;
    void bindValue(int index, sqlite3_value *value) override;
    bool exec() override;
    qint64 lastInsertId() const override;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};
