// The year-end review (述职评议, 双述双评): the year's reviews weighed and ranked (review year), a
// review's report and scores (review score), the weights (review weights), the sheets as a PDF
// (review sheet).

#include "CliCommand.h"

#include "core/IsoDate.h"
#include "report/ReviewSheetDocument.h"
#include "review/ReviewService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <tuple>

namespace {

class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)
};

QJsonValue score(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 100) / 100) : QJsonValue(QJsonValue::Null);
}

bool yearOption(CliContext &context, int *year)
{
    qint64 value = QDate::currentDate().year() - 1; // the year just ended, reviewed at the start of the next
    if (context.parser.isSet(QStringLiteral("year")) && !context.numberOption(QStringLiteral("year"), 2000, 2100, &value))
        return false;
    *year = int(value);
    return true;
}

/// A score option: a number from 0 to 100; false with the usage said when it is not one.
bool scoreOption(CliContext &context, const QString &name, std::optional<double> *target)
{
    if (!context.parser.isSet(name))
        return true;
    const QString text = context.parser.value(name).trimmed();
    if (text.isEmpty() || text == QLatin1String("-")) {
        target->reset(); // cleared
        return true;
    }
    bool good = false;
    const double value = text.toDouble(&good);
    if (!good || !std::isfinite(value) || value < 0 || value > 100) {
        context.usage(ReviewCommands::tr("--%1 is a score from 0 to 100 (or - to clear it), not \"%2\".").arg(name, text.left(40)));
        return false;
    }
    *target = value;
    return true;
}

int listYear(CliContext &context)
{
    int year = 0;
    qint64 orgId = 0;
    if (!yearOption(context, &year))
        return CliExit::usage;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    const auto rows = ReviewService::year(*context.database, year, orgId);
    if (!rows)
        return context.fail(rows.error());
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ReviewRow &row : rows.value()) {
            const ReviewFacts &f = row.facts;
            list.append(QJsonObject{{QStringLiteral("organisation_id"), row.orgId},
                                    {QStringLiteral("path"), row.orgPath},
                                    {QStringLiteral("kind"), OrgKinds::code(row.kind)},
                                    {QStringLiteral("year"), year},
                                    {QStringLiteral("reviewed"), row.review.id != 0},
                                    {QStringLiteral("report"), row.review.report},
                                    {QStringLiteral("score_above"), score(row.review.above)},
                                    {QStringLiteral("score_units"), score(row.review.units)},
                                    {QStringLiteral("satisfaction"), score(f.satisfaction())},
                                    {QStringLiteral("score_service"), score(row.service)},
                                    {QStringLiteral("score_members"), score(row.review.members)},
                                    {QStringLiteral("total"), score(row.total)},
                                    {QStringLiteral("rank"), row.rank ? QJsonValue(row.rank) : QJsonValue(QJsonValue::Null)},
                                    {QStringLiteral("weights"), row.weights.toJson()},
                                    {QStringLiteral("tasks"), QJsonObject{{QStringLiteral("set"), f.tasks},
                                                                          {QStringLiteral("done"), f.tasksDone},
                                                                          {QStringLiteral("done_in_time"), f.tasksDoneInTime},
                                                                          {QStringLiteral("open"), f.tasksOpen}}},
                                    {QStringLiteral("items_followed_up"), f.visited}});
        }
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return CliExit::ok;
    }
    for (const ReviewRow &row : rows.value()) {
        context.out << (row.rank ? QString::number(row.rank) : QStringLiteral("-")) << '\t' << row.orgPath << '\t'
                    << (row.total ? QString::number(*row.total, 'f', 1) : QStringLiteral("-")) << '\n';
    }
    return CliExit::ok;
}

int enterScore(CliContext &context)
{
    int year = 0;
    qint64 orgId = 0;
    if (!yearOption(context, &year))
        return CliExit::usage;
    // Every value is checked before anything is read: a wrong one is said as that.
    Review given;
    if (!scoreOption(context, QStringLiteral("above"), &given.above) || !scoreOption(context, QStringLiteral("units"), &given.units)
        || !scoreOption(context, QStringLiteral("members"), &given.members))
        return CliExit::usage;
    if (context.parser.isSet(QStringLiteral("on")) && !context.dateOption(QStringLiteral("on"), &given.reviewedOn))
        return CliExit::usage;
    if (context.parser.isSet(QStringLiteral("report-file"))) {
        const QString path = context.parser.value(QStringLiteral("report-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1 << 20)
            return context.fail(ReviewCommands::tr("%1 cannot be read as a report (a UTF-8 text of at most 1 MB).")
                                    .arg(QDir::toNativeSeparators(path)));
        given.report = QString::fromUtf8(file.readAll());
    } else {
        given.report = context.parser.value(QStringLiteral("report"));
    }
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    if (!orgId)
        return context.usage(ReviewCommands::tr("review score needs --org, the sub-district or community reviewed."));
    auto found = ReviewService::find(*context.database, orgId, year);
    if (!found)
        return context.fail(found.error());
    Review review = found.value();
    for (const auto &[name, from, to] : {std::tuple{"above", &given.above, &review.above}, std::tuple{"units", &given.units, &review.units},
                                         std::tuple{"members", &given.members, &review.members}}) {
        if (context.parser.isSet(QLatin1String(name)))
            *to = *from;
    }
    if (context.parser.isSet(QStringLiteral("report")) || context.parser.isSet(QStringLiteral("report-file")))
        review.report = given.report;
    if (context.parser.isSet(QStringLiteral("on")))
        review.reviewedOn = given.reviewedOn;
    const auto saved = ReviewService::save(*context.database, review);
    if (!saved)
        return context.fail(saved.error());
    context.out << saved.value() << '\n';
    return CliExit::ok;
}

int weights(CliContext &context)
{
    const QStringList keys{QStringLiteral("above"), QStringLiteral("service"), QStringLiteral("members")};
    QHash<QString, int> given;
    if (context.parser.isSet(QStringLiteral("set")) && !context.keyNumbers(QStringLiteral("set"), keys, &given))
        return CliExit::usage;
    qint64 orgId = 0;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    if (orgId == 0)
        return context.usage(ReviewCommands::tr("review weights needs --org, the sub-district (or the district)."));
    auto current = ReviewWeights::of(*context.database, orgId);
    if (!current)
        return context.fail(current.error());
    if (context.parser.isSet(QStringLiteral("set"))) {
        const ReviewWeights set{given.value(keys.at(0), current.value().above), given.value(keys.at(1), current.value().service),
                                given.value(keys.at(2), current.value().members)};
        if (const Outcome saved = ReviewWeights::save(*context.database, orgId, set); !saved)
            return context.fail(saved.error());
        current = ReviewWeights::of(*context.database, orgId);
        if (!current)
            return context.fail(current.error());
    }
    context.out << QString::fromUtf8(QJsonDocument(current.value().toJson()).toJson(QJsonDocument::Indented));
    return CliExit::ok;
}

int writeSheets(CliContext &context)
{
    int year = 0;
    qint64 orgId = 0;
    if (!yearOption(context, &year))
        return CliExit::usage;
    const QString out = context.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(ReviewCommands::tr("review sheet needs --out FILE.pdf."));
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(ReviewCommands::tr("The sheets need the graphical libraries (fonts); run zongheng-cli normally."));
    const auto rows = ReviewService::year(*context.database, year, orgId);
    if (!rows)
        return context.fail(rows.error());
    if (const Outcome written = ReviewSheetDocument::writePdf(rows.value(), out); !written)
        return context.fail(written.error());
    context.out << ReviewCommands::tr("%Ln review sheet(s) of %1 written to %2.", nullptr, int(rows.value().size()))
                       .arg(QString::number(year), QDir::toNativeSeparators(out))
                << '\n';
    return CliExit::ok;
}

} // namespace

QList<CliCommand> reviewCommands()
{
    const QCommandLineOption year(QStringLiteral("year"), ReviewCommands::tr("The year reviewed (default the last one)."), QStringLiteral("YYYY"));
    const QCommandLineOption org(QStringLiteral("org"), ReviewCommands::tr("Only this organisation and below."), QStringLiteral("ID|PATH"));
    return {
        {{QStringLiteral("review"), QStringLiteral("year")},
         ReviewCommands::tr("The year-end review (述职评议) of the sub-districts and communities: scores weighed, ranked by kind."),
         CliCommand::Opens::ForReading,
         {year, org, {QStringLiteral("json"), ReviewCommands::tr("Print JSON.")}},
         {},
         listYear},
        {{QStringLiteral("review"), QStringLiteral("score")},
         ReviewCommands::tr("Enter or change an organisation's review of a year: its report and scores (0–100; - clears one)."),
         CliCommand::Opens::ForWriting,
         {year,
          {QStringLiteral("org"), ReviewCommands::tr("The sub-district or community reviewed."), QStringLiteral("ID|PATH")},
          {QStringLiteral("above"), ReviewCommands::tr("The score given by the level above."), QStringLiteral("SCORE")},
          {QStringLiteral("units"), ReviewCommands::tr("The score given by the co-building units (service objects)."), QStringLiteral("SCORE")},
          {QStringLiteral("members"), ReviewCommands::tr("The score given by the members."), QStringLiteral("SCORE")},
          {QStringLiteral("report"), ReviewCommands::tr("The report (述职报告)."), QStringLiteral("TEXT")},
          {QStringLiteral("report-file"), ReviewCommands::tr("The report, from a UTF-8 text file."), QStringLiteral("FILE")},
          {QStringLiteral("on"), ReviewCommands::tr("The day of the review."), QStringLiteral("YYYY-MM-DD")}},
         {},
         enterScore},
        {{QStringLiteral("review"), QStringLiteral("weights")},
         ReviewCommands::tr("Print, or --set, a sub-district's (or the district's) weights of the three scores."),
         CliCommand::Opens::ForWriting,
         {org, {QStringLiteral("set"), ReviewCommands::tr("New weights, together 100."), QStringLiteral("above=N,service=N,members=N")}},
         {},
         weights},
        {{QStringLiteral("review"), QStringLiteral("sheet")},
         ReviewCommands::tr("Write the review sheets (述职评议表) of the year as a PDF, a sheet an organisation."),
         CliCommand::Opens::ForReading,
         {year, org, {QStringLiteral("out"), ReviewCommands::tr("The PDF to write."), QStringLiteral("FILE.pdf")}},
         {},
         writeSheets},
    };
}
