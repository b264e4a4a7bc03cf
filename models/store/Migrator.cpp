#include "Migrator.h"

#include "SqlDialect.h"
#include "SqlScript.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Migrator {

namespace {

/// A step that builds a table others refer to anew says so on its first line. SQLite's way of
/// doing that (the twelve steps of "ALTER TABLE", sqlite.org/lang_altertable.html) turns foreign
/// keys off around the transaction — they cannot be turned off inside one — and checks them all
/// before it commits.
bool rebuildsTables(const QList<Migration> &migrations, int fromVersion)
{
    for (const Migration &step : migrations) {
        if (step.version > fromVersion && step.sql.startsWith(QLatin1String("-- zongheng: rebuilds tables")))
            return true;
    }
    return false;
}

Outcome setForeignKeys(const QSqlDatabase &db, bool on)
{
    QSqlQuery pragma(db);
    if (!pragma.exec(on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF")))
        return Outcome::failure(QStringLiteral("foreign keys cannot be turned %1").arg(on ? QStringLiteral("on") : QStringLiteral("off")));
    return Outcome::success();
}

Outcome migrateInTransaction(const QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations);

} // namespace

Outcome migrate(const QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations)
{
    const bool sqlite = SqlDialect::of(db).engine() == SqlDialect::Engine::Sqlite;
    if (!sqlite || !rebuildsTables(migrations, fromVersion))
        return migrateInTransaction(db, fromVersion, migrations);
    QSqlQuery state(db);
    const bool wereOn = state.exec(QStringLiteral("PRAGMA foreign_keys")) && state.next() && state.value(0).toInt() == 1;
    state.finish();
    if (const Outcome off = setForeignKeys(db, false); !off)
        return off;
    const Outcome done = migrateInTransaction(db, fromVersion, migrations);
    if (wereOn) {
        if (const Outcome on = setForeignKeys(db, true); !on && done)
            return on;
    }
    return done;
}

namespace {

Outcome migrateInTransaction(const QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations)
{
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());

    for (const Migration &step : migrations) {
        if (step.version <= fromVersion)
            continue;
        if (const Outcome ran = SqlScript::execute(db, step.sql); !ran)
            return Outcome::failure(
                QCoreApplication::translate("Migrator", "step %1 (%2) failed: %3").arg(step.version).arg(step.name, ran.error()));
        if (const Outcome set = SqlDialect::of(db).setSchemaVersion(db, step.version); !set)
            return Outcome::failure(set.error());
    }

    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Outcome::failure(QStringLiteral("foreign key check failed"));
    if (check.next())
        return Outcome::failure(QCoreApplication::translate("Migrator", "the upgraded data breaks a reference in table %1")
                                    .arg(check.value(0).toString()));
    check.finish();

    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    return Outcome::success();
}

} // namespace

} // namespace Migrator
