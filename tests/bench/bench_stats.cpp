// Benchmark of `zongheng-cli stats --json` on `city`, side by side with the plain query that
// counts the same ledger figures from the rows (the sqlite3 shell on the same file, or psql on the
// same server database). Usage: bench_stats CITY.db|postgresql://… ZONGHENG_CLI.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

namespace {

/// The median of five runs of the program, in milliseconds, after one to warm the file's cache.
double processMs(const QString &program, const QStringList &arguments)
{
    QList<double> times;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(-1);
        if (process.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        if (i > 0)
            times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 3) {
        out << "usage: bench_stats CITY.db|postgresql://… ZONGHENG_CLI\n";
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const QString cli = QString::fromLocal8Bit(argv[2]);
    const double ours = processMs(cli, {QStringLiteral("--db"), file, QStringLiteral("stats"), QStringLiteral("--json")});
    const QString figures = QStringLiteral("SELECT count(*), count(*) FILTER (WHERE state IN ('closed', 'visited')), "
                                           "count(*) FILTER (WHERE satisfaction IS NOT NULL), "
                                           "count(*) FILTER (WHERE satisfaction IN ('satisfied', 'basically_satisfied')), "
                                           "avg(close_days) FROM ledger_item");
    // The plain tool of the engine: the sqlite3 shell on a file, psql on a server (libpq's URI).
    const bool server = file.startsWith(QLatin1String("postgresql://"));
    const double plain = server ? processMs(QStringLiteral("psql"), {QStringLiteral("-qAt"), QStringLiteral("-c"), figures, file})
                                : processMs(QStringLiteral("sqlite3"), {file, figures});
    out << "stats --json, whole process: " << QString::number(ours, 'f', 0) << " ms (target <= 150)\n"
        << "the plain count of the ledger's figures in " << (server ? "psql" : "sqlite3") << ": "
        << QString::number(plain, 'f', 0) << " ms\n";
    return 0;
}
