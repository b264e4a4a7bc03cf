// Benchmark of the reports and exchange issue: the monthly report of the `yingjiang` district,
// the quarterly export of a `yingjiang` sub-district (and its XLSX against Python's xlsxwriter
// writing the same rows), and merging the 50 sub-district packages of `city` into one district
// database beside a plain bulk insert by Python; given an empty database on a PostgreSQL server,
// the same merge into it. Usage: bench_exchange [WORKDIR [--merge-only] [--server postgresql://…]]
// (the databases are kept in WORKDIR).

#include "demo/DemoGenerator.h"
#include "exchange/PackageCheck.h"
#include "exchange/PackageFile.h"
#include "exchange/PackageImporter.h"
#include "exchange/QuarterExporter.h"
#include "exchange/QuarterWorkbook.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"
#include "org/OrgSetup.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportDocument.h"
#include "store/Database.h"
#include "trust/OfficeKey.h"
#include "trust/SenderRegistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

namespace {

QTextStream out(stdout);

double medianMs(const std::function<void()> &work, int runs = 5)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

std::unique_ptr<Database> demo(const QString &path, const QString &profile)
{
    if (!QFileInfo::exists(path)) {
        auto created = Database::create(path);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        DemoGenerator::Options options;
        options.profile = profile;
        options.asOf = QDate(2026, 11, 20);
        if (const Outcome done = DemoGenerator::run(*created.value(), options); !done)
            qFatal("%s", qPrintable(done.error()));
    }
    auto opened = Database::open(path, Database::Access::ReadWrite);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    return std::move(opened.value());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString workdir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::temp().filePath(QStringLiteral("zongheng-bench"));
    QDir().mkpath(workdir);
    const QDir dir(workdir);

    const QStringList args = app.arguments();
    const bool mergeOnly = args.contains(QStringLiteral("--merge-only"));
    const qsizetype serverAt = args.indexOf(QStringLiteral("--server"));
    const QString server = serverAt > 0 ? args.value(serverAt + 1) : QString();
    if (!mergeOnly) {
    // 1. The monthly report of the whole district.
    auto yingjiang = demo(dir.filePath(QStringLiteral("exchange-yingjiang.db")), QStringLiteral("yingjiang"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const double reportMs = medianMs([&] {
        const MonthlyReport report = MonthlyReport::gather(*yingjiang, 0, QDate(2026, 10, 1));
        if (!MonthlyReportDocument::writePdf(report, pdf))
            qFatal("report failed");
    });
    out << QStringLiteral("monthly report of the yingjiang district (31 communities, 2026-10), gathered and written as PDF: "
                          "%1 ms (target <= 3000), %2 KiB\n")
               .arg(reportMs, 0, 'f', 0)
               .arg(QFileInfo(pdf).size() / 1024);

    // 2. The quarterly export of one sub-district, and its workbook against Python's xlsxwriter.
    QuarterExporter::Options options;
    options.quarter = Quarter{2026, 3};
    options.orgId = *OrgRepository(*yingjiang).findByPath(QStringLiteral("迎江区/新河路街道"));
    options.outDir = dir.filePath(QStringLiteral("export"));
    QString package;
    qint64 rows = 0;
    const double exportMs = medianMs([&] {
        const auto written = QuarterExporter::run(*yingjiang, options);
        if (!written)
            qFatal("%s", qPrintable(written.error()));
        package = written.value().packagePath;
        rows = 0;
        for (qint64 n : written.value().rows)
            rows += n;
    });
    out << QStringLiteral("quarterly export of 迎江区/新河路街道, 2026Q3 (%1 rows; package and workbook): %2 ms (target <= 3000)\n")
               .arg(rows)
               .arg(exportMs, 0, 'f', 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-package"));
        db.setDatabaseName(package);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        const QString ours = dir.filePath(QStringLiteral("ours.xlsx"));
        const double oursMs = medianMs([&] {
            if (!QuarterWorkbook::write(db, ours))
                qFatal("workbook failed");
        });
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bench-package"));
        out << QStringLiteral("  the workbook alone (read from the package, %1 rows): libxlsxwriter %2 ms").arg(rows).arg(oursMs, 0, 'f', 0);
        const QString script = QStringLiteral(ZONGHENG_BENCH_DIR "/xlsx_python.py");
        QList<double> python;
        for (int i = 0; i < 3; ++i) {
            QProcess process;
            process.start(QStringLiteral("/usr/bin/python3"), {script, package, dir.filePath(QStringLiteral("python.xlsx"))});
            if (!process.waitForFinished(120000) || process.exitCode() != 0) {
                python.clear();
                break;
            }
            python.append(QString::fromUtf8(process.readAllStandardOutput()).trimmed().toDouble() * 1000);
        }
        std::sort(python.begin(), python.end());
        if (python.isEmpty())
            out << QStringLiteral("; Python's xlsxwriter not available (apt install python3-xlsxwriter)\n");
        else
            out << QStringLiteral(", Python's xlsxwriter %1 ms (%2× slower)\n")
                       .arg(python.at(python.size() / 2), 0, 'f', 0)
                       .arg(python.at(python.size() / 2) / oursMs, 0, 'f', 1);
    }

    }

    // 3. Merging the 50 sub-districts of the city into one district database, checks and all,
    //    beside a plain bulk insert of the same ledger rows by Python in the same run.
    auto city = demo(dir.filePath(QStringLiteral("exchange-city.db")), QStringLiteral("city"));
    const QString packages = dir.filePath(QStringLiteral("city-packages"));
    QDir(packages).removeRecursively();
    QStringList files;
    QStringList senders;
    QElapsedTimer exportTimer;
    exportTimer.start();
    for (const OrgPathEntry &sub : OrgRepository(*city).within(0, {OrgKind::Subdistrict}, 100)) {
        QuarterExporter::Options each;
        each.quarter = Quarter{2026, 3};
        each.orgId = sub.id;
        each.outDir = packages;
        const auto written = QuarterExporter::run(*city, each);
        if (!written)
            qFatal("%s", qPrintable(written.error()));
        files.append(written.value().packagePath);
        senders.append(sub.path);
    }
    const double exportAll = exportTimer.elapsed();
    const QByteArray cityKey = OfficeKey::current(city->connection()).value().key.publicDer();
    city.reset();
    const auto freshDistrict = [&](const QString &name) {
        const QString path = Database::isServer(name) ? name : dir.filePath(name);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (!Database::isServer(name))
                QFile::remove(path + suffix);
        }
        auto created = Database::create(path);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        OrgService orgs(*created.value());
        if (!OrgSetup::initialise(*created.value(), orgs, QStringLiteral("江城市"), QString()))
            qFatal("district setup failed");
        // The city keeps its 50 sub-districts in one database: one key for all of them.
        if (!SenderRegistry(*created.value()).add(cityKey, senders))
            qFatal("keys");
        return std::move(created.value());
    };

    // The checks alone, package by package; then the whole import (checks and merge). Each three
    // times, the median taken: wall clock, and the CPU time of this thread (what the work itself
    // costs, whatever else the machine does meanwhile).
    const auto threadCpuMs = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
    };
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    QList<double> checkWall, checkCpu, importWall, importCpu;
    qint64 merged = 0;
    qint64 ledgerRows = 0;
    for (int run = 0; run < 3; ++run) {
        auto checkOnly = freshDistrict(QStringLiteral("check-district.db"));
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        for (const QString &file : std::as_const(files)) {
            auto opened = PackageFile::open(file);
            if (!opened)
                qFatal("%s", qPrintable(opened.error()));
            if (const auto checked = PackageCheck::check(*opened.value(), SenderRegistry(*checkOnly)); !checked)
                qFatal("%s", qPrintable(checked.error()));
        }
        checkWall.append(timer.elapsed());
        checkCpu.append(threadCpuMs() - cpu);
        checkOnly.reset();

        auto district = freshDistrict(QStringLiteral("merged-district.db"));
        timer.restart();
        const double importStart = threadCpuMs();
        PackageImporter importer(*district);
        const auto imported = importer.import(files);
        if (!imported)
            qFatal("%s", qPrintable(imported.error()));
        importWall.append(timer.elapsed());
        importCpu.append(threadCpuMs() - importStart);
        merged = 0;
        for (const auto &outcome : imported.value())
            merged += outcome.info.rows;
        QSqlQuery count(district->connection());
        if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM ledger_item) + (SELECT count(*) FROM ledger_event)")) || !count.next())
            qFatal("count");
        ledgerRows = count.value(0).toLongLong();
    }
    const double checkMs = median(checkWall);
    const double importMs = median(importWall);
    const double checkCpuMs = median(checkCpu);
    const double mergeCpuMs = median(importCpu) - checkCpuMs;
    const double mergeMs = importMs - checkMs;

    out << QStringLiteral("merging the %1 sub-district packages of city for 2026Q3 (%2 rows, %3 of them ledger items and events; "
                          "each copied and checked, then merged in one transaction): %4 s (target <= 60); writing them took %5 s\n")
               .arg(files.size())
               .arg(merged)
               .arg(ledgerRows)
               .arg(importMs / 1000.0, 0, 'f', 1)
               .arg(exportAll / 1000.0, 0, 'f', 1);
    out << QStringLiteral("  checking alone: %1 s; merging alone: %2 s; checks cost %3 % of merging (target <= 20 %); "
                          "in CPU time of the thread: %4 s and %5 s, %6 %\n")
               .arg(checkMs / 1000.0, 0, 'f', 2)
               .arg(mergeMs / 1000.0, 0, 'f', 2)
               .arg(100.0 * checkMs / mergeMs, 0, 'f', 1)
               .arg(checkCpuMs / 1000.0, 0, 'f', 2)
               .arg(mergeCpuMs / 1000.0, 0, 'f', 2)
               .arg(100.0 * checkCpuMs / mergeCpuMs, 0, 'f', 1);
    out.flush();

    // The same merge into a district database on a server (once: the database given is used up).
    if (!server.isEmpty()) {
        auto district = freshDistrict(server);
        QElapsedTimer timer;
        timer.start();
        PackageImporter importer(*district);
        const auto imported = importer.import(files);
        if (!imported)
            qFatal("%s", qPrintable(imported.error()));
        const double serverMs = timer.elapsed();
        QSqlQuery count(district->connection());
        if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM ledger_item) + (SELECT count(*) FROM ledger_event)")) || !count.next())
            qFatal("count");
        out << QStringLiteral("  the same merge into a district database on the server %1: %2 s (target <= 60), %3 ledger rows; "
                              "%4 x the file's\n")
                   .arg(district->path())
                   .arg(serverMs / 1000.0, 0, 'f', 1)
                   .arg(count.value(0).toLongLong())
                   .arg(serverMs / importMs, 0, 'f', 2);
        out.flush();
    }

    // Python's executemany of the same ledger items and events, with and without the triggers.
    const auto python = [&](bool triggers) -> std::pair<qint64, double> {
        auto target = freshDistrict(QStringLiteral("python-district.db"));
        const QString path = target->path();
        target.reset();
        QProcess process;
        QStringList args{QStringLiteral(ZONGHENG_BENCH_DIR "/merge_python.py"), path};
        if (!triggers)
            args.append(QStringLiteral("--no-triggers"));
        process.start(QStringLiteral("/usr/bin/python3"), args + files);
        if (!process.waitForFinished(600000) || process.exitCode() != 0)
            qFatal("python: %s", process.readAllStandardError().constData());
        const QStringList parts = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
        return {parts.value(0).toLongLong(), parts.value(1).toDouble()};
    };
    QList<double> plainRuns;
    qint64 plainRows = 0;
    for (int run = 0; run < 3; ++run) {
        const auto [rows, seconds] = python(false);
        plainRows = rows;
        plainRuns.append(seconds);
    }
    const double plainSeconds = median(plainRuns);
    const auto [triggerRows, triggerSeconds] = python(true);

    const double ours = merged / (importMs / 1000.0);
    const double plain = plainRows / plainSeconds;
    const double plainWithTriggers = triggerRows / triggerSeconds;
    out << QStringLiteral("  rate, checks included: %1 rows/s; Python executemany of the ledger rows (%2 rows): %3 rows/s with the "
                          "tables' indexes, %4 rows/s with their triggers as well; ratio %5 (target >= 0.5) and %6\n")
               .arg(ours, 0, 'f', 0)
               .arg(plainRows)
               .arg(plain, 0, 'f', 0)
               .arg(plainWithTriggers, 0, 'f', 0)
               .arg(ours / plain, 0, 'f', 2)
               .arg(ours / plainWithTriggers, 0, 'f', 2);
    return 0;
}
