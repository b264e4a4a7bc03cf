#include "BulkInsert.h"

#include "SqlScript.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &sql)
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

BulkInsert::~BulkInsert()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void BulkInsert::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void BulkInsert::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void BulkInsert::bind(int index, const QString &value)
{
    if (value.isEmpty()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void BulkInsert::bind(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void BulkInsert::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void BulkInsert::bind(int index, sqlite3_value *value)
{
    sqlite3_bind_value(m_statement, index, value);
}

bool BulkInsert::exec()
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

qint64 BulkInsert::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}
