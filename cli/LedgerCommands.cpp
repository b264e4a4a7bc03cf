// Commands on the people's ledger and its calendar: due, calendar import/list, ledger add/act/show/list.

#include "CliCommand.h"

#include "calendar/CalendarRepository.h"
#include "calendar/WorkCalendar.h"
#include "core/IsoDate.h"
#include "cobuild/UnitService.h"
#include "ledger/LedgerReporters.h"
#include "ledger/LedgerService.h"
#include "ledger/WhistleCatalogue.h"
#include "org/OrgRepository.h"
#include "points/PointsService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace {

constexpr qint64 maxId = std::numeric_limits<qint64>::max();

class LedgerCommands
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCommands)
};

QString who(CliContext &context)
{
    if (context.parser.isSet(QStringLiteral("who")))
        return context.parser.value(QStringLiteral("who"));
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? LedgerCommands::tr("the office") : user;
}

int due(CliContext &context)
{
    QDate from;
    if (!context.parser.isSet(QStringLiteral("from")))
        return context.usage(LedgerCommands::tr("due needs --from YYYY-MM-DD."));
    if (!context.dateOption(QStringLiteral("from"), &from))
        return CliExit::usage;
    qint64 days = -1;
    if (!context.numberOption(QStringLiteral("days"), 0, WorkCalendar::maxWorkingDays, &days))
        return CliExit::usage;
    if (days < 0)
        return context.usage(LedgerCommands::tr("due needs --days N (working days)."));
    const QDate due = WorkCalendar::load(*context.database).addWorkingDays(from, int(days));
    if (!due.isValid())
        return context.fail(LedgerCommands::tr("%Ln working day(s) after %1 lies beyond the years the calendar keeps.", nullptr, int(days))
                                .arg(IsoDate::format(from)));
    context.out << IsoDate::format(due) << '\n';
    return CliExit::ok;
}

int calendarImport(CliContext &context)
{
    const QString path = context.parser.positionalArguments().value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(LedgerCommands::tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    CalendarRepository calendar(*context.database);
    QList<CalendarRepository::Problem> problems;
    const auto written = calendar.importCsv(file.readAll(), &problems);
    if (!written) {
        for (const auto &problem : problems)
            context.err << LedgerCommands::tr("line %1: %2").arg(problem.line).arg(problem.message) << '\n';
        return context.fail(written.error());
    }
    context.out << LedgerCommands::tr("%Ln day(s) imported.", nullptr, written.value()) << '\n';
    return CliExit::ok;
}

int calendarList(CliContext &context)
{
    qint64 year = 0;
    if (!context.numberOption(QStringLiteral("year"), IsoDate::minYear, IsoDate::maxYear, &year))
        return CliExit::usage;
    if (!year)
        return context.usage(LedgerCommands::tr("calendar list needs --year YYYY."));
    const auto days = CalendarRepository(*context.database).year(int(year));
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CalendarDay &day : days)
            array.append(QJsonObject{{QStringLiteral("date"), IsoDate::format(day.date)},
                                     {QStringLiteral("kind"), day.holiday ? QStringLiteral("holiday") : QStringLiteral("workday")},
                                     {QStringLiteral("name"), day.name}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
        return CliExit::ok;
    }
    context.out << "date,kind,name\n";
    for (const CalendarDay &day : days)
        context.out << IsoDate::format(day.date) << ',' << (day.holiday ? "holiday" : "workday") << ',' << day.name << '\n';
    return CliExit::ok;
}

int ledgerAdd(CliContext &context)
{
    PointsService points(*context.database);
    LedgerService ledger(*context.database, points);
    LedgerItem item;
    const auto org = context.organisationOption(QStringLiteral("grid"));
    if (!org)
        return CliExit::refused;
    item.orgId = *org;
    const QString category = context.parser.value(QStringLiteral("category"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    const auto found = digits.match(category).hasMatch() ? std::optional<qint64>(category.toLongLong())
                                                         : ledger.repository().categoryByName(category);
    if (!found || !ledger.repository().category(*found))
        return context.fail(LedgerCommands::tr("There is no category \"%1\".").arg(category));
    item.categoryId = *found;
    item.title = context.parser.value(QStringLiteral("title"));
    item.description = context.parser.value(QStringLiteral("description"));
    item.location = context.parser.value(QStringLiteral("location"));
    item.residentName = context.parser.value(QStringLiteral("resident"));
    item.residentPhone = context.parser.value(QStringLiteral("phone"));
    if (context.parser.isSet(QStringLiteral("urgency"))) {
        const auto urgency = LedgerFlow::urgencyFromCode(context.parser.value(QStringLiteral("urgency")));
        if (!urgency)
            return context.usage(LedgerCommands::tr("--urgency is ordinary, urgent or emergency."));
        item.urgency = *urgency;
    }
    if (context.parser.isSet(QStringLiteral("source"))) {
        const auto source = LedgerFlow::sourceFromCode(context.parser.value(QStringLiteral("source")));
        if (!source)
            return context.usage(LedgerCommands::tr("--source is diary, visit, order, hotline or walk_in."));
        item.source = *source;
    }
    // Who reported it: role:ID (a grid worker, an informant), member:ID, household:ID.
    for (const QString &option : {QStringLiteral("reporter"), QStringLiteral("household")}) {
        if (!context.parser.isSet(option))
            continue;
        const QString value = context.parser.value(option);
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        const QString kind = option == QLatin1String("household") ? QStringLiteral("household") : value.left(colon);
        qint64 reporter = 0;
        if (!context.number(option == QLatin1String("household") ? value : value.mid(colon + 1),
                            LedgerCommands::tr("The number in --%1").arg(option), 1, maxId, &reporter))
            return CliExit::usage;
        if (kind == QLatin1String("role"))
            item.reporterRoleId = reporter;
        else if (kind == QLatin1String("member"))
            item.reporterMemberId = reporter;
        else if (kind == QLatin1String("household"))
            item.householdId = reporter;
        else
            return context.usage(LedgerCommands::tr("--reporter is role:ID, member:ID or household:ID."));
    }
    item.recordedOn = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("at"), &item.recordedOn))
        return CliExit::usage;
    const auto id = ledger.add(item, who(context));
    if (!id)
        return context.fail(id.error());
    context.out << id.value() << '\n';
    return CliExit::ok;
}

int ledgerAct(CliContext &context)
{
    const QStringList args = context.parser.positionalArguments();
    qint64 id = 0;
    if (!context.number(args.value(0), LedgerCommands::tr("The item's number"), 1, maxId, &id))
        return CliExit::usage;
    const auto action = LedgerFlow::actionFromCode(args.value(1));
    if (!action)
        return context.usage(LedgerCommands::tr("Unknown action \"%1\"; the actions are accept, dispatch, take, escalate, "
                                                "report, report_done, progress, suspend, resume, close, sign_off, send_back, visit.")
                                 .arg(args.value(1)));
    LedgerStep step;
    step.action = *action;
    step.who = who(context);
    step.note = context.parser.value(QStringLiteral("note"));
    if (!context.dateOption(QStringLiteral("at"), &step.on) || !context.dateOption(QStringLiteral("limit"), &step.limit))
        return CliExit::usage;
    const QString to = context.parser.value(QStringLiteral("to"));
    if (to.startsWith(QLatin1String("member:"))) {
        if (!context.number(to.mid(7), LedgerCommands::tr("The member's number after member:"), 1, maxId, &step.toMemberId))
            return CliExit::usage;
    } else {
        step.to = to;
    }
    if (context.parser.isSet(QStringLiteral("unit"))) {
        const QString unit = context.parser.value(QStringLiteral("unit"));
        const auto found = UnitService::find(*context.database, unit);
        if (!found)
            return context.fail(LedgerCommands::tr("There is no unit %1 in the register.").arg(unit));
        step.toUnitId = *found;
    }
    if (context.parser.isSet(QStringLiteral("matter"))) {
        const auto matter = WhistleCatalogue(*context.database).findMatter(context.parser.value(QStringLiteral("matter")));
        if (!matter)
            return context.fail(LedgerCommands::tr("There is no matter %1 in the whistle catalogue (whistle catalogue lists them).")
                                    .arg(context.parser.value(QStringLiteral("matter"))));
        step.matterId = matter->id;
    }
    if (context.parser.isSet(QStringLiteral("whistle"))) {
        step.whistle = LedgerFlow::whistleFromCode(context.parser.value(QStringLiteral("whistle")));
        if (!step.whistle)
            return context.usage(LedgerCommands::tr("--whistle is quick, emergency or tough."));
    }
    if (context.parser.isSet(QStringLiteral("satisfaction"))) {
        step.satisfaction = LedgerFlow::satisfactionFromCode(context.parser.value(QStringLiteral("satisfaction")));
        if (!step.satisfaction)
            return context.usage(LedgerCommands::tr("--satisfaction is satisfied, basically_satisfied or dissatisfied."));
    }
    PointsService points(*context.database);
    LedgerService ledger(*context.database, points);
    if (const Outcome done = ledger.act(id, step); !done)
        return context.fail(done.error());
    context.out << LedgerFlow::code(ledger.repository().find(id)->state) << '\n';
    return CliExit::ok;
}

int ledgerShow(CliContext &context)
{
    qint64 id = 0;
    if (!context.number(context.parser.positionalArguments().value(0), LedgerCommands::tr("The item's number"), 1, maxId, &id))
        return CliExit::usage;
    const LedgerRepository ledger(*context.database);
    const auto item = ledger.find(id);
    if (!item)
        return context.fail(LedgerCommands::tr("There is no ledger item with number %1.").arg(context.parser.positionalArguments().value(0)));
    QJsonArray events;
    for (const LedgerEvent &event : ledger.events(id)) {
        events.append(QJsonObject{{QStringLiteral("on"), IsoDate::format(event.happenedOn)},
                                  {QStringLiteral("who"), event.who},
                                  {QStringLiteral("action"), event.isRecording ? QStringLiteral("record") : LedgerFlow::code(event.action)},
                                  {QStringLiteral("from"), event.fromState ? LedgerFlow::code(*event.fromState) : QString()},
                                  {QStringLiteral("to"), LedgerFlow::code(event.toState)},
                                  {QStringLiteral("detail"), event.detail},
                                  {QStringLiteral("note"), event.note}});
    }
    QJsonArray summons;
    for (const Summons &one : LedgerSummons(*context.database).of(id)) {
        summons.append(QJsonObject{{QStringLiteral("department"), one.department},
                                   {QStringLiteral("summoned_on"), IsoDate::format(one.summonedOn)},
                                   {QStringLiteral("due_on"), IsoDate::format(one.dueOn)},
                                   {QStringLiteral("reported_on"), IsoDate::format(one.reportedOn)},
                                   {QStringLiteral("done_on"), IsoDate::format(one.doneOn)}});
    }
    const auto matter = item->whistleMatterId ? WhistleCatalogue(*context.database).matter(item->whistleMatterId) : std::nullopt;
    const auto category = ledger.category(item->categoryId);
    QJsonObject object{{QStringLiteral("id"), item->id},
                       {QStringLiteral("state"), LedgerFlow::code(item->state)},
                       {QStringLiteral("title"), item->title},
                       {QStringLiteral("category"), category ? category->name : QString()},
                       {QStringLiteral("organisation"), OrgRepository(*context.database).path(item->orgId)},
                       {QStringLiteral("urgency"), LedgerFlow::code(item->urgency)},
                       {QStringLiteral("recorded_on"), IsoDate::format(item->recordedOn)},
                       {QStringLiteral("due_on"), IsoDate::format(item->dueOn)},
                       {QStringLiteral("reporter"), LedgerReporters::describe(*context.database, *item)},
                       {QStringLiteral("reporter_role_id"), item->reporterRoleId ? QJsonValue(item->reporterRoleId) : QJsonValue()},
                       {QStringLiteral("reporter_member_id"), item->reporterMemberId ? QJsonValue(item->reporterMemberId) : QJsonValue()},
                       {QStringLiteral("household_id"), item->householdId ? QJsonValue(item->householdId) : QJsonValue()},
                       {QStringLiteral("holder"), item->holder},
                       {QStringLiteral("holder_unit_id"), item->holderUnitId ? QJsonValue(item->holderUnitId) : QJsonValue()},
                       {QStringLiteral("holder_due_on"), IsoDate::format(item->holderDueOn)},
                       {QStringLiteral("whistle_matter"), matter ? matter->name : QString()},
                       {QStringLiteral("summons"), summons},
                       {QStringLiteral("closed_on"), IsoDate::format(item->closedOn)},
                       {QStringLiteral("satisfaction"), item->satisfaction ? LedgerFlow::code(*item->satisfaction) : QString()},
                       {QStringLiteral("reopened"), item->reopened},
                       {QStringLiteral("events"), events}};
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(context.parser.isSet(QStringLiteral("json"))
                                                                      ? QJsonDocument::Indented
                                                                      : QJsonDocument::Indented));
    return CliExit::ok;
}

int ledgerList(CliContext &context)
{
    LedgerFilter filter;
    if (context.parser.isSet(QStringLiteral("org"))) {
        const auto org = context.organisationOption(QStringLiteral("org"));
        if (!org)
            return CliExit::refused;
        filter.orgId = *org;
    }
    if (context.parser.isSet(QStringLiteral("state"))) {
        const QString state = context.parser.value(QStringLiteral("state"));
        if (state == QLatin1String("overdue")) {
            filter.overdueOnly = true;
        } else {
            filter.state = LedgerFlow::stateFromCode(state);
            if (!filter.state)
                return context.usage(LedgerCommands::tr("Unknown state \"%1\".").arg(state));
        }
    }
    if (!context.dateOption(QStringLiteral("from"), &filter.recordedFrom) || !context.dateOption(QStringLiteral("to"), &filter.recordedTo))
        return CliExit::usage;
    filter.text = context.parser.value(QStringLiteral("text"));
    qint64 limit = 100;
    if (!context.numberOption(QStringLiteral("limit"), 1, 1000000, &limit))
        return CliExit::usage;
    const LedgerRepository ledger(*context.database);
    QList<LedgerRow> rows;
    while (rows.size() < limit) {
        const auto page = ledger.page(filter, LedgerSort::RecordedNewest, rows.isEmpty() ? std::nullopt : std::optional(rows.constLast()),
                                      int(std::min<qint64>(500, limit - rows.size())));
        rows.append(page);
        if (page.isEmpty())
            break;
    }
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const LedgerRow &row : rows)
            array.append(QJsonObject{{QStringLiteral("id"), row.id},
                                     {QStringLiteral("recorded_on"), IsoDate::format(row.recordedOn)},
                                     {QStringLiteral("due_on"), IsoDate::format(row.dueOn)},
                                     {QStringLiteral("state"), LedgerFlow::code(row.state)},
                                     {QStringLiteral("urgency"), LedgerFlow::code(row.urgency)},
                                     {QStringLiteral("category"), row.category},
                                     {QStringLiteral("title"), row.title},
                                     {QStringLiteral("organisation"), row.orgName}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
        return CliExit::ok;
    }
    for (const LedgerRow &row : rows)
        context.out << row.id << '\t' << IsoDate::format(row.recordedOn) << '\t' << LedgerFlow::code(row.state) << '\t'
                    << row.orgName << '\t' << row.title << '\n';
    return CliExit::ok;
}

} // namespace

QList<CliCommand> ledgerCommands()
{
    const QCommandLineOption json(QStringLiteral("json"), LedgerCommands::tr("Print JSON."));
    const QCommandLineOption at(QStringLiteral("at"), LedgerCommands::tr("The date (default today)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption whoOption(QStringLiteral("who"), LedgerCommands::tr("Who did it (default: the user)."), QStringLiteral("NAME"));
    return {
        {{QStringLiteral("due")},
         LedgerCommands::tr("Print the date N working days after a date, by the calendar in the database."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("from"), LedgerCommands::tr("The start date (not counted)."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("days"), LedgerCommands::tr("Working days."), QStringLiteral("N")}},
         {},
         due},
        {{QStringLiteral("calendar"), QStringLiteral("import")},
         LedgerCommands::tr("Import holidays and make-up working days (date,kind,name), all or nothing."),
         CliCommand::Opens::ForWriting,
         {},
         {QStringLiteral("FILE")},
         calendarImport},
        {{QStringLiteral("calendar"), QStringLiteral("list")},
         LedgerCommands::tr("List the holidays and make-up working days of a year."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("year"), LedgerCommands::tr("The year."), QStringLiteral("YYYY")}, json},
         {},
         calendarList},
        {{QStringLiteral("ledger"), QStringLiteral("add")},
         LedgerCommands::tr("Record a ledger item; prints its number."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("grid"), LedgerCommands::tr("Id or path of the grid (or community)."), QStringLiteral("PATH|ID")},
          {QStringLiteral("category"), LedgerCommands::tr("The category's name or number."), QStringLiteral("C")},
          {QStringLiteral("title"), LedgerCommands::tr("What the resident asks."), QStringLiteral("T")},
          {QStringLiteral("description"), LedgerCommands::tr("More detail."), QStringLiteral("TEXT")},
          {QStringLiteral("location"), LedgerCommands::tr("Where."), QStringLiteral("TEXT")},
          {QStringLiteral("resident"), LedgerCommands::tr("The resident's name."), QStringLiteral("NAME")},
          {QStringLiteral("phone"), LedgerCommands::tr("The resident's phone."), QStringLiteral("PHONE")},
          {QStringLiteral("urgency"), LedgerCommands::tr("ordinary, urgent or emergency."), QStringLiteral("U")},
          {QStringLiteral("source"), LedgerCommands::tr("diary, visit, order, hotline or walk_in."), QStringLiteral("S")},
          {QStringLiteral("reporter"), LedgerCommands::tr("Who reported it: role:ID (a grid worker, an informant), member:ID or "
                                                          "household:ID."),
           QStringLiteral("KIND:ID")},
          {QStringLiteral("household"), LedgerCommands::tr("The party-member household it belongs to."), QStringLiteral("ID")},
          at, whoOption},
         {},
         ledgerAdd},
        {{QStringLiteral("ledger"), QStringLiteral("act")},
         LedgerCommands::tr("Take a step on an item: accept, dispatch, take, escalate, report, report_done, progress, suspend, "
                            "resume, close, sign_off, send_back, visit."),
         CliCommand::Opens::ForWriting,
         {at, whoOption,
          {QStringLiteral("to"), LedgerCommands::tr("dispatch: member:ID or a volunteer; report, report_done: the department; "
                                                    "sign_off: the leader."),
           QStringLiteral("WHO")},
          {QStringLiteral("unit"), LedgerCommands::tr("dispatch: a unit of the register, by name or number."), QStringLiteral("U")},
          {QStringLiteral("limit"), LedgerCommands::tr("dispatch: the holder's time limit (a unit's default: the item's due date)."),
           QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("matter"), LedgerCommands::tr("escalate: the matter of the whistle catalogue, by name or number."),
           QStringLiteral("M")},
          {QStringLiteral("whistle"), LedgerCommands::tr("escalate, when the catalogue is empty: quick, emergency or tough."),
           QStringLiteral("W")},
          {QStringLiteral("note"), LedgerCommands::tr("close: the result; suspend: the reason; any step: a note."), QStringLiteral("TEXT")},
          {QStringLiteral("satisfaction"), LedgerCommands::tr("visit: satisfied, basically_satisfied or dissatisfied."), QStringLiteral("S")}},
         {QStringLiteral("ID"), QStringLiteral("ACTION")},
         ledgerAct},
        {{QStringLiteral("ledger"), QStringLiteral("show")},
         LedgerCommands::tr("Print an item with its history."),
         CliCommand::Opens::ForReading,
         {json},
         {QStringLiteral("ID")},
         ledgerShow},
        {{QStringLiteral("ledger"), QStringLiteral("list")},
         LedgerCommands::tr("List items, newest first."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("org"), LedgerCommands::tr("Only this organisation and below."), QStringLiteral("PATH|ID")},
          {QStringLiteral("state"), LedgerCommands::tr("A state, or overdue."), QStringLiteral("S")},
          {QStringLiteral("from"), LedgerCommands::tr("Recorded on or after."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("to"), LedgerCommands::tr("Recorded on or before."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("text"), LedgerCommands::tr("Words in the title, description or location."), QStringLiteral("T")},
          {QStringLiteral("limit"), LedgerCommands::tr("At most N items (default 100)."), QStringLiteral("N")},
          json},
         {},
         ledgerList},
    };
}
