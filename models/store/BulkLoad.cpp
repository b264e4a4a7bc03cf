#include "BulkLoad.h"

#include "SqlScript.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

BulkLoad::BulkLoad(const QSqlDatabase &db, const QStringList &tables, const QStringList &keep)
    : m_db(db)
    , m_tables(tables)
    , m_keep(keep)
{
}

Outcome BulkLoad::suspend()
{
    if (!SqlScript::inTransaction(m_db))
        return Outcome::failure(QStringLiteral("a bulk load needs an open transaction"));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = :table "
                                 "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"));
    for (const QString &table : m_tables) {
        query.bindValue(QStringLiteral(":table"), table);
        if (!query.exec())
            return Outcome::failure(StoreHealth::describe(query.lastError()));
        while (query.next()) {
            if (m_keep.contains(query.value(1).toString()))
                continue;
            m_saved.append({query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString(), query.value(2).toString()});
        }
        // A schema read that broke off is the load's failure, not a shorter list of indexes.
        if (query.lastError().isValid())
            return Outcome::failure(StoreHealth::describe(query.lastError()));
    }
    query.finish();
    for (const auto &[what, sql] : std::as_const(m_saved)) {
        if (const Outcome dropped = SqlScript::execute(m_db, QStringLiteral("DROP %1").arg(what)); !dropped)
            return dropped;
    }
    return Outcome::success();
}

Outcome BulkLoad::restore()
{
    for (const auto &[what, sql] : std::as_const(m_saved)) {
        if (const Outcome made = SqlScript::execute(m_db, sql); !made)
            return Outcome::failure(QStringLiteral("%1 could not be made again: %2").arg(what, made.error()));
    }
    m_saved.clear();
    return Outcome::success();
}
