// The grid staff's work: their visits (grid-staff visit, grid-staff visits), their assessment
// (grid-staff assess) and its weights (grid-staff weights).

#include "CliCommand.h"

#include "core/IsoDate.h"
#include "exchange/Quarter.h"
#include "gridstaff/AssessmentWeights.h"
#include "gridstaff/GridStaffAssessment.h"
#include "gridstaff/GridStaffService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace {

class GridStaffCommands
{
    Q_DECLARE_TR_FUNCTIONS(GridStaffCommands)
};

int addVisit(CliContext &context)
{
    GridVisit visit;
    if (!context.numberOption(QStringLiteral("role"), 1, std::numeric_limits<qint64>::max(), &visit.roleId))
        return CliExit::usage;
    if (visit.roleId == 0)
        return context.usage(GridStaffCommands::tr("grid-staff visit needs --role ID (the grid worker's role)."));
    visit.visitedOn = QDate::currentDate();
    if (!context.dateOption(QStringLiteral("at"), &visit.visitedOn))
        return CliExit::usage;
    bool good = false;
    const double hours = context.parser.value(QStringLiteral("hours")).toDouble(&good);
    if (!good || !std::isfinite(hours))
        return context.usage(GridStaffCommands::tr("--hours is the time of the visit in hours, such as 1.5."));
    visit.minutes = int(std::lround(hours * 60));
    qint64 households = 0;
    if (!context.numberOption(QStringLiteral("households"), 0, 10000, &households))
        return CliExit::usage;
    visit.households = int(households);
    visit.note = context.parser.value(QStringLiteral("note"));
    GridStaffService service(*context.database);
    const auto id = service.addVisit(visit);
    if (!id)
        return context.fail(id.error());
    context.out << id.value() << '\n';
    return CliExit::ok;
}

int listVisits(CliContext &context)
{
    CliContext::Period period;
    if (const auto wrong = context.periodOptions(&period))
        return *wrong;
    const QDate to = period.to.isValid() ? period.to : QDate::currentDate();
    const QDate from = period.from.isValid() ? period.from : to.addDays(-30);
    const GridStaffService service(*context.database);
    QJsonArray list;
    for (const GridVisit &visit : service.visits(period.orgId, from, to)) {
        if (context.parser.isSet(QStringLiteral("json"))) {
            list.append(QJsonObject{{QStringLiteral("id"), visit.id},
                                    {QStringLiteral("role_id"), visit.roleId},
                                    {QStringLiteral("staff"), visit.staff},
                                    {QStringLiteral("on"), IsoDate::format(visit.visitedOn)},
                                    {QStringLiteral("minutes"), visit.minutes},
                                    {QStringLiteral("households"), visit.households},
                                    {QStringLiteral("note"), visit.note}});
        } else {
            context.out << IsoDate::format(visit.visitedOn) << '\t' << visit.staff << '\t' << visit.minutes << '\t'
                        << visit.households << '\t' << visit.note << '\n';
        }
    }
    if (context.parser.isSet(QStringLiteral("json")))
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return CliExit::ok;
}

int assess(CliContext &context)
{
    QDate from;
    QDate to;
    if (context.parser.isSet(QStringLiteral("quarter"))) {
        const auto quarter = Quarter::parse(context.parser.value(QStringLiteral("quarter")));
        if (!quarter)
            return context.usage(GridStaffCommands::tr("--quarter is written YYYYQn, such as 2026Q3."));
        from = quarter->first();
        to = quarter->last();
    } else if (context.parser.isSet(QStringLiteral("month"))) {
        from = QDate::fromString(context.parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!from.isValid() || from.year() < 1900 || from.year() > 2100)
            return context.usage(GridStaffCommands::tr("--month is written YYYY-MM, such as 2026-10."));
        to = from.addMonths(1).addDays(-1);
    } else {
        return context.usage(GridStaffCommands::tr("grid-staff assess needs --quarter YYYYQn or --month YYYY-MM."));
    }
    qint64 orgId = 0;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    const auto assessed = GridStaffAssessment::compute(*context.database, orgId, from, to);
    if (!assessed)
        return context.fail(assessed.error());
    const QList<GridStaffScore> &scores = assessed.value();
    if (context.parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("from"), IsoDate::format(from)},
                               {QStringLiteral("to"), IsoDate::format(to)},
                               {QStringLiteral("weights"), AssessmentWeights::of(*context.database, orgId).toJson()},
                               {QStringLiteral("staff"), GridStaffAssessment::toJson(scores)}};
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return CliExit::ok;
    }
    for (const GridStaffScore &s : scores) {
        context.out << s.rank << '\t' << s.score << '\t' << s.name << '\t' << s.grid << '\t' << s.weeksMet << '/' << s.weeks
                    << '\t' << s.raised << '\n';
    }
    return CliExit::ok;
}

int weights(CliContext &context)
{
    qint64 orgId = 0;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    if (orgId == 0)
        return context.usage(GridStaffCommands::tr("grid-staff weights needs --org, the sub-district (or the district)."));
    if (context.parser.isSet(QStringLiteral("set"))) {
        const AssessmentWeights now = AssessmentWeights::of(*context.database, orgId);
        QHash<QString, int> values{{QStringLiteral("hours"), now.hours},
                                   {QStringLiteral("raised"), now.raised},
                                   {QStringLiteral("on_time"), now.onTime},
                                   {QStringLiteral("satisfaction"), now.satisfaction}};
        if (!context.keyNumbers(QStringLiteral("set"), {QStringLiteral("hours"), QStringLiteral("raised"), QStringLiteral("on_time"),
                                                        QStringLiteral("satisfaction")},
                                &values))
            return CliExit::usage;
        const AssessmentWeights set{values.value(QStringLiteral("hours")), values.value(QStringLiteral("raised")),
                                    values.value(QStringLiteral("on_time")), values.value(QStringLiteral("satisfaction"))};
        if (const Outcome saved = AssessmentWeights::save(*context.database, orgId, set); !saved)
            return context.fail(saved.error());
    }
    context.out << QString::fromUtf8(QJsonDocument(AssessmentWeights::of(*context.database, orgId).toJson()).toJson(QJsonDocument::Indented));
    return CliExit::ok;
}

} // namespace

QList<CliCommand> gridStaffCommands()
{
    const QCommandLineOption json(QStringLiteral("json"), GridStaffCommands::tr("Print JSON."));
    const QCommandLineOption org(QStringLiteral("org"), GridStaffCommands::tr("Only this organisation and below."), QStringLiteral("PATH|ID"));
    return {
        {{QStringLiteral("grid-staff"), QStringLiteral("visit")},
         GridStaffCommands::tr("Log a grid worker's visit (下沉走访); prints its number."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("role"), GridStaffCommands::tr("The grid head's or grid worker's role."), QStringLiteral("ID")},
          {QStringLiteral("at"), GridStaffCommands::tr("The day (default today)."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("hours"), GridStaffCommands::tr("How long, in hours."), QStringLiteral("H")},
          {QStringLiteral("households"), GridStaffCommands::tr("Households visited."), QStringLiteral("N")},
          {QStringLiteral("note"), GridStaffCommands::tr("What was done."), QStringLiteral("TEXT")}},
         {},
         addVisit},
        {{QStringLiteral("grid-staff"), QStringLiteral("visits")},
         GridStaffCommands::tr("List the grid staff's visits, newest first (default: the last 30 days)."),
         CliCommand::Opens::ForReading,
         {org,
          {QStringLiteral("from"), GridStaffCommands::tr("From this date."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("to"), GridStaffCommands::tr("Up to this date."), QStringLiteral("YYYY-MM-DD")},
          json},
         {},
         listVisits},
        {{QStringLiteral("grid-staff"), QStringLiteral("assess")},
         GridStaffCommands::tr("Assess the grid staff over a quarter or a month: weekly hours, items raised, on time, "
                               "satisfaction, scored by the sub-district's weights and ranked."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("quarter"), GridStaffCommands::tr("The quarter."), QStringLiteral("YYYYQn")},
          {QStringLiteral("month"), GridStaffCommands::tr("The month."), QStringLiteral("YYYY-MM")},
          org, json},
         {},
         assess},
        {{QStringLiteral("grid-staff"), QStringLiteral("weights")},
         GridStaffCommands::tr("Show or set a sub-district's weights of the assessment (per cent, together 100)."),
         CliCommand::Opens::ForWriting,
         {org,
          {QStringLiteral("set"), GridStaffCommands::tr("hours=N,raised=N,on_time=N,satisfaction=N."), QStringLiteral("W")}},
         {},
         weights},
    };
}
