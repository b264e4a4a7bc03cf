#include "PackageSchema.h"

#include "store/SqlConnection.h"
#include "store/SqlScript.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageSchema)
};

struct Entry
{
    QString type; ///< table, index, view, trigger
    QString name;
    QString table;
    QString sql;
    bool operator==(const Entry &other) const = default;
};

struct Expected
{
    QMap<QString, Entry> entries; ///< by name
    QList<PackageSchema::Table> tables;
};

const char *const schemaQuery = "SELECT type, name, tbl_name, sql FROM sqlite_schema";

/// The expected schema, built once from the script in a database of its own in memory.
const Expected &expected()
{
    static const Expected built = [] {
        Expected out;
        SqlConnection connection(QStringLiteral("package-schema"));
        {
            const QSqlDatabase db = connection.db();
            if (!connection.open(QStringLiteral(":memory:")) || !SqlScript::execute(db, PackageSchema::script()))
                qFatal("the package schema cannot be built");
            QSqlQuery query(db);
            if (!query.exec(QLatin1String(schemaQuery)))
                qFatal("the package schema cannot be read");
            QStringList tableOrder;
            while (query.next()) {
                const Entry entry{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString()};
                out.entries.insert(entry.name, entry);
                if (entry.type == QLatin1String("table"))
                    tableOrder.append(entry.name);
            }
            for (const QString &table : std::as_const(tableOrder)) {
                PackageSchema::Table t{table, {}};
                QSqlQuery columns(db);
                if (!columns.exec(QStringLiteral("SELECT name, upper(type), \"notnull\" FROM pragma_table_info('%1') ORDER BY cid").arg(table)))
                    qFatal("the package schema cannot be read");
                while (columns.next())
                    t.columns.append({columns.value(0).toString(), columns.value(1).toString(), columns.value(2).toBool()});
                out.tables.append(t);
            }
        }
        return out;
    }();
    return built;
}

QString describe(const Entry &entry)
{
    if (entry.type == QLatin1String("table"))
        return Text::tr("the table %1").arg(entry.name);
    if (entry.type == QLatin1String("index"))
        return Text::tr("the index %1").arg(entry.name);
    if (entry.type == QLatin1String("view"))
        return Text::tr("the view %1").arg(entry.name);
    if (entry.type == QLatin1String("trigger"))
        return Text::tr("the trigger %1").arg(entry.name);
    return Text::tr("the %1 %2").arg(entry.type, entry.name);
}

} // namespace

namespace PackageSchema {

QString script()
{
    QFile file(QStringLiteral(":/exchange/package.sql"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the package schema is missing from the resources");
    return QString::fromUtf8(file.readAll());
}

const QList<Table> &tables()
{
    return expected().tables;
}

const Table *table(const QString &name)
{
    for (const Table &t : expected().tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Outcome compare(const QSqlDatabase &package)
{
    const Expected &want = expected();
    QSqlQuery query(package);
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String(schemaQuery)))
        return Outcome::failure(Text::tr("its schema cannot be read (%1).").arg(StoreHealth::describe(query.lastError())));
    QStringList problems;
    QMap<QString, Entry> found;
    while (query.next()) {
        const Entry entry{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
        found.insert(entry.name, entry);
        const auto expectedEntry = want.entries.constFind(entry.name);
        if (expectedEntry == want.entries.constEnd())
            problems.append(Text::tr("%1 is not part of a package").arg(describe(entry)));
        else if (entry.type != expectedEntry->type)
            problems.append(Text::tr("%1 stands where a package has %2").arg(describe(entry), describe(*expectedEntry)));
        else if (!(*expectedEntry == entry))
            problems.append(Text::tr("%1 is defined otherwise than in a package").arg(describe(entry)));
        if (problems.size() >= 5)
            break;
    }
    if (query.lastError().isValid())
        return Outcome::failure(Text::tr("its schema cannot be read (%1).").arg(StoreHealth::describe(query.lastError())));
    for (const Entry &entry : want.entries) {
        if (!found.contains(entry.name) && problems.size() < 5)
            problems.append(Text::tr("%1 is missing").arg(describe(entry)));
    }
    if (!problems.isEmpty())
        return Outcome::failure(Text::tr("its tables are not those of a quarterly package: %1.").arg(problems.join(QStringLiteral("; "))));
    return Outcome::success();
}

} // namespace PackageSchema
