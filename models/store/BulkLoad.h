#pragma once

#include "core/Result.h"

#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

/// Loads generated data fast: the secondary indexes and triggers of some tables are set aside
/// while rows go in, then made again, which sorts each index once instead of keeping it in order
/// row by row. Everything happens inside the caller's transaction, so a failure or a rollback
/// leaves the schema as it was. The triggers' work (running counts) is the caller's to redo. On
/// a server the triggers are switched off rather than dropped, and restore() first sends the rows
/// the bulk statements still hold (BulkInsert::flush).
class BulkLoad
{
public:
    /// keep: indexes that stay (those the rows arrive in order for, which cost nothing to keep).
    BulkLoad(const QSqlDatabase &db, const QStringList &tables, const QStringList &keep = {});

    /// Drops the indexes (not those of constraints) and triggers of the tables.
    Outcome suspend();
    /// Creates them again as they were; unique indexes check their rows now.
    Outcome restore();

private:
    QSqlDatabase m_db;
    QStringList m_tables;
    QStringList m_keep;
    QList<QPair<QString, QString>> m_saved; ///< what suspends it and what restores it, indexes first
};
