#include "StatementCache.h"

StatementCache::StatementCache(QSqlDatabase db, int capacity)
    : m_db(std::move(db))
    , m_capacity(qMax(1, capacity))
{
}

StatementCache::~StatementCache() = default;

QSqlQuery &StatementCache::prepared(const QString &sql)
{
    for (auto it = m_statements.begin(); it != m_statements.end(); ++it) {
        if (it->sql == sql) {
            m_statements.splice(m_statements.begin(), m_statements, it);
            it->query->finish(); // rows of an earlier use a caller left unread
            return *it->query;
        }
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        m_failed = std::move(query);
        return *m_failed;
    }
    m_statements.push_front({sql, std::move(query)});
    while (int(m_statements.size()) > m_capacity)
        m_statements.pop_back();
    return *m_statements.front().query;
}

void StatementCache::clear()
{
    m_statements.clear();
    m_failed.reset();
}
