// Commands that produce documents and exchange files: report monthly, export quarter, import.

#include "CliCommand.h"

#include "core/IsoDate.h"
#include "exchange/PackageImporter.h"
#include "exchange/QuarterExporter.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportDocument.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>

namespace {

class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

int monthly(CliContext &context)
{
    const QDate month = IsoDate::parseMonth(context.parser.value(QStringLiteral("month"))).value_or(QDate());
    if (!month.isValid())
        return context.usage(ReportCommands::tr("--month must be a month written YYYY-MM (1900–2100), not \"%1\".")
                                 .arg(context.parser.value(QStringLiteral("month"))));
    const QString out = context.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(ReportCommands::tr("--out FILE.pdf is needed."));
    qint64 orgId = 0;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    const QString layoutName = context.parser.value(QStringLiteral("layout"));
    if (!layoutName.isEmpty() && layoutName != QLatin1String("official") && layoutName != QLatin1String("plain"))
        return context.usage(ReportCommands::tr("--layout is official (GB/T 9704) or plain, not \"%1\".").arg(layoutName));
    const auto layout = layoutName == QLatin1String("plain") ? MonthlyReportDocument::Layout::Plain : MonthlyReportDocument::Layout::Official;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(ReportCommands::tr("Reports need the graphical libraries (fonts); run zongheng-cli normally."));
    const MonthlyReport report = MonthlyReport::gather(*context.database, orgId, month);
    if (const Outcome done = MonthlyReportDocument::writePdf(report, out, layout); !done)
        return context.fail(done.error());
    context.out << ReportCommands::tr("Monthly report for %1, %2 written to %3.")
                       .arg(report.orgPath, month.toString(QStringLiteral("yyyy-MM")), QDir::toNativeSeparators(out))
                << '\n';
    return CliExit::ok;
}

int exportQuarter(CliContext &context)
{
    const auto quarter = Quarter::parse(context.parser.value(QStringLiteral("quarter")));
    if (!quarter)
        return context.usage(ReportCommands::tr("--quarter must be written YYYYQn (2026Q3, years 1900–2100), not \"%1\".")
                                 .arg(context.parser.value(QStringLiteral("quarter"))));
    QuarterExporter::Options options;
    options.quarter = *quarter;
    options.outDir = context.parser.value(QStringLiteral("out"));
    if (options.outDir.isEmpty())
        return context.usage(ReportCommands::tr("--out DIR is needed."));
    options.includePersonal = context.parser.isSet(QStringLiteral("include-personal"));
    if (!context.orgOption(&options.orgId))
        return CliExit::refused;
    const auto written = QuarterExporter::run(*context.database, options);
    if (!written)
        return context.fail(written.error());
    qint64 total = 0;
    for (qint64 rows : written.value().rows)
        total += rows;
    context.out << ReportCommands::tr("Quarter %1 of %2: %3 rows in %4 and %5.")
                       .arg(quarter->code(), written.value().sourcePath)
                       .arg(total)
                       .arg(QDir::toNativeSeparators(written.value().packagePath), QDir::toNativeSeparators(written.value().workbookPath))
                << '\n';
    return CliExit::ok;
}

int importPackages(CliContext &context)
{
    PackageImporter importer(*context.database);
    const auto imported = importer.import(context.parser.positionalArguments());
    if (!imported)
        return context.fail(imported.error());
    for (const PackageImporter::Outcome &outcome : imported.value()) {
        const QString what = outcome.what == PackageImporter::Outcome::What::Unchanged ? ReportCommands::tr("already merged, nothing changed")
                             : outcome.what == PackageImporter::Outcome::What::Replaced ? ReportCommands::tr("replaced the earlier package")
                                                                                          : ReportCommands::tr("merged");
        context.out << ReportCommands::tr("%1: %2 %3, %4 rows: %5.")
                           .arg(outcome.info.fileName, outcome.info.source, outcome.info.quarter.code())
                           .arg(outcome.info.rows)
                           .arg(what)
                    << '\n';
    }
    return CliExit::ok;
}

} // namespace

QList<CliCommand> reportCommands()
{
    return {
        {{QStringLiteral("report"), QStringLiteral("monthly")},
         ReportCommands::tr("Write the monthly report as a PDF."),
         CliCommand::Opens::ForReading,
         {QCommandLineOption(QStringLiteral("month"), ReportCommands::tr("The month, YYYY-MM."), QStringLiteral("YYYY-MM")),
          QCommandLineOption(QStringLiteral("org"), ReportCommands::tr("The organisation (default: the top of the tree)."),
                             QStringLiteral("ID|PATH")),
          QCommandLineOption(QStringLiteral("out"), ReportCommands::tr("The PDF file to write."), QStringLiteral("FILE.pdf")),
          QCommandLineOption(QStringLiteral("layout"),
                             ReportCommands::tr("official: the page of government documents, GB/T 9704 (the default); plain: A4 with even margins."),
                             QStringLiteral("official|plain"))},
         {},
         monthly},
        {{QStringLiteral("export"), QStringLiteral("quarter")},
         ReportCommands::tr("Write the quarterly package (.zhq) and its workbook (.xlsx) for the district."),
         CliCommand::Opens::ForReading,
         {QCommandLineOption(QStringLiteral("quarter"), ReportCommands::tr("The quarter, YYYYQn."), QStringLiteral("YYYYQn")),
          QCommandLineOption(QStringLiteral("org"), ReportCommands::tr("The organisation (default: the sub-district)."),
                             QStringLiteral("ID|PATH")),
          QCommandLineOption(QStringLiteral("out"), ReportCommands::tr("The folder to write into."), QStringLiteral("DIR")),
          QCommandLineOption(QStringLiteral("include-personal"),
                             ReportCommands::tr("Keep residents' names and phone numbers (masked otherwise)."))},
         {},
         exportQuarter},
        {{QStringLiteral("import")},
         ReportCommands::tr("Merge quarterly packages into this district database; refuse bad ones, changing nothing."),
         CliCommand::Opens::ForWriting,
         {},
         {QStringLiteral("FILE...")},
         importPackages},
    };
}
