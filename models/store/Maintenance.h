#pragma once

#include "core/Result.h"

#include <QStringList>

class Database;

/// Checking and copying a whole database.
namespace Maintenance {

/// Everything found wrong. In a file: SQLite's integrity check (the whole of it, not the quick
/// one), broken references, values of another type than their column's and a search index that
/// disagrees with the ledger — what a server keeps right itself; on both engines: running counts
/// that disagree with the rows, lineages that disagree with parents, calendar days outside the
/// years kept. Empty when the database is sound.
QStringList check(const Database &database);

/// A consistent copy of the database at outPath, taken while it may be in use, written under a
/// temporary name and renamed when complete. A server's database is written as a file of the
/// desk's engine, every table compared with the server's (DatabaseCopy).
Outcome backup(const Database &database, const QString &outPath);

} // namespace Maintenance
