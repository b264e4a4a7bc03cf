#pragma once

#include "core/Result.h"

#include <QStringList>

class Database;

/// Checking and copying a whole database file.
namespace Maintenance {

/// Everything found wrong: SQLite's integrity check, broken references, running counts that
/// disagree with the rows, lineages that disagree with parents. Empty when the file is sound.
QStringList check(const Database &database);

/// A consistent copy of the database at outPath, taken while it may be in use, written under a
/// temporary name and renamed when complete.
Outcome backup(const Database &database, const QString &outPath);

} // namespace Maintenance
