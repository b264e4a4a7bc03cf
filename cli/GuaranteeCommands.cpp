// Places and the guarantee list: venues (venues list, venues add, venues close), the space
// standard (guarantee space), work funds (funds add, funds list) and inspections (inspections
// add, inspections list).

#include "CliCommand.h"
#include "CliJson.h"

#include "core/IsoDate.h"
#include "guarantee/GuaranteeService.h"
#include "guarantee/Money.h"
#include "guarantee/SpaceStandard.h"
#include "guarantee/VenueService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {

class GuaranteeCommands
{
    Q_DECLARE_TR_FUNCTIONS(GuaranteeCommands)
};

int listVenues(CliContext &context)
{
    qint64 orgId = 0;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    const auto venues = VenueService::venues(context.database->connection(), orgId, context.parser.isSet(QStringLiteral("all")));
    if (!venues)
        return context.fail(venues.error());
    QJsonArray list;
    for (const Venue &v : venues.value()) {
        if (CliJson::wanted(context)) {
            list.append(QJsonObject{{QStringLiteral("id"), v.id},
                                    {QStringLiteral("org_id"), v.orgId},
                                    {QStringLiteral("organisation"), v.orgName},
                                    {QStringLiteral("kind"), VenueKinds::code(v.kind)},
                                    {QStringLiteral("name"), v.name},
                                    {QStringLiteral("address"), v.address},
                                    {QStringLiteral("area_m2"), v.area},
                                    {QStringLiteral("service_facility"), v.serviceFacility},
                                    {QStringLiteral("opening_hours"), v.openingHours},
                                    {QStringLiteral("offers"), v.offers},
                                    {QStringLiteral("opened_on"), CliJson::date(v.openedOn)},
                                    {QStringLiteral("closed_on"), CliJson::date(v.closedOn)},
                                    {QStringLiteral("uses"), v.uses}});
        } else {
            context.out << v.id << '\t' << v.orgName << '\t' << VenueKinds::displayName(v.kind) << '\t' << v.name << '\t' << v.area
                        << '\t' << v.openingHours << '\n';
        }
    }
    if (CliJson::wanted(context))
        CliJson::print(context, list);
    return CliExit::ok;
}

int addVenue(CliContext &context)
{
    Venue venue;
    const auto org = context.organisationOption(QStringLiteral("org"));
    if (!org)
        return CliExit::refused;
    venue.orgId = *org;
    const auto kind = VenueKinds::fromCode(context.parser.value(QStringLiteral("kind")));
    if (!kind) {
        QStringList codes;
        for (VenueKind k : VenueKinds::all())
            codes.append(VenueKinds::code(k));
        return context.usage(GuaranteeCommands::tr("--kind is one of: %1.").arg(codes.join(QStringLiteral(", "))));
    }
    venue.kind = *kind;
    venue.name = context.parser.value(QStringLiteral("name"));
    qint64 area = -1;
    if (!context.numberOption(QStringLiteral("area"), 0, VenueService::maxArea, &area))
        return CliExit::usage;
    if (area < 0)
        return context.usage(GuaranteeCommands::tr("venues add needs --area M2 (square metres)."));
    venue.area = int(area);
    venue.address = context.parser.value(QStringLiteral("address"));
    venue.openingHours = context.parser.value(QStringLiteral("hours"));
    venue.offers = context.parser.value(QStringLiteral("offers"));
    const bool facility = context.parser.isSet(QStringLiteral("facility"));
    const bool notFacility = context.parser.isSet(QStringLiteral("not-facility"));
    if (facility && notFacility)
        return context.usage(GuaranteeCommands::tr("Give --facility or --not-facility, not both."));
    venue.serviceFacility = facility || (!notFacility && VenueKinds::countsAsFacility(*kind));
    if (!context.dateOption(QStringLiteral("opened"), &venue.openedOn))
        return CliExit::usage;
    VenueService service(*context.database);
    const auto id = service.add(venue);
    if (!id)
        return context.fail(id.error());
    context.out << id.value() << '\n';
    return CliExit::ok;
}

int closeVenue(CliContext &context)
{
    qint64 id = 0;
    if (!context.number(context.parser.positionalArguments().value(0), GuaranteeCommands::tr("The venue's number"), 1,
                        std::numeric_limits<qint64>::max(), &id))
        return CliExit::usage;
    QDate on = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("on"), &on))
        return CliExit::usage;
    VenueService service(*context.database);
    if (const Outcome closed = service.close(id, on); !closed)
        return context.fail(closed.error());
    return CliExit::ok;
}

int space(CliContext &context)
{
    qint64 orgId = 0;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    QDate on = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("on"), &on))
        return CliExit::usage;
    const auto communities = SpaceStandard::compute(context.database->connection(), orgId, on);
    if (!communities)
        return context.fail(communities.error());
    QJsonArray list;
    for (const CommunitySpace &c : communities.value()) {
        if (CliJson::wanted(context)) {
            list.append(QJsonObject{{QStringLiteral("org_id"), c.orgId},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("subdistrict"), c.parentName},
                                    {QStringLiteral("households"), c.known() ? QJsonValue(c.households) : QJsonValue()},
                                    {QStringLiteral("required_m2"), c.known() ? QJsonValue(c.required()) : QJsonValue()},
                                    {QStringLiteral("area_m2"), c.area},
                                    {QStringLiteral("venues"), c.venues},
                                    {QStringLiteral("meets"), c.known() ? QJsonValue(c.meets()) : QJsonValue()},
                                    {QStringLiteral("short_m2"), c.shortBy()}});
        } else {
            const QString result = !c.known() ? GuaranteeCommands::tr("households not given")
                                   : c.meets() ? GuaranteeCommands::tr("meets the standard")
                                               : GuaranteeCommands::tr("short by %1 m²").arg(c.shortBy());
            context.out << c.name << '\t' << (c.known() ? QString::number(c.households) : QStringLiteral("-")) << '\t' << c.area
                        << '\t' << result << '\n';
        }
    }
    if (CliJson::wanted(context))
        CliJson::print(context, list);
    return CliExit::ok;
}

int addFund(CliContext &context)
{
    FundEntry entry;
    const auto org = context.organisationOption(QStringLiteral("org"));
    if (!org)
        return CliExit::refused;
    entry.orgId = *org;
    const bool allot = context.parser.isSet(QStringLiteral("allot"));
    if (allot == context.parser.isSet(QStringLiteral("spend")))
        return context.usage(GuaranteeCommands::tr("funds add needs either --allot AMOUNT or --spend AMOUNT."));
    entry.kind = allot ? FundEntry::Kind::Allotted : FundEntry::Kind::Spent;
    const QString text = context.parser.value(allot ? QStringLiteral("allot") : QStringLiteral("spend"));
    const auto amount = Money::parseYuan(text);
    if (!amount)
        return context.usage(GuaranteeCommands::tr("The amount \"%1\" is not yuan with at most two decimals, such as 200000 or 1250.50.").arg(text));
    entry.amount = *amount;
    entry.on = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("on"), &entry.on))
        return CliExit::usage;
    qint64 year = entry.on.year();
    if (!context.numberOption(QStringLiteral("year"), 2000, 2100, &year))
        return CliExit::usage;
    entry.year = int(year);
    entry.source = context.parser.value(QStringLiteral("source"));
    entry.purpose = context.parser.value(QStringLiteral("purpose"));
    GuaranteeService service(*context.database);
    const auto id = service.addFund(entry);
    if (!id)
        return context.fail(id.error());
    context.out << id.value() << '\n';
    return CliExit::ok;
}

int listFunds(CliContext &context)
{
    qint64 orgId = 0;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    qint64 year = QDate::currentDate().year();
    if (!context.numberOption(QStringLiteral("year"), 2000, 2100, &year))
        return CliExit::usage;
    const auto use = GuaranteeService::fundUse(context.database->connection(), orgId, int(year));
    if (!use)
        return context.fail(use.error());
    QJsonArray list;
    for (const FundUse &u : use.value()) {
        if (CliJson::wanted(context)) {
            list.append(QJsonObject{{QStringLiteral("org_id"), u.orgId},
                                    {QStringLiteral("organisation"), u.name},
                                    {QStringLiteral("year"), u.year},
                                    {QStringLiteral("allotted_yuan"), Money::toYuan(u.allotted)},
                                    {QStringLiteral("spent_yuan"), Money::toYuan(u.spent)},
                                    {QStringLiteral("balance_yuan"), Money::toYuan(u.balance())}});
        } else {
            context.out << u.name << '\t' << u.year << '\t' << Money::yuan(u.allotted, false) << '\t' << Money::yuan(u.spent, false)
                        << '\t' << Money::yuan(u.balance(), false) << '\n';
        }
    }
    if (CliJson::wanted(context))
        CliJson::print(context, list);
    return CliExit::ok;
}

int addInspection(CliContext &context)
{
    Inspection inspection;
    const auto org = context.organisationOption(QStringLiteral("org"));
    if (!org)
        return CliExit::refused;
    inspection.orgId = *org;
    inspection.inspectedOn = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("on"), &inspection.inspectedOn))
        return CliExit::usage;
    inspection.inspectors = context.parser.value(QStringLiteral("inspectors"));
    inspection.findings = context.parser.value(QStringLiteral("findings"));
    if (context.parser.isSet(QStringLiteral("due")) && !context.parser.isSet(QStringLiteral("task")))
        return context.usage(GuaranteeCommands::tr("--due is the follow-up tasks' day; give them with --task."));
    QDate due = inspection.inspectedOn.addDays(30);
    if (!context.dateOption(QStringLiteral("due"), &due))
        return CliExit::usage;
    for (const QString &title : context.parser.values(QStringLiteral("task")))
        inspection.followUps.append({title, due});
    GuaranteeService service(*context.database);
    const auto id = service.addInspection(inspection);
    if (!id)
        return context.fail(id.error());
    context.out << id.value() << '\n';
    return CliExit::ok;
}

int listInspections(CliContext &context)
{
    CliContext::Period period;
    if (const auto wrong = context.periodOptions(&period))
        return *wrong;
    const QDate to = period.to.isValid() ? period.to : QDate::currentDate();
    const QDate from = period.from.isValid() ? period.from : QDate(to.year(), 1, 1);
    const auto inspections = GuaranteeService::inspections(context.database->connection(), period.orgId, from, to);
    if (!inspections)
        return context.fail(inspections.error());
    QJsonArray list;
    for (const Inspection &i : inspections.value()) {
        if (CliJson::wanted(context)) {
            list.append(QJsonObject{{QStringLiteral("id"), i.id},
                                    {QStringLiteral("org_id"), i.orgId},
                                    {QStringLiteral("organisation"), i.orgName},
                                    {QStringLiteral("on"), IsoDate::format(i.inspectedOn)},
                                    {QStringLiteral("inspectors"), i.inspectors},
                                    {QStringLiteral("findings"), i.findings},
                                    {QStringLiteral("tasks"), i.tasks},
                                    {QStringLiteral("tasks_open"), i.tasksOpen}});
        } else {
            context.out << i.id << '\t' << IsoDate::format(i.inspectedOn) << '\t' << i.orgName << '\t' << i.tasks << '\t'
                        << i.tasksOpen << '\n';
        }
    }
    if (CliJson::wanted(context))
        CliJson::print(context, list);
    return CliExit::ok;
}

} // namespace

QList<CliCommand> guaranteeCommands()
{
    const QCommandLineOption json(QStringLiteral("json"), GuaranteeCommands::tr("Print JSON."));
    const QCommandLineOption org(QStringLiteral("org"), GuaranteeCommands::tr("Only this organisation and below."), QStringLiteral("ID|PATH"));
    const QCommandLineOption orgOf(QStringLiteral("org"), GuaranteeCommands::tr("The organisation."), QStringLiteral("ID|PATH"));
    const QCommandLineOption on(QStringLiteral("on"), GuaranteeCommands::tr("The day (default today)."), QStringLiteral("YYYY-MM-DD"));
    return {
        {{QStringLiteral("venues"), QStringLiteral("list")},
         GuaranteeCommands::tr("List the venues (阵地): service centres and stations, red posts, activity rooms."),
         CliCommand::Opens::ForReading,
         {org, {QStringLiteral("all"), GuaranteeCommands::tr("Closed venues too.")}, json},
         {},
         listVenues},
        {{QStringLiteral("venues"), QStringLiteral("add")},
         GuaranteeCommands::tr("Register a venue; prints its number."),
         CliCommand::Opens::ForWriting,
         {orgOf,
          {QStringLiteral("kind"), GuaranteeCommands::tr("service_centre, service_station, red_post, activity_room or other."), QStringLiteral("KIND")},
          {QStringLiteral("name"), GuaranteeCommands::tr("Its name."), QStringLiteral("TEXT")},
          {QStringLiteral("area"), GuaranteeCommands::tr("Its area in square metres."), QStringLiteral("M2")},
          {QStringLiteral("address"), GuaranteeCommands::tr("Its address."), QStringLiteral("TEXT")},
          {QStringLiteral("hours"), GuaranteeCommands::tr("Its opening hours."), QStringLiteral("TEXT")},
          {QStringLiteral("offers"), GuaranteeCommands::tr("What it offers."), QStringLiteral("TEXT")},
          {QStringLiteral("opened"), GuaranteeCommands::tr("The day it opened."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("facility"), GuaranteeCommands::tr("Counts towards the community's service facilities (the default but for red posts and others).")},
          {QStringLiteral("not-facility"), GuaranteeCommands::tr("Does not count towards the service facilities.")}},
         {},
         addVenue},
        {{QStringLiteral("venues"), QStringLiteral("close")},
         GuaranteeCommands::tr("Close a venue from a day on."),
         CliCommand::Opens::ForWriting,
         {on},
         {QStringLiteral("ID")},
         closeVenue},
        {{QStringLiteral("guarantee"), QStringLiteral("space")},
         GuaranteeCommands::tr("Each community's service facilities against the standard of 30 m² per 100 households."),
         CliCommand::Opens::ForReading,
         {org, on, json},
         {},
         space},
        {{QStringLiteral("funds"), QStringLiteral("add")},
         GuaranteeCommands::tr("Allot work funds to an organisation for a year, or record what it spent; prints the entry's number."),
         CliCommand::Opens::ForWriting,
         {orgOf,
          {QStringLiteral("allot"), GuaranteeCommands::tr("Allotted, in yuan."), QStringLiteral("AMOUNT")},
          {QStringLiteral("spend"), GuaranteeCommands::tr("Spent, in yuan."), QStringLiteral("AMOUNT")},
          {QStringLiteral("year"), GuaranteeCommands::tr("The funds' year (default that of the day)."), QStringLiteral("YYYY")},
          on,
          {QStringLiteral("source"), GuaranteeCommands::tr("Who allotted them."), QStringLiteral("TEXT")},
          {QStringLiteral("purpose"), GuaranteeCommands::tr("What they were spent on."), QStringLiteral("TEXT")}},
         {},
         addFund},
        {{QStringLiteral("funds"), QStringLiteral("list")},
         GuaranteeCommands::tr("Each organisation's work funds of a year: allotted, spent, balance."),
         CliCommand::Opens::ForReading,
         {org, {QStringLiteral("year"), GuaranteeCommands::tr("The year (default this one)."), QStringLiteral("YYYY")}, json},
         {},
         listFunds},
        {{QStringLiteral("inspections"), QStringLiteral("add")},
         GuaranteeCommands::tr("Record an inspection (巡查) and the follow-up tasks it sets; prints its number."),
         CliCommand::Opens::ForWriting,
         {orgOf,
          on,
          {QStringLiteral("inspectors"), GuaranteeCommands::tr("Who inspected."), QStringLiteral("TEXT")},
          {QStringLiteral("findings"), GuaranteeCommands::tr("What they found."), QStringLiteral("TEXT")},
          {QStringLiteral("task"), GuaranteeCommands::tr("A follow-up task (repeatable)."), QStringLiteral("TITLE")},
          {QStringLiteral("due"), GuaranteeCommands::tr("When the tasks are due (default 30 days on)."), QStringLiteral("YYYY-MM-DD")}},
         {},
         addInspection},
        {{QStringLiteral("inspections"), QStringLiteral("list")},
         GuaranteeCommands::tr("List the inspections, newest first (default: this year)."),
         CliCommand::Opens::ForReading,
         {org,
          {QStringLiteral("from"), GuaranteeCommands::tr("From this date."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("to"), GuaranteeCommands::tr("Up to this date."), QStringLiteral("YYYY-MM-DD")},
          json},
         {},
         listInspections},
    };
}
