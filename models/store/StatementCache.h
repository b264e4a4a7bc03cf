#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <list>
#include <memory>

/// Prepared statements kept for a connection's life, for the reads a clerk repeats with other
/// values — the ledger's and members' pages as the filter and the scrolling change. On a server a
/// statement prepared anew is parsed and planned each time, which costs as much as running it;
/// kept, it is planned once (PostgreSQL plans a statement run five times once for all values),
/// and a page takes one round trip. The least recently used go when more than capacity are kept.
///
///     QSqlQuery &query = m_database.statements().prepared(sql);
///     query.bindValue(…);
///     if (!SqlRead::run(query)) …
///     while (query.next()) …
///     SqlRead::finished(query);
///     query.finish(); // the statement is kept; its rows, and a file's read snapshot, let go
///
/// Belongs to one connection (Database): made, used and cleared on its thread; cleared before
/// the connection is opened again, whose statements are gone with it.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db, int capacity = 32);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// The statement of sql on the connection, prepared the first time; forward-only. A statement
    /// that could not be prepared is not kept: running it reports why (SqlRead::run).
    QSqlQuery &prepared(const QString &sql);
    /// Lets every statement go (before the connection closes).
    void clear();
    int size() const { return int(m_statements.size()); }

private:
    struct Entry
    {
        QString sql;
        std::unique_ptr<QSqlQuery> query;
    };

    QSqlDatabase m_db;
    int m_capacity;
    std::list<Entry> m_statements; ///< the most recently used first
    std::unique_ptr<QSqlQuery> m_failed; ///< the last one that could not be prepared, for its error
};
