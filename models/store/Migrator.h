#pragma once

#include "Migrations.h"
#include "core/Result.h"

#include <QSqlDatabase>

/// Brings a database from one schema version to the last of a list of migrations.
///
/// All steps run in one transaction, each setting user_version to its number: a step that fails
/// rolls back every step, so a failed upgrade leaves the file exactly as it was.
namespace Migrator {

Outcome migrate(const QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations);

} // namespace Migrator
