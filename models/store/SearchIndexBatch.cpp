#include "SearchIndexBatch.h"

#include "SqlRead.h"
#include "SqlScript.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString triggerName = QStringLiteral("ledger_search_insert");

} // namespace

SearchIndexBatch::SearchIndexBatch(const QSqlDatabase &db)
    : m_db(db)
{
}

Outcome SearchIndexBatch::begin()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = :name"));
    query.bindValue(QStringLiteral(":name"), triggerName);
    if (!SqlRead::run(query))
        return Outcome::failure(query.lastError().text());
    if (!query.next())
        return Outcome::failure(QStringLiteral("the search index's trigger %1 is missing").arg(triggerName));
    m_trigger = query.value(0).toString();
    query.finish();
    if (!SqlRead::run(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM ledger_item")) || !query.next())
        return Outcome::failure(query.lastError().text());
    m_lastId = query.value(0).toLongLong();
    query.finish();
    return SqlScript::execute(m_db, QStringLiteral("DROP TRIGGER %1").arg(triggerName));
}

Outcome SearchIndexBatch::finish()
{
    if (m_trigger.isEmpty())
        return Outcome::success();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO ledger_search (rowid, grams) SELECT id, bigrams(title, description, location) "
                                 "FROM ledger_item WHERE id > :last"));
    query.bindValue(QStringLiteral(":last"), m_lastId);
    if (!query.exec())
        return Outcome::failure(query.lastError().text());
    const Outcome restored = SqlScript::execute(m_db, m_trigger);
    if (restored)
        m_trigger.clear();
    return restored;
}
