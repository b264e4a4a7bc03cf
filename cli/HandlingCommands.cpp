// Commands on handling as the seeds run it: the whistle catalogue (whistle catalogue, whistle
// add) and the figures per department and per unit (ledger handling).

#include "CliCommand.h"

#include "core/IsoDate.h"
#include "ledger/HandlingFigures.h"
#include "ledger/WhistleCatalogue.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

class HandlingCommands
{
    Q_DECLARE_TR_FUNCTIONS(HandlingCommands)
};

int catalogue(CliContext &context)
{
    const WhistleCatalogue catalogue(*context.database);
    const QList<WhistleMatter> matters = catalogue.matters(context.parser.isSet(QStringLiteral("all")));
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const WhistleMatter &matter : matters) {
            list.append(QJsonObject{{QStringLiteral("id"), matter.id},
                                    {QStringLiteral("matter"), matter.name},
                                    {QStringLiteral("whistle"), LedgerFlow::code(matter.whistle)},
                                    {QStringLiteral("days"), matter.days},
                                    {QStringLiteral("retired"), matter.retired},
                                    {QStringLiteral("departments"), QJsonArray::fromStringList(matter.departments)}});
        }
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return CliExit::ok;
    }
    for (const WhistleMatter &matter : matters) {
        context.out << matter.id << '\t' << matter.name << '\t' << LedgerFlow::displayName(matter.whistle) << '\t'
                    << HandlingCommands::tr("%Ln working day(s)", nullptr, matter.days) << '\t'
                    << matter.departments.join(QStringLiteral("、")) << '\n';
    }
    return CliExit::ok;
}

int addMatter(CliContext &context)
{
    WhistleMatter matter;
    matter.name = context.parser.positionalArguments().value(0);
    const auto whistle = LedgerFlow::whistleFromCode(context.parser.value(QStringLiteral("whistle")));
    if (!whistle)
        return context.usage(HandlingCommands::tr("--whistle is quick, emergency or tough."));
    matter.whistle = *whistle;
    qint64 days = WhistleCatalogue::defaultDays(*whistle);
    if (!context.numberOption(QStringLiteral("days"), 1, 250, &days))
        return CliExit::usage;
    matter.days = int(days);
    const QStringList departments = context.parser.value(QStringLiteral("departments"))
                                        .split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts);
    WhistleCatalogue catalogue(*context.database);
    if (const auto existing = catalogue.findMatter(matter.name); existing && existing->name == matter.name.trimmed())
        matter.id = existing->id; // the same matter again: changed, not refused
    const auto saved = catalogue.saveMatter(matter, departments);
    if (!saved)
        return context.fail(saved.error());
    context.out << saved.value() << '\n';
    return CliExit::ok;
}

int handling(CliContext &context)
{
    CliContext::Period period;
    if (const auto wrong = context.periodOptions(&period))
        return *wrong;
    const HandlingFigures figures = HandlingFigures::compute(*context.database, period.orgId, period.from, period.to, period.asOf);
    if (context.parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(figures.toJson()).toJson(QJsonDocument::Indented));
        return CliExit::ok;
    }
    const auto print = [&](const QString &heading, const QList<HandlingRow> &rows) {
        context.out << heading << '\n';
        for (const HandlingRow &row : rows)
            context.out << "  " << row.name << '\t' << row.count << '\t' << row.done << '\t' << row.onTime << '\t' << row.overdue << '\n';
    };
    print(HandlingCommands::tr("Departments (summoned, reported done, on time, overdue):"), figures.departments);
    print(HandlingCommands::tr("Units (dispatched, closed, on time, overdue):"), figures.units);
    return CliExit::ok;
}

} // namespace

QList<CliCommand> handlingCommands()
{
    const QCommandLineOption json(QStringLiteral("json"), HandlingCommands::tr("Print JSON."));
    return {
        {{QStringLiteral("whistle"), QStringLiteral("catalogue")},
         HandlingCommands::tr("List the whistle matters: whistle, time limit and the departments summoned (1+N)."),
         CliCommand::Opens::ForReading,
         {json, {QStringLiteral("all"), HandlingCommands::tr("Also the matters no longer in use.")}},
         {},
         catalogue},
        {{QStringLiteral("whistle"), QStringLiteral("add")},
         HandlingCommands::tr("Add a whistle matter to the catalogue (or change the one of that name); prints its number."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("whistle"), HandlingCommands::tr("quick, emergency or tough."), QStringLiteral("W")},
          {QStringLiteral("departments"), HandlingCommands::tr("The departments it summons, separated by commas."), QStringLiteral("A,B")},
          {QStringLiteral("days"), HandlingCommands::tr("Working days the departments have to report done (default by whistle: 3, 1, 10)."),
           QStringLiteral("N")}},
         {QStringLiteral("MATTER")},
         addMatter},
        {{QStringLiteral("ledger"), QStringLiteral("handling")},
         HandlingCommands::tr("Print the figures per department summoned and per unit dispatched to: how many, done, on time, overdue."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("org"), HandlingCommands::tr("Only this organisation and below."), QStringLiteral("PATH|ID")},
          {QStringLiteral("from"), HandlingCommands::tr("From this date."), QStringLiteral("YYYY-MM-DD")},
          {QStringLiteral("to"), HandlingCommands::tr("Up to this date."), QStringLiteral("YYYY-MM-DD")},
          json},
         {},
         handling},
    };
}
