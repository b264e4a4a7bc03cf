#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

/// Indexes for search, in one go, the ledger items a bulk change adds (a district merging
/// packages). Item by item through its trigger, the full-text index is brought up to date at the
/// end of every statement that follows, which would make the merge several times slower. While
/// the batch is open the trigger is set aside; finish() indexes the items added since begin()
/// in one statement and puts the trigger back. Inside the caller's transaction: a rollback undoes
/// both, and the schema is as it was.
class SearchIndexBatch
{
public:
    explicit SearchIndexBatch(const QSqlDatabase &db);

    Outcome begin();
    Outcome finish();

private:
    QSqlDatabase m_db;
    qint64 m_lastId = 0;
    QString m_trigger; ///< the CREATE TRIGGER statement set aside
};
