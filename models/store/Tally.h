#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>

class Database;
class QSqlDatabase;

/// The running counts (table `tally`) that triggers keep, and how each is counted from the rows:
/// one list, used to check them and to recount them after a bulk load.
namespace Tally {

/// key and the SQL expression that counts it from the rows.
const QList<QPair<QString, QString>> &definitions();

/// Sets every count from the rows (inside the caller's transaction).
Outcome recount(const QSqlDatabase &db);

} // namespace Tally
