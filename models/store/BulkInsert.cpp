#include "BulkInsert.h"

#include "PostgresBulkStatement.h"
#include "SqlDialect.h"
#include "SqlValue.h"
#include "SqliteBulkStatement.h"

#include <QVariant>

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &sql)
{
    if (SqlDialect::of(db).engine() == SqlDialect::Engine::Postgres)
        m_statement = std::make_unique<PostgresBulkStatement>(db, sql);
    else
        m_statement = std::make_unique<SqliteBulkStatement>(db, sql);
}

BulkInsert::~BulkInsert() = default;

bool BulkInsert::isValid() const
{
    return m_statement->isValid();
}

QString BulkInsert::error() const
{
    return m_statement->error();
}

void BulkInsert::bind(int index, qint64 value)
{
    m_statement->bindInteger(index, value);
}

void BulkInsert::bind(int index, double value)
{
    m_statement->bindReal(index, value);
}

void BulkInsert::bind(int index, const QString &value)
{
    if (value.isEmpty())
        m_statement->bindNull(index);
    else
        m_statement->bindText(index, value.toUtf8(), true);
}

void BulkInsert::bind(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        m_statement->bindNull(index);
    else
        m_statement->bindText(index, utf8, false);
}

void BulkInsert::bindBlob(int index, const QByteArray &bytes)
{
    m_statement->bindBlob(index, bytes);
}

void BulkInsert::bind(int index, const QVariant &value)
{
    switch (SqlValue::kindOf(value)) {
    case SqlValue::Kind::Null: m_statement->bindNull(index); break;
    case SqlValue::Kind::Integer: m_statement->bindInteger(index, value.toLongLong()); break;
    case SqlValue::Kind::Real: m_statement->bindReal(index, value.toDouble()); break;
    case SqlValue::Kind::Blob: m_statement->bindBlob(index, value.toByteArray()); break;
    case SqlValue::Kind::Text: m_statement->bindText(index, value.toString().toUtf8(), true); break;
    }
}

void BulkInsert::bindNull(int index)
{
    m_statement->bindNull(index);
}

void BulkInsert::bind(int index, sqlite3_value *value)
{
    m_statement->bindValue(index, value);
}

bool BulkInsert::exec()
{
    return m_statement->exec();
}

qint64 BulkInsert::lastInsertId() const
{
    return m_statement->lastInsertId();
}

Outcome BulkInsert::flush(const QSqlDatabase &db)
{
    if (SqlDialect::of(db).engine() != SqlDialect::Engine::Postgres)
        return Outcome::success();
    return PostgresBulkStatement::flushAll(db);
}
