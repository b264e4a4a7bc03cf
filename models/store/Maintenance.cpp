#include "Maintenance.h"

#include "Database.h"
#include "FileOps.h"
#include "Tally.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Maintenance", text);
}

} // namespace

namespace Maintenance {

QStringList check(const Database &database)
{
    QStringList problems;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);

    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(tr("integrity check could not run: %1").arg(query.lastError().text()));
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(tr("integrity: %1").arg(line));
    }
    if (!problems.isEmpty())
        return problems; // the rest reads the damaged pages again; stop here

    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next()) {
            problems.append(tr("table %1, row %2 refers to a missing row of %3")
                                .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
        }
    }

    // Running counts must agree with the rows they count.
    for (const auto &[key, count] : Tally::definitions()) {
        query.prepare(QStringLiteral("SELECT value, %1 FROM tally WHERE key = :key").arg(count));
        query.bindValue(QStringLiteral(":key"), key);
        if (!query.exec() || !query.next()) {
            problems.append(tr("running count %1 is missing").arg(key));
        } else if (query.value(0).toLongLong() != query.value(1).toLongLong()) {
            problems.append(tr("running count %1 says %2 but there are %3")
                                .arg(key, query.value(0).toString(), query.value(1).toString()));
        }
    }

    // Each lineage is its parent's lineage plus its own id.
    if (query.exec(QStringLiteral(
            "SELECT o.id, o.lineage FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id "
            "WHERE o.lineage IS NOT coalesce(p.lineage, '/') || o.id || '/' LIMIT 20"))) {
        while (query.next())
            problems.append(tr("organisation %1 has a wrong lineage %2").arg(query.value(0).toString(), query.value(1).toString()));
    }
    return problems;
}

Outcome backup(const Database &database, const QString &outPath)
{
    const QFileInfo target(outPath);
    const QString name = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath())
        return Outcome::failure(tr("The backup cannot overwrite the database itself (%1).").arg(name));
    if (!target.absoluteDir().exists())
        return Outcome::failure(tr("The folder of %1 does not exist.").arg(name));
    // Never over a database that is open somewhere: its log and lock would belong to nothing.
    for (const QString &suffix : {QStringLiteral(".lock"), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(target.absoluteFilePath() + suffix))
            return Outcome::failure(tr("%1 is a database in use (a %2 file lies beside it); choose another name.")
                                        .arg(name, suffix));
    }

    const QString temp = FileOps::temporaryPathFor(target.absoluteFilePath());
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), temp);
    if (!query.exec()) {
        QFile::remove(temp);
        return Outcome::failure(tr("The backup %1 could not be written: %2").arg(name, query.lastError().text()));
    }
    if (const Outcome committed = FileOps::commitFile(temp, target.absoluteFilePath()); !committed)
        return Outcome::failure(tr("The backup %1 could not be written: %2").arg(name, committed.error()));
    return Outcome::success();
}

} // namespace Maintenance
