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
    }
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
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

int SqliteRows::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

SqliteRows::Type SqliteRows::type(int column) const
{
    return Type(sqlite3_column_type(m_statement, column));
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteRows::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteRows::bytes(int column) const
{
    // sqlite3_column_text before sqlite3_column_bytes: the size is that of the text as given.
    const auto *data = type(column) == Type::Blob ? static_cast<const char *>(sqlite3_column_blob(m_statement, column))
                                                   : reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

sqlite3_value *SqliteRows::value(int column) const
{
    return sqlite3_column_value(m_statement, column);
}
