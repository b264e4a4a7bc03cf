// Benchmark of the grid staff's assessment (issue 14: all grid staff of `city` for a quarter
// ≤ 1 s), in one process on one connection, beside the plain SQL a person would write for the same
// figures — the weekly rule from the visits' days (julianday), the items by reporter — run by the
// sqlite3 shell on the same file. Usage: bench_gridstaff CITY.db [QUARTER].

#include "exchange/Quarter.h"
#include "gridstaff/GridStaffAssessment.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

namespace {

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_gridstaff CITY.db [QUARTER]\n";
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const Quarter quarter = *Quarter::parse(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("2026Q3"));
    auto opened = Database::open(file, Database::Access::ReadOnly);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    const Database &database = *opened.value();

    QList<double> ours;
    qsizetype staff = 0;
    for (int i = 0; i < 8; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<GridStaffScore> scores = GridStaffAssessment::compute(database, 0, quarter.first(), quarter.last(), QDate(2026, 12, 31)).value();
        if (i > 0) // the first warms the cache
            ours.append(timer.nsecsElapsed() / 1e6);
        staff = scores.size();
    }

    // The plain way: the week of each visit from its day, the items grouped by reporter.
    const QDate monday = quarter.first().addDays((8 - quarter.first().dayOfWeek()) % 7);
    const QString plain = QStringLiteral(
        "SELECT count(*) FROM (SELECT role_id, sum(m), count(*) FILTER (WHERE m >= 300) FROM (SELECT role_id, "
        "CAST(julianday(visited_on) - julianday('%1') AS INTEGER) / 7 AS w, sum(minutes) AS m FROM grid_visit "
        "WHERE visited_on >= '%1' AND visited_on <= '%2' GROUP BY 1, 2) GROUP BY role_id);"
        "SELECT count(*) FROM (SELECT reporter_role_id, count(*), count(*) FILTER (WHERE closed_on <= due_on), "
        "count(satisfaction) FROM ledger_item WHERE reporter_role_id IS NOT NULL AND recorded_on >= '%3' "
        "AND recorded_on <= '%2' GROUP BY reporter_role_id);")
                              .arg(monday.toString(Qt::ISODate), quarter.last().toString(Qt::ISODate),
                                   quarter.first().toString(Qt::ISODate));
    QList<double> shell;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), file, plain});
        process.waitForFinished(-1);
        if (process.exitCode() != 0)
            qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
        if (i > 0)
            shell.append(timer.nsecsElapsed() / 1e6);
    }
    out << "grid staff assessed: " << staff << ", quarter " << quarter.code() << '\n'
        << "the assessment (program, one connection, median of 7): " << QString::number(median(ours), 'f', 0)
        << " ms (target <= 1000)\n"
        << "the plain queries (sqlite3 shell, whole process, median of 5): " << QString::number(median(shell), 'f', 0) << " ms\n";
    return 0;
}
