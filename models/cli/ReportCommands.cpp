// Commands that produce documents and exchange files: report monthly.

#include "CliCommand.h"

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
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = monthPattern.match(context.parser.value(QStringLiteral("month")));
    const QDate month = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
    if (!month.isValid())
        return context.usage(ReportCommands::tr("--month must be a month written YYYY-MM, not \"%1\".")
                                 .arg(context.parser.value(QStringLiteral("month"))));
    const QString out = context.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(ReportCommands::tr("--out FILE.pdf is needed."));
    qint64 orgId = 0;
    if (!context.orgOption(&orgId))
        return CliExit::refused;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(ReportCommands::tr("Reports need the graphical libraries (fonts); run zongheng-cli normally."));
    const MonthlyReport report = MonthlyReport::gather(*context.database, orgId, month);
    if (const Outcome done = MonthlyReportDocument::writePdf(report, out); !done)
        return context.fail(done.error());
    context.out << ReportCommands::tr("Monthly report for %1, %2 written to %3.")
                       .arg(report.orgPath, month.toString(QStringLiteral("yyyy-MM")), QDir::toNativeSeparators(out))
                << '\n';
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
          QCommandLineOption(QStringLiteral("out"), ReportCommands::tr("The PDF file to write."), QStringLiteral("FILE.pdf"))},
         {},
         monthly},
    };
}
