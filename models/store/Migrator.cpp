#include "Migrator.h"

#include "SqlDialect.h"
#include "SqlScript.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Migrator {

Outcome migrate(const QSqlDatabase &db, int fromVersion, const QList<Migration> &migrations)
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

} // namespace Migrator
