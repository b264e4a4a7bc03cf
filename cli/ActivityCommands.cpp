// Activities and meetings of every kind: activities list, activities log, meetings list,
// meetings record, tasks add (a meeting's resolution, or any task, on the task list).

#include "CliCommand.h"
#include "CliJson.h"

#include "cobuild/ActivityService.h"
#include "cobuild/MeetingService.h"
#include "core/IsoDate.h"
#include "points/PointsService.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <limits>

namespace {

class ActivityCommands
{
    Q_DECLARE_TR_FUNCTIONS(ActivityCommands)
};

template <typename E>
QString codesOf()
{
    QStringList codes;
    for (E value : Cobuild::all<E>())
        codes.append(Cobuild::code(value));
    return codes.join(QStringLiteral(", "));
}

/// The enum value an option names; nullopt with a usage message when it names none. Not given:
/// fallback.
template <typename E>
std::optional<E> kindOption(const CliContext &context, std::optional<E> fallback, bool *wrong)
{
    *wrong = false;
    if (!context.parser.isSet(QStringLiteral("kind")))
        return fallback;
    const auto kind = Cobuild::fromCode<E>(context.parser.value(QStringLiteral("kind")));
    if (!kind) {
        *wrong = true;
        context.usage(ActivityCommands::tr("--kind is one of: %1.").arg(codesOf<E>()));
    }
    return kind;
}

/// The ids a repeatable option gives, each a whole number from 1; false (with a message) when one is not.
bool idsOption(const CliContext &context, const QString &name, QList<qint64> *ids)
{
    for (const QString &text : context.parser.values(name)) {
        qint64 id = 0;
        if (!context.number(text, QStringLiteral("--%1").arg(name), 1, std::numeric_limits<qint64>::max(), &id))
            return false;
        ids->append(id);
    }
    return true;
}

int listActivities(CliContext &context)
{
    CliContext::Period period;
    if (const auto wrong = context.periodOptions(&period))
        return *wrong;
    bool wrong = false;
    const auto kind = kindOption<ActivityKind>(context, std::nullopt, &wrong);
    if (wrong)
        return CliExit::usage;
    const auto lines = ActivityService::lines(context.database->connection(), period.orgId, period.from, period.to, kind);
    if (!lines)
        return context.fail(lines.error());
    QJsonArray list;
    for (const ActivityLine &a : lines.value()) {
        if (CliJson::wanted(context)) {
            list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("org_id"), a.orgId},
                                    {QStringLiteral("organisation"), a.organisation},
                                    {QStringLiteral("kind"), Cobuild::code(a.kind)},
                                    {QStringLiteral("agreement_id"), a.agreementId ? QJsonValue(a.agreementId) : QJsonValue()},
                                    {QStringLiteral("unit"), a.agreementId ? QJsonValue(a.unit) : QJsonValue()},
                                    {QStringLiteral("held_on"), CliJson::date(a.heldOn)},
                                    {QStringLiteral("title"), a.title},
                                    {QStringLiteral("participants"), a.participants},
                                    {QStringLiteral("members_taking_part"), a.members},
                                    {QStringLiteral("hours"), a.hours > 0 ? QJsonValue(a.hours) : QJsonValue()},
                                    {QStringLiteral("venue"), a.venue.isEmpty() ? QJsonValue() : QJsonValue(a.venue)}});
        } else {
            context.out << a.id << '\t' << IsoDate::format(a.heldOn) << '\t' << a.organisation << '\t' << Cobuild::displayName(a.kind)
                        << '\t' << a.title << '\t' << a.participants << '\n';
        }
    }
    if (CliJson::wanted(context))
        CliJson::print(context, list);
    return CliExit::ok;
}

int logActivity(CliContext &context)
{
    Activity activity;
    bool wrong = false;
    const auto kind = kindOption<ActivityKind>(context, ActivityKind::Joint, &wrong);
    if (wrong)
        return CliExit::usage;
    activity.kind = *kind;
    if (context.parser.isSet(QStringLiteral("org"))) {
        const auto org = context.organisationOption(QStringLiteral("org"));
        if (!org)
            return CliExit::refused;
        activity.orgId = *org;
    }
    qint64 number = 0;
    if (!context.numberOption(QStringLiteral("agreement"), 1, std::numeric_limits<qint64>::max(), &number))
        return CliExit::usage;
    activity.agreementId = number;
    if (activity.orgId == 0 && activity.agreementId == 0)
        return context.usage(ActivityCommands::tr("activities log needs --org, or --agreement for a joint activity."));
    activity.title = context.parser.value(QStringLiteral("title"));
    activity.note = context.parser.value(QStringLiteral("note"));
    activity.heldOn = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("on"), &activity.heldOn))
        return CliExit::usage;
    if (!idsOption(context, QStringLiteral("member"), &activity.memberIds))
        return CliExit::usage;
    qint64 participants = activity.memberIds.size();
    if (!context.numberOption(QStringLiteral("participants"), 0, 100000, &participants))
        return CliExit::usage;
    activity.participants = int(participants);
    qint64 points = 0;
    if (!context.numberOption(QStringLiteral("points"), 0, ActivityService::maxPointsPerActivity, &points))
        return CliExit::usage;
    activity.pointsEach = int(points);
    if (!context.numberOption(QStringLiteral("venue"), 1, std::numeric_limits<qint64>::max(), &number))
        return CliExit::usage;
    activity.venueId = context.parser.isSet(QStringLiteral("venue")) ? number : 0;
    if (context.parser.isSet(QStringLiteral("hours"))) {
        bool ok = false;
        activity.hours = context.parser.value(QStringLiteral("hours")).toDouble(&ok);
        if (!ok || !(activity.hours > 0 && activity.hours <= 24))
            return context.usage(ActivityCommands::tr("--hours is how long the activity lasted, more than 0 and at most 24 (1.5)."));
    }
    PointsService pointsService(*context.database);
    ActivityService service(*context.database, pointsService);
    const auto id = service.add(activity);
    if (!id)
        return context.fail(id.error());
    context.out << id.value() << '\n';
    return CliExit::ok;
}

int listMeetings(CliContext &context)
{
    CliContext::Period period;
    if (const auto wrong = context.periodOptions(&period))
        return *wrong;
    bool wrong = false;
    const auto kind = kindOption<MeetingKind>(context, std::nullopt, &wrong);
    if (wrong)
        return CliExit::usage;
    const auto lines = MeetingService::lines(context.database->connection(), period.orgId, period.from, period.to, kind);
    if (!lines)
        return context.fail(lines.error());
    QJsonArray list;
    for (const MeetingLine &m : lines.value()) {
        if (CliJson::wanted(context)) {
            list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("kind"), Cobuild::code(m.kind)},
                                    {QStringLiteral("org_id"), m.orgId},
                                    {QStringLiteral("organisation"), m.organisation},
                                    {QStringLiteral("level"), m.level},
                                    {QStringLiteral("held_on"), CliJson::date(m.heldOn)},
                                    {QStringLiteral("topics"), m.topics},
                                    {QStringLiteral("resolutions"), m.resolutions},
                                    {QStringLiteral("units"), m.units},
                                    {QStringLiteral("tasks"), m.tasks}});
        } else {
            context.out << m.id << '\t' << IsoDate::format(m.heldOn) << '\t' << Cobuild::displayName(m.kind) << '\t' << m.organisation
                        << '\t' << m.topics << '\n';
        }
    }
    if (CliJson::wanted(context))
        CliJson::print(context, list);
    return CliExit::ok;
}

int recordMeeting(CliContext &context)
{
    Meeting meeting;
    bool wrong = false;
    const auto kind = kindOption<MeetingKind>(context, MeetingKind::Joint, &wrong);
    if (wrong)
        return CliExit::usage;
    meeting.kind = *kind;
    if (!context.parser.isSet(QStringLiteral("org")))
        return context.usage(ActivityCommands::tr("meetings record needs --org, the organisation that held it."));
    const auto org = context.organisationOption(QStringLiteral("org"));
    if (!org)
        return CliExit::refused;
    meeting.orgId = *org;
    meeting.heldOn = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("on"), &meeting.heldOn))
        return CliExit::usage;
    meeting.topics = context.parser.value(QStringLiteral("topics"));
    meeting.attendees = context.parser.value(QStringLiteral("attendees"));
    meeting.resolutions = context.parser.values(QStringLiteral("resolution")).join(QLatin1Char('\n'));
    if (!idsOption(context, QStringLiteral("unit"), &meeting.unitIds))
        return CliExit::usage;
    qint64 venue = 0;
    if (!context.numberOption(QStringLiteral("venue"), 1, std::numeric_limits<qint64>::max(), &venue))
        return CliExit::usage;
    meeting.venueId = venue;
    MeetingService service(*context.database);
    const auto id = service.addMeeting(meeting);
    if (!id)
        return context.fail(id.error());
    context.out << id.value() << '\n';
    return CliExit::ok;
}

int addTask(CliContext &context)
{
    Task task;
    MeetingService service(*context.database);
    qint64 meetingId = 0;
    if (!context.numberOption(QStringLiteral("meeting"), 1, std::numeric_limits<qint64>::max(), &meetingId))
        return CliExit::usage;
    task.meetingId = meetingId;
    task.title = context.parser.value(QStringLiteral("title"));
    if (meetingId) {
        // A resolution becomes a task of the organisation that held the meeting, unless --org says whose.
        const auto meeting = service.meeting(meetingId);
        if (!meeting)
            return context.fail(ActivityCommands::tr("There is no meeting with number %1.").arg(meetingId));
        if (task.title.isEmpty())
            return context.usage(ActivityCommands::tr("Give the resolution with --title; open ones: %1")
                                     .arg(service.openResolutions(meetingId).join(QStringLiteral(" | "))));
        task.orgId = meeting->orgId;
        task.setOn = meeting->heldOn;
    }
    if (!meetingId && !context.parser.isSet(QStringLiteral("org")))
        return context.usage(ActivityCommands::tr("tasks add needs --meeting, or --org for a task of no meeting."));
    if (context.parser.isSet(QStringLiteral("org"))) {
        const auto org = context.organisationOption(QStringLiteral("org"));
        if (!org)
            return CliExit::refused;
        task.orgId = *org;
    }
    if (!task.setOn.isValid())
        task.setOn = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("set"), &task.setOn))
        return CliExit::usage;
    task.dueOn = task.setOn.addDays(30);
    if (!context.dateOption(QStringLiteral("due"), &task.dueOn))
        return CliExit::usage;
    const auto id = service.addTask(task);
    if (!id)
        return context.fail(id.error());
    context.out << id.value() << '\n';
    return CliExit::ok;
}

} // namespace

QList<CliCommand> activityCommands()
{
    const QCommandLineOption json(QStringLiteral("json"), ActivityCommands::tr("Print JSON."));
    const QCommandLineOption org(QStringLiteral("org"), ActivityCommands::tr("Only this organisation and below."), QStringLiteral("ID|PATH"));
    const QCommandLineOption from(QStringLiteral("from"), ActivityCommands::tr("From this date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), ActivityCommands::tr("Up to this date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption on(QStringLiteral("on"), ActivityCommands::tr("The day it was held (default today)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption venue(QStringLiteral("venue"), ActivityCommands::tr("The venue's number (venues list)."), QStringLiteral("ID"));
    return {
        {{QStringLiteral("activities"), QStringLiteral("list")},
         ActivityCommands::tr("List the activities of every kind, newest first."),
         CliCommand::Opens::ForReading,
         {org, from, to,
          {QStringLiteral("kind"), ActivityCommands::tr("Only this kind: %1.").arg(codesOf<ActivityKind>()), QStringLiteral("KIND")},
          json},
         {},
         listActivities},
        {{QStringLiteral("activities"), QStringLiteral("log")},
         ActivityCommands::tr("Log an activity held by an organisation, under an agreement or without one; prints its number."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("org"), ActivityCommands::tr("The organisation that held it (default: the agreement's)."), QStringLiteral("ID|PATH")},
          {QStringLiteral("kind"), ActivityCommands::tr("%1 (default joint, which needs --agreement).").arg(codesOf<ActivityKind>()),
           QStringLiteral("KIND")},
          {QStringLiteral("agreement"), ActivityCommands::tr("The co-building agreement it was held under."), QStringLiteral("N")},
          {QStringLiteral("title"), ActivityCommands::tr("Its title."), QStringLiteral("TEXT")},
          on,
          {QStringLiteral("participants"), ActivityCommands::tr("How many took part (default: the members given)."), QStringLiteral("N")},
          {QStringLiteral("member"), ActivityCommands::tr("A member taking part (repeatable)."), QStringLiteral("ID")},
          {QStringLiteral("points"), ActivityCommands::tr("Service points each member taking part is credited (default 0)."), QStringLiteral("N")},
          {QStringLiteral("hours"), ActivityCommands::tr("How long it lasted, in hours."), QStringLiteral("H")},
          venue,
          {QStringLiteral("note"), ActivityCommands::tr("A note."), QStringLiteral("TEXT")}},
         {},
         logActivity},
        {{QStringLiteral("meetings"), QStringLiteral("list")},
         ActivityCommands::tr("List the meetings — joint meetings and councils —, newest first."),
         CliCommand::Opens::ForReading,
         {org, from, to,
          {QStringLiteral("kind"), ActivityCommands::tr("Only this kind: %1.").arg(codesOf<MeetingKind>()), QStringLiteral("KIND")},
          json},
         {},
         listMeetings},
        {{QStringLiteral("meetings"), QStringLiteral("record")},
         ActivityCommands::tr("Record a meeting: a joint meeting, or a council (议事会) of a community or a grid; prints its number."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("org"), ActivityCommands::tr("The organisation that held it."), QStringLiteral("ID|PATH")},
          {QStringLiteral("kind"), ActivityCommands::tr("%1 (default joint).").arg(codesOf<MeetingKind>()), QStringLiteral("KIND")},
          on,
          {QStringLiteral("topics"), ActivityCommands::tr("What it discussed."), QStringLiteral("TEXT")},
          {QStringLiteral("attendees"), ActivityCommands::tr("Who attended."), QStringLiteral("TEXT")},
          {QStringLiteral("resolution"), ActivityCommands::tr("A resolution (repeatable); each can become a task."), QStringLiteral("TEXT")},
          {QStringLiteral("unit"), ActivityCommands::tr("A unit attending (repeatable)."), QStringLiteral("ID")},
          venue},
         {},
         recordMeeting},
        {{QStringLiteral("tasks"), QStringLiteral("add")},
         ActivityCommands::tr("Put a task on the task list — a meeting's resolution, or any; prints its number."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("meeting"), ActivityCommands::tr("The meeting whose resolution it is."), QStringLiteral("N")},
          {QStringLiteral("title"), ActivityCommands::tr("The task (a meeting's resolution as written)."), QStringLiteral("TEXT")},
          {QStringLiteral("org"), ActivityCommands::tr("Its owner (default: the meeting's organisation)."), QStringLiteral("ID|PATH")},
          {QStringLiteral("set"), ActivityCommands::tr("The day it was set (default: the meeting's day, or today)."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("due"), ActivityCommands::tr("Its due date (default 30 days on)."), QStringLiteral("YYYY-MM-DD")}},
         {},
         addTask},
    };
}
