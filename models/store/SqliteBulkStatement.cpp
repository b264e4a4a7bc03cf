#include "SqliteBulkStatement.h"

#include "SqlScript.h"

#include <sqlite3.h>

SqliteBulkStatement::SqliteBulkStatement(const QSqlDatabase &db, const QString &sql)
{
    m_db = SqlScript::handle(db);
    if (!m_db) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
    }
}

SqliteBulkStatement::~SqliteBulkStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void SqliteBulkStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteBulkStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteBulkStatement::bindText(int index, const QByteArray &utf8, bool transient)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), transient ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

void SqliteBulkStatement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteBulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteBulkStatement::bindValue(int index, sqlite3_value *value)
{
    sqlite3_bind_value(m_statement, index, value);
}

bool SqliteBulkStatement::exec()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

qint64 SqliteBulkStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}
