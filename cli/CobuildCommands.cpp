// Commands on co-building and the lists: cobuild needs, cobuild match, cobuild link, meetings due.

#include "CliCommand.h"

#include "cobuild/MeetingRhythm.h"
#include "cobuild/NeedService.h"
#include "cobuild/ResourceMatcher.h"
#include "cobuild/UnitImporter.h"
#include "cobuild/UnitService.h"
#include "cobuild/UnitTemplate.h"
#include "roles/RoleService.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlCondition.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <QSqlQuery>

namespace {

class CobuildCommands
{
    Q_DECLARE_TR_FUNCTIONS(CobuildCommands)
};

void printJson(CliContext &context, const QJsonArray &array)
{
    context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

bool idOption(CliContext &context, const QString &name, qint64 *id)
{
    *id = 0;
    if (!context.numberOption(name, 1, std::numeric_limits<qint64>::max(), id))
        return false;
    if (!*id) {
        context.usage(CobuildCommands::tr("--%1 needs a number.").arg(name));
        return false;
    }
    return true;
}

int listNeeds(CliContext &context)
{
    qint64 orgId = 0;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    QString state;
    if (context.parser.isSet(QStringLiteral("state"))) {
        state = context.parser.value(QStringLiteral("state"));
        if (!Cobuild::fromCode<NeedState>(state))
            return context.usage(CobuildCommands::tr("--state is one of open, matched, fulfilled, withdrawn."));
    }
    SqlCondition condition;
    condition.addSubtree(context.database->connection(), orgId, QStringLiteral("n.org_id"));
    if (!state.isEmpty())
        condition.add(QStringLiteral("n.state = :state"), QStringLiteral(":state"), state);
    QSqlQuery query(context.database->connection());
    query.prepare(QStringLiteral("SELECT n.id, c.name, n.state, o.name, n.posted_on, n.title FROM need n "
                                 "JOIN cobuild_category c ON c.id = n.category_id JOIN organisation o ON o.id = n.org_id")
                  + condition.sql() + QStringLiteral(" ORDER BY n.id"));
    condition.bind(query);
    if (!query.exec())
        return context.fail(CobuildCommands::tr("The needs cannot be read."));
    QJsonArray array;
    while (query.next()) {
        if (context.parser.isSet(QStringLiteral("json"))) {
            array.append(QJsonObject{{QStringLiteral("id"), query.value(0).toLongLong()},
                                     {QStringLiteral("category"), query.value(1).toString()},
                                     {QStringLiteral("state"), query.value(2).toString()},
                                     {QStringLiteral("organisation"), query.value(3).toString()},
                                     {QStringLiteral("posted_on"), query.value(4).toString()},
                                     {QStringLiteral("title"), query.value(5).toString()}});
        } else {
            context.out << query.value(0).toLongLong() << '\t' << query.value(4).toString() << '\t' << query.value(3).toString()
                        << '\t' << query.value(1).toString() << '\t' << query.value(2).toString() << '\t'
                        << query.value(5).toString() << '\n';
        }
    }
    if (context.parser.isSet(QStringLiteral("json")))
        printJson(context, array);
    return CliExit::ok;
}

int suggestResources(CliContext &context)
{
    qint64 needId = 0;
    if (!idOption(context, QStringLiteral("need"), &needId))
        return CliExit::usage;
    QDate asOf = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("as-of"), &asOf))
        return CliExit::usage;
    const NeedService service(*context.database);
    if (!service.need(needId))
        return context.fail(CobuildCommands::tr("There is no need with number %1.").arg(needId));
    const QList<MatchCandidate> candidates = ResourceMatcher::suggest(context.database->connection(), needId, asOf);
    QJsonArray array;
    for (const MatchCandidate &c : candidates) {
        if (context.parser.isSet(QStringLiteral("json"))) {
            array.append(QJsonObject{{QStringLiteral("id"), c.resourceId},
                                     {QStringLiteral("category"), c.category},
                                     {QStringLiteral("unit"), c.unit},
                                     {QStringLiteral("title"), c.title},
                                     {QStringLiteral("same_category"), c.sameCategory},
                                     {QStringLiteral("same_community"), c.sameCommunity},
                                     {QStringLiteral("same_subdistrict"), c.sameSubdistrict},
                                     {QStringLiteral("available_now"), c.availableNow},
                                     {QStringLiteral("available_from"), IsoDate::format(c.availableFrom)}});
        } else {
            context.out << c.resourceId << '\t' << c.category << '\t' << c.unit << '\t' << c.title << '\n';
        }
    }
    if (context.parser.isSet(QStringLiteral("json")))
        printJson(context, array);
    return CliExit::ok;
}

int linkResource(CliContext &context)
{
    qint64 needId = 0;
    qint64 resourceId = 0;
    if (!idOption(context, QStringLiteral("need"), &needId) || !idOption(context, QStringLiteral("resource"), &resourceId))
        return CliExit::usage;
    QDate on = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("on"), &on))
        return CliExit::usage;
    NeedService service(*context.database);
    if (const Outcome done = service.match(needId, resourceId, on); !done)
        return context.fail(done.error());
    context.out << CobuildCommands::tr("Need %1 matched with resource %2.").arg(needId).arg(resourceId) << '\n';
    return CliExit::ok;
}

int meetingsDue(CliContext &context)
{
    QDate asOf = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("as-of"), &asOf))
        return CliExit::usage;
    qint64 orgId = 0;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    const QList<MeetingDue> due = MeetingRhythm::due(context.database->connection(), asOf, orgId);
    QJsonArray array;
    for (const MeetingDue &entry : due) {
        if (context.parser.isSet(QStringLiteral("json"))) {
            array.append(QJsonObject{{QStringLiteral("id"), entry.orgId},
                                     {QStringLiteral("organisation"), entry.name},
                                     {QStringLiteral("level"), OrgKinds::code(entry.level)},
                                     {QStringLiteral("status"), MeetingRhythm::code(entry.standing)},
                                     {QStringLiteral("last_held"), entry.lastHeld.isValid() ? QJsonValue(IsoDate::format(entry.lastHeld))
                                                                                            : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("due_by"), IsoDate::format(entry.dueBy)}});
        } else {
            context.out << entry.orgId << '\t' << entry.name << '\t' << OrgKinds::displayName(entry.level) << '\t'
                        << MeetingRhythm::displayName(entry.standing) << '\t' << IsoDate::format(entry.lastHeld) << '\t'
                        << IsoDate::format(entry.dueBy) << '\n';
        }
    }
    if (context.parser.isSet(QStringLiteral("json")))
        printJson(context, array);
    return CliExit::ok;
}

} // namespace

int importUnits(CliContext &context)
{
    const QString file = context.parser.positionalArguments().value(0);
    RoleService roles(*context.database);
    UnitService service(*context.database, roles);
    UnitImporter importer(*context.database, service);
    const UnitImporter::Check checked = importer.check(file);
    for (const TableProblem &problem : checked.problems)
        context.err << TableFile::describe(problem, checked.kind) << '\n';
    if (!checked.ok())
        return context.fail(CobuildCommands::tr("%1: %Ln problem(s) found; nothing imported.", nullptr, int(checked.problems.size()))
                                .arg(QDir::toNativeSeparators(file)));
    if (context.parser.isSet(QStringLiteral("check"))) {
        context.out << CobuildCommands::tr("%1: %Ln unit(s) can be imported; nothing was written (--check).", nullptr, int(checked.units.size()))
                           .arg(QDir::toNativeSeparators(file))
                    << '\n';
        return CliExit::ok;
    }
    const auto written = importer.write(checked);
    if (!written)
        return context.fail(written.error());
    context.out << CobuildCommands::tr("%Ln unit(s) imported from %1.", nullptr, written.value()).arg(QDir::toNativeSeparators(file)) << '\n';
    return CliExit::ok;
}

int unitsTemplate(CliContext &context)
{
    const QString out = context.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(CobuildCommands::tr("units template needs --out FILE.xlsx."));
    if (const Outcome written = UnitTemplate::write(*context.database, out); !written)
        return context.fail(written.error());
    context.out << CobuildCommands::tr("The workbook to fill is %1.").arg(QDir::toNativeSeparators(out)) << '\n';
    return CliExit::ok;
}

QList<CliCommand> cobuildCommands()
{
    const QCommandLineOption json(QStringLiteral("json"), CobuildCommands::tr("Print JSON."));
    const QCommandLineOption org(QStringLiteral("org"), CobuildCommands::tr("Only this organisation and everything below it."),
                                 QStringLiteral("ID|PATH"));
    return {
        {{QStringLiteral("cobuild"), QStringLiteral("needs")},
         CobuildCommands::tr("List the needs."),
         CliCommand::Opens::ForReading,
         {json, org, QCommandLineOption(QStringLiteral("state"), CobuildCommands::tr("Only needs in this state (open, matched, fulfilled, withdrawn)."), QStringLiteral("STATE"))},
         {},
         listNeeds},
        {{QStringLiteral("cobuild"), QStringLiteral("match")},
         CobuildCommands::tr("Resources suggested for a need, best first."),
         CliCommand::Opens::ForReading,
         {json,
          QCommandLineOption(QStringLiteral("need"), CobuildCommands::tr("The need's number."), QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("as-of"), CobuildCommands::tr("The date availability is judged on (default today)."), QStringLiteral("YYYY-MM-DD"))},
         {},
         suggestResources},
        {{QStringLiteral("cobuild"), QStringLiteral("link")},
         CobuildCommands::tr("Match a resource to a need."),
         CliCommand::Opens::ForWriting,
         {QCommandLineOption(QStringLiteral("need"), CobuildCommands::tr("The need's number."), QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("resource"), CobuildCommands::tr("The resource's number."), QStringLiteral("ID")),
          QCommandLineOption(QStringLiteral("on"), CobuildCommands::tr("The date of the match (default today)."), QStringLiteral("YYYY-MM-DD"))},
         {},
         linkResource},
        {{QStringLiteral("units"), QStringLiteral("import")},
         CobuildCommands::tr("Import resident units from an Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK), all or nothing."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("check"), CobuildCommands::tr("Only check the file and name every problem; write nothing.")}},
         {QStringLiteral("FILE")},
         importUnits},
        {{QStringLiteral("units"), QStringLiteral("template")},
         CobuildCommands::tr("Write the workbook to fill for units import (the headings, the types, the sub-districts and communities)."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("out"), CobuildCommands::tr("The workbook to write."), QStringLiteral("FILE.xlsx")}},
         {},
         unitsTemplate},
        {{QStringLiteral("meetings"), QStringLiteral("due")},
         CobuildCommands::tr("Organisations due or overdue for their joint meeting."),
         CliCommand::Opens::ForReading,
         {json, org,
          QCommandLineOption(QStringLiteral("as-of"), CobuildCommands::tr("The date to judge on (default today)."), QStringLiteral("YYYY-MM-DD"))},
         {},
         meetingsDue},
    };
}
