#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

/// The bookkeeping triggers do row by row on insert — the ledger's search index, the running
/// counts of organisations and items — done once at the end of a bulk change instead (a district
/// merging packages). Row by row, the full-text index is brought up to date at the end of every
/// statement that follows it, and every trigger makes each insert a statement with a journal of
/// its own: together several times the cost of the inserts. While open, those triggers are set
/// aside; finish() indexes the items added since begin() in one statement, recounts the running
/// counts and puts the triggers back. Inside the caller's transaction: a rollback undoes all of
/// it, and the schema is as it was. On a server the triggers stay; the counting ones skip their
/// work while the transaction's setting zongheng.tally is 'deferred', and finish() recounts.
class DeferredBookkeeping
{
public:
    explicit DeferredBookkeeping(const QSqlDatabase &db);

    Outcome begin();
    Outcome finish();

private:
    QSqlDatabase m_db;
    qint64 m_lastItem = 0;
    bool m_deferredOnServer = false;
    QList<QPair<QString, QString>> m_triggers; ///< name and CREATE statement, set aside
};
