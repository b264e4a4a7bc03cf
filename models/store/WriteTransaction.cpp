#include "WriteTransaction.h"

#include "SqlDialect.h"
#include "store/StoreHealth.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    const SqlDialect &dialect = SqlDialect::of(m_db);
    if (dialect.inTransaction(m_db)) {
        static QAtomicInteger<int> counter;
        m_savepoint = QStringLiteral("nested_%1").arg(counter.fetchAndAddRelaxed(1));
        m_active = run(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_active = run(dialect.beginWrite());
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!run(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    const QString keep = m_error;
    if (m_savepoint.isEmpty()) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        run(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        run(QStringLiteral("RELEASE ") + m_savepoint);
    }
    if (!keep.isEmpty())
        m_error = keep;
    m_active = false;
}

bool WriteTransaction::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement)) {
        m_error = StoreHealth::describe(query.lastError());
        return false;
    }
    return true;
}
