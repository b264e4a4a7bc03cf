// Commands on the database as a whole: init, demo, stats, check, backup, copy-from.

#include "CliCommand.h"

#include "cobuild/CobuildFigures.h"
#include "guarantee/GuaranteeFigures.h"
#include "overview/WorkFigures.h"
#include "demo/DemoGenerator.h"
#include "ledger/LedgerFigures.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"
#include "org/OrgSetup.h"
#include "overview/Headline.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/Maintenance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <limits>

namespace {

/// Translation context of the texts in this file.
class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)
};

/// Opens the file for writing, creating it when it does not exist yet.
std::unique_ptr<Database> openOrCreate(CliContext &context)
{
    // A file that is not there yet, or a server database without tables, is made.
    const auto exists = Database::exists(context.databasePath);
    if (!exists) {
        context.fail(exists.error());
        return nullptr;
    }
    auto opened = exists.value() ? Database::open(context.databasePath, Database::Access::ReadWrite)
                                 : Database::create(context.databasePath);
    if (!opened) {
        context.fail(opened.error());
        return nullptr;
    }
    return std::move(opened.value());
}

int init(CliContext &context)
{
    const QString district = context.parser.value(QStringLiteral("district")).trimmed();
    if (district.isEmpty())
        return context.usage(StoreCommands::tr("init needs --district NAME."));
    auto database = openOrCreate(context);
    if (!database)
        return CliExit::refused;
    OrgService orgs(*database);
    if (const Outcome done = OrgSetup::initialise(*database, orgs, district,
                                                  context.parser.value(QStringLiteral("subdistrict")));
        !done)
        return context.fail(done.error());
    const QString subdistrict = context.parser.value(QStringLiteral("subdistrict")).trimmed();
    context.out << StoreCommands::tr("Created %1 for %2.")
                       .arg(QDir::toNativeSeparators(database->path()),
                            subdistrict.isEmpty() ? district : district + QLatin1Char('/') + subdistrict)
                << '\n';
    return CliExit::ok;
}

int demo(CliContext &context)
{
    DemoGenerator::Options options;
    options.profile = context.parser.value(QStringLiteral("profile"));
    qint64 seed = qint64(options.seed);
    if (!context.numberOption(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed))
        return CliExit::usage;
    options.seed = quint64(seed);
    if (!context.dateOption(QStringLiteral("as-of"), &options.asOf))
        return CliExit::usage;
    if (!DemoProfile::byId(options.profile))
        return context.usage(StoreCommands::tr("Unknown profile \"%1\"; use one of: %2.")
                                 .arg(options.profile, DemoProfile::ids().join(QStringLiteral(", "))));
    auto database = openOrCreate(context);
    if (!database)
        return CliExit::refused;
    if (const Outcome done = DemoGenerator::run(*database, options); !done)
        return context.fail(done.error());
    const Headline figures = Headline::read(*database);
    context.out << StoreCommands::tr("Demo data \"%1\" written to %2: %3 sub-districts, %4 communities, %5 grids, %6 households.")
                       .arg(options.profile, QDir::toNativeSeparators(database->path()))
                       .arg(figures.subdistricts)
                       .arg(figures.communities)
                       .arg(figures.grids)
                       .arg(figures.households)
                << '\n';
    return CliExit::ok;
}

/// "section.key: value" lines, nested objects by their path; the lines behind a count (arrays)
/// are in the JSON only.
void printFigures(QTextStream &out, const QString &prefix, const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            printFigures(out, key, it.value().toObject());
        else if (!it.value().isArray())
            out << key << ": " << it.value().toVariant().toString() << '\n';
    }
}

int stats(CliContext &context)
{
    CliContext::Period period;
    if (const auto wrong = context.periodOptions(&period))
        return *wrong;
    const auto &[orgId, from, to, asOf] = period;
    const Headline figures = orgId ? Headline::readSubtree(*context.database, orgId) : Headline::read(*context.database);
    QJsonObject json = figures.toJson();
    json.insert(QStringLiteral("ledger"), LedgerFigures::compute(*context.database, orgId, from, to, asOf).toJson());
    const CobuildFigures cobuilding = CobuildFigures::compute(*context.database, orgId, asOf);
    json.insert(QStringLiteral("cobuilding"), cobuilding.toJson());
    json.insert(QStringLiteral("meetings"), cobuilding.meetings);
    json.insert(QStringLiteral("councils"), cobuilding.councils);
    json.insert(QStringLiteral("tasks"), cobuilding.tasks);
    const auto guarantee = GuaranteeFigures::compute(*context.database, orgId, asOf);
    if (!guarantee)
        return context.fail(guarantee.error());
    json.insert(QStringLiteral("guarantee"), guarantee.value().toJson());
    const auto work = WorkFigures::compute(*context.database, orgId, from, to, asOf);
    if (!work)
        return context.fail(work.error());
    json.insert(QStringLiteral("work"), work.value().toJson());
    if (context.parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return CliExit::ok;
    }
    printFigures(context.out, QString(), json);
    return CliExit::ok;
}

int check(CliContext &context)
{
    const QStringList problems = Maintenance::check(*context.database);
    if (problems.isEmpty()) {
        context.out << StoreCommands::tr("%1: sound.").arg(QDir::toNativeSeparators(context.database->path())) << '\n';
        return CliExit::ok;
    }
    for (const QString &problem : problems)
        context.err << problem << '\n';
    return context.fail(StoreCommands::tr("%1: %Ln problem(s) found.", nullptr, int(problems.size()))
                            .arg(QDir::toNativeSeparators(context.database->path())));
}

int backup(CliContext &context)
{
    const QString out = context.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(StoreCommands::tr("backup needs --out FILE."));
    if (const Outcome done = Maintenance::backup(*context.database, out); !done)
        return context.fail(done.error());
    context.out << StoreCommands::tr("Backup written to %1.").arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())) << '\n';
    return CliExit::ok;
}

/// Copies an office's file (or any ZongHeng database) into the database of --db, which must be
/// new: a file not there yet or an empty server database. Every table is compared after copying.
int copyFrom(CliContext &context)
{
    const QString sourceName = context.parser.positionalArguments().value(0);
    auto source = Database::open(sourceName, Database::Access::ReadOnly);
    if (!source)
        return context.fail(source.error());
    // A damaged or inconsistent file is mended first, not spread onto the server.
    if (const QStringList problems = Maintenance::check(*source.value()); !problems.isEmpty()) {
        for (const QString &problem : problems)
            context.err << problem << '\n';
        return context.fail(StoreCommands::tr("%1 is not sound (%Ln problem(s)); nothing was copied.", nullptr, int(problems.size()))
                                .arg(QDir::toNativeSeparators(source.value()->path())));
    }
    // The target: made now, or one made earlier that holds no organisations yet (a copy that
    // failed leaves the schema it made, and nothing else).
    auto target = openOrCreate(context);
    if (!target)
        return CliExit::refused;
    if (!OrgRepository(*target).isEmpty())
        return context.fail(StoreCommands::tr("%1 already holds data; copy into a new file or an empty server database.")
                                .arg(target->path()));
    qint64 total = 0;
    const auto copied = DatabaseCopy::copy(*source.value(), *target, [&](const QString &, qint64 rows) {
        total += rows;
        return true;
    });
    if (!copied)
        return context.fail(copied.error());
    for (const DatabaseCopy::Table &table : copied.value())
        context.out << table.name << '\t' << table.sum.rows << '\t' << QString::fromLatin1(table.sum.sum.toHex()) << '\n';
    context.out << StoreCommands::tr("Copied %1 to %2: %Ln table(s), %3 rows, each the same in both (counts and checksums).", nullptr,
                                     int(copied.value().size()))
                       .arg(QDir::toNativeSeparators(source.value()->path()), target->path())
                       .arg(total)
                << '\n';
    return CliExit::ok;
}

} // namespace

QList<CliCommand> storeCommands()
{
    const QCommandLineOption json(QStringLiteral("json"), StoreCommands::tr("Print JSON."));
    return {
        {{QStringLiteral("init")},
         StoreCommands::tr("Create an empty database for a district, or for one of its sub-districts."),
         CliCommand::Opens::Nothing,
         {{QStringLiteral("district"), StoreCommands::tr("The district's name."), QStringLiteral("NAME")},
          {QStringLiteral("subdistrict"), StoreCommands::tr("The sub-district's name (omit for a district database)."), QStringLiteral("NAME")}},
         {},
         init},
        {{QStringLiteral("demo")},
         StoreCommands::tr("Fill an empty database with generated demo data."),
         CliCommand::Opens::Nothing,
         {{QStringLiteral("profile"), StoreCommands::tr("small, yingjiang or city."), QStringLiteral("PROFILE"), QStringLiteral("small")},
          {QStringLiteral("seed"), StoreCommands::tr("Seed of the generator (same seed, same data)."), QStringLiteral("N"), QStringLiteral("1")},
          {QStringLiteral("as-of"), StoreCommands::tr("The day the data ends (default today)."), QStringLiteral("YYYY-MM-DD")}},
         {},
         demo},
        {{QStringLiteral("stats")},
         StoreCommands::tr("Print the headline figures, and the ledger's for a period."),
         CliCommand::Opens::ForReading,
         {json,
          {QStringLiteral("from"), StoreCommands::tr("Ledger items recorded on or after."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("to"), StoreCommands::tr("Ledger items recorded on or before."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("org"), StoreCommands::tr("Only this organisation and below."), QStringLiteral("ID|PATH")}},
         {},
         stats},
        {{QStringLiteral("check")},
         StoreCommands::tr("Check the database's integrity, references and running counts; exit 0 only when sound."),
         CliCommand::Opens::ForReading,
         {},
         {},
         check},
        {{QStringLiteral("backup")},
         StoreCommands::tr("Write a consistent copy of the database, also while it is in use."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("out"), StoreCommands::tr("The file to write."), QStringLiteral("FILE")}},
         {},
         backup},
        {{QStringLiteral("copy-from")},
         StoreCommands::tr("Copy a database (an office's file) into the new database of --db, such as an empty one on a server; every "
                           "table is compared after copying."),
         CliCommand::Opens::Nothing,
         {},
         {QStringLiteral("FILE")},
         copyFrom},
    };
}
