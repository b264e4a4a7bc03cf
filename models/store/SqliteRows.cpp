#include "SqliteRows.h"

#include "SqlScript.h"

#include <sqlite3.h>

SqliteRows::SqliteRows(const QSqlDatabase &db, const QString &sql)
    : m_db(SqlScript::handle(db))
{
    if (!m_db) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
        return;
    }
    m_types.resize(sqlite3_column_count(m_statement));
    m_values.resize(m_types.size());
}

SqliteRows::~SqliteRows()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool SqliteRows::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        for (int c = 0; c < m_types.size(); ++c) {
            m_values[c] = sqlite3_column_value(m_statement, c);
            m_types[c] = Type(sqlite3_value_type(m_values[c]));
        }
        return true;
    }
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_value_int64(m_values[column]);
}

double SqliteRows::real(int column) const
{
    return sqlite3_value_double(m_values[column]);
}

QByteArrayView SqliteRows::bytes(int column) const
{
    // The text (or blob) before its size: the size is that of the value as given.
    sqlite3_value *value = m_values[column];
    const auto *data = type(column) == Type::Blob ? static_cast<const char *>(sqlite3_value_blob(value))
                                                   : reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QByteArrayView(data, sqlite3_value_bytes(value));
}

sqlite3_value *SqliteRows::value(int column) const
{
    return m_values[column];
}
