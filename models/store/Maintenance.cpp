#include "Maintenance.h"

#include "Database.h"
#include "DatabaseCopy.h"
#include "FileOps.h"
#include "SqlRead.h"
#include "SqliteRows.h"
#include "Tally.h"
#include "core/IsoDate.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Maintenance", text, disambiguation, n);
}

constexpr int maxListed = 20;

/// The value types a declared type admits (besides NULL), as a mask of SqliteRows::Type; 0 for a
/// column of no fixed type.
int admitted(const QString &declared)
{
    const QString type = declared.toUpper();
    const auto bit = [](SqliteRows::Type t) { return 1 << int(t); };
    if (type == QLatin1String("INTEGER"))
        return bit(SqliteRows::Type::Integer);
    if (type == QLatin1String("TEXT"))
        return bit(SqliteRows::Type::Text);
    if (type == QLatin1String("REAL"))
        return bit(SqliteRows::Type::Real) | bit(SqliteRows::Type::Integer);
    return 0;
}

/// Values of a type their column does not declare, in every table (SQLite keeps "很多" in an
/// INTEGER column without a word). Read straight through SQLite: a city's millions of rows in
/// seconds.
void checkTypes(const QSqlDatabase &db, QStringList *problems)
{
    QSqlQuery tables(db);
    if (!SqlRead::run(tables, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                             "AND name NOT LIKE 'ledger_search%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"))) {
        problems->append(tr("the tables could not be listed: %1").arg(StoreHealth::describe(tables.lastError())));
        return;
    }
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery columns(db);
        if (!SqlRead::run(columns, QStringLiteral("SELECT name, type, pk FROM pragma_table_info('%1')").arg(table)))
            continue;
        QStringList checked;
        QList<int> masks;
        while (columns.next()) {
            const int mask = admitted(columns.value(1).toString());
            // An INTEGER PRIMARY KEY is the rowid: an integer by construction.
            if (!mask || (columns.value(2).toInt() == 1 && mask == 1 << int(SqliteRows::Type::Integer)))
                continue;
            checked.append(QStringLiteral("\"%1\"").arg(columns.value(0).toString()));
            masks.append(mask | 1 << int(SqliteRows::Type::Null));
        }
        columns.finish();
        if (checked.isEmpty())
            continue;
        SqliteRows rows(db, QStringLiteral("SELECT %1 FROM \"%2\"").arg(checked.join(QStringLiteral(", ")), table));
        QList<qint64> bad(checked.size(), 0);
        while (rows.next()) {
            for (int c = 0; c < masks.size(); ++c) {
                if (!(masks.at(c) & 1 << int(rows.type(c))))
                    ++bad[c];
            }
        }
        if (rows.failed()) {
            problems->append(tr("table %1 could not be read: %2").arg(table, rows.error()));
            continue;
        }
        for (int c = 0; c < checked.size(); ++c) {
            if (bad.at(c) > 0)
                problems->append(tr("table %1, column %2: %3 value(s) of another type than the column's")
                                     .arg(table, QString(checked.at(c)).remove(QLatin1Char('"')))
                                     .arg(bad.at(c)));
        }
    }
}

/// The number FTS5 keeps of a row's tokens (its docsize record: one varint per column).
qint64 tokensIn(const QByteArray &size)
{
    qint64 value = 0;
    for (int i = 0; i < size.size() && i < 9; ++i) {
        const auto byte = quint8(size.at(i));
        if (i == 8)
            return value << 8 | byte;
        value = value << 7 | (byte & 0x7f);
        if (!(byte & 0x80))
            return value;
    }
    return -1;
}

/// The search index agrees with the ledger: one entry per item, as many trigrams as its text has
/// (one for every character but the last two).
void checkSearchIndex(const QSqlDatabase &db, QStringList *problems)
{
    SqliteRows rows(db, QStringLiteral("SELECT t.id, d.sz, max(length(t.body) - 2, 0) FROM ledger_search_text t "
                                       "LEFT JOIN ledger_search_docsize d ON d.id = t.id"));
    int listed = 0;
    while (rows.next()) {
        QString problem;
        if (rows.isNull(1))
            problem = tr("ledger item %1 is missing from the search index").arg(rows.integer(0));
        else if (tokensIn(rows.bytes(1).toByteArray()) != rows.integer(2))
            problem = tr("ledger item %1: the search index holds another text than the item (its text was changed "
                         "without the index)")
                          .arg(rows.integer(0));
        if (!problem.isEmpty() && listed++ < maxListed)
            problems->append(problem);
    }
    if (rows.failed()) {
        problems->append(tr("the search index could not be read: %1").arg(rows.error()));
        return;
    }
    if (listed > maxListed)
        problems->append(tr("%Ln more ledger item(s) disagree with the search index", nullptr, listed - maxListed));
    QSqlQuery query(db);
    if (SqlRead::run(query, QStringLiteral("SELECT count(*) FROM ledger_search_docsize WHERE id NOT IN (SELECT id FROM ledger_item)"))
        && query.next() && query.value(0).toLongLong() > 0)
        problems->append(tr("the search index holds %Ln entry(ies) of items that no longer exist", nullptr, query.value(0).toInt()));
}

} // namespace

namespace Maintenance {

// Here, not in the unnamed namespace: their messages are the context Maintenance's.
/// What SQLite itself can find wrong in a file: damaged pages, broken references, values of
/// another type than their column's.
static void checkFile(const QSqlDatabase &db, QStringList *problems)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems->append(tr("integrity check could not run: %1").arg(StoreHealth::describe(query.lastError())));
        return;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems->append(tr("integrity: %1").arg(line));
    }
    if (!problems->isEmpty())
        return; // the rest reads the damaged pages again; stop here

    if (!SqlRead::run(query, QStringLiteral("PRAGMA foreign_key_check"))) {
        problems->append(tr("the references could not be checked: %1").arg(StoreHealth::describe(query.lastError())));
    } else {
        int listed = 0;
        while (query.next()) {
            if (listed++ < maxListed)
                problems->append(tr("table %1, row %2 refers to a missing row of %3")
                                     .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
        }
        if (listed > maxListed)
            problems->append(tr("%Ln more row(s) refer to missing rows", nullptr, listed - maxListed));
    }
    checkTypes(db, problems);
}

/// What the rows can say wrong on either engine: running counts, lineages, calendar days.
static void checkRows(const QSqlDatabase &db, QStringList *problems)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Running counts must agree with the rows they count.
    for (const auto &[key, count] : Tally::definitions()) {
        query.prepare(QStringLiteral("SELECT value, %1 FROM tally WHERE key = :key").arg(count));
        query.bindValue(QStringLiteral(":key"), key);
        if (!SqlRead::run(query) || !query.next()) {
            problems->append(tr("running count %1 is missing").arg(key));
        } else if (query.value(0).toLongLong() != query.value(1).toLongLong()) {
            problems->append(tr("running count %1 says %2 but there are %3")
                                 .arg(key, query.value(0).toString(), query.value(1).toString()));
        }
    }

    // Each lineage is its parent's lineage plus its own id.
    if (SqlRead::run(query, QStringLiteral("SELECT o.id, o.lineage FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id "
                                           "WHERE o.lineage IS DISTINCT FROM coalesce(p.lineage, '/') || o.id || '/' LIMIT 20"))) {
        while (query.next())
            problems->append(tr("organisation %1 has a wrong lineage %2").arg(query.value(0).toString(), query.value(1).toString()));
    } else {
        problems->append(tr("the lineages could not be checked: %1").arg(StoreHealth::describe(query.lastError())));
    }

    // Calendar days outside the years the program keeps (written before they were bounded).
    query.prepare(QStringLiteral("SELECT day FROM calendar_day WHERE day < :from OR day > :to ORDER BY day LIMIT 20"));
    query.bindValue(QStringLiteral(":from"), QStringLiteral("%1-01-01").arg(IsoDate::minYear));
    query.bindValue(QStringLiteral(":to"), QStringLiteral("%1-12-31").arg(IsoDate::maxYear));
    if (SqlRead::run(query)) {
        while (query.next())
            problems->append(tr("the calendar holds %1, outside the years %2–%3; it is left out of every due date")
                                 .arg(query.value(0).toString())
                                 .arg(IsoDate::minYear)
                                 .arg(IsoDate::maxYear));
    } else {
        problems->append(tr("the calendar could not be checked: %1").arg(StoreHealth::describe(query.lastError())));
    }
}

QStringList check(const Database &database)
{
    QStringList problems;
    // A server keeps its pages, references, types and indexes itself; a file is looked at here.
    if (!database.onServer()) {
        checkFile(database.connection(), &problems);
        if (!problems.isEmpty())
            return problems;
    }
    checkRows(database.connection(), &problems);
    if (!database.onServer())
        checkSearchIndex(database.connection(), &problems);
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
    if (database.onServer()) {
        // A server's database is copied into a new file, every table compared (DatabaseCopy).
        QFile::remove(temp);
        {
            auto file = Database::create(temp);
            if (!file)
                return Outcome::failure(tr("The backup %1 could not be written: %2").arg(name, file.error()));
            if (const auto copied = DatabaseCopy::copy(database, *file.value()); !copied) {
                file.value().reset();
                QFile::remove(temp);
                return Outcome::failure(tr("The backup %1 could not be written: %2").arg(name, copied.error()));
            }
        }
        if (const Outcome committed = FileOps::commitFile(temp, target.absoluteFilePath()); !committed)
            return Outcome::failure(tr("The backup %1 could not be written: %2").arg(name, committed.error()));
        return Outcome::success();
    }
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), temp);
    if (!query.exec()) {
        QFile::remove(temp);
        return Outcome::failure(tr("The backup %1 could not be written: %2").arg(name, StoreHealth::describe(query.lastError())));
    }
    if (const Outcome committed = FileOps::commitFile(temp, target.absoluteFilePath()); !committed)
        return Outcome::failure(tr("The backup %1 could not be written: %2").arg(name, committed.error()));
    return Outcome::success();
}

} // namespace Maintenance
