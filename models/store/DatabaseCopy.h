#pragma once

#include "TableChecksum.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <functional>

class Database;

/// A whole database copied onto another engine — an office's file onto a server (copy-from), a
/// server's database into a file (a backup, the snapshot a quarterly export reads) — and shown
/// to be the same, table by table: rows counted and summed (TableChecksum) on both sides before
/// the copy commits.
///
/// The target is a database just made with the same schema version: what its schema put in
/// (categories, running counts) is replaced by the source's. Everything happens in one
/// transaction on the target and one snapshot of the source: a failure, a difference or a cancel
/// leaves the target as it was.
namespace DatabaseCopy {

struct Table
{
    QString name;
    TableChecksum sum;
};

/// Told after each table; false cancels.
using Progress = std::function<bool(const QString &table, qint64 rows)>;

Result<QList<Table>> copy(const Database &from, Database &to, const Progress &progress = {});

} // namespace DatabaseCopy
