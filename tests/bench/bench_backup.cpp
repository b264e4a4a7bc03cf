// Benchmark of the automatic backup (issue 13) on the `city` file (about 1.2 GB): the backup on a
// worker with its own connection, as the window takes it, while the thread that made it keeps a
// 10 ms timer and notes its longest wait (the window's event loop); the copy beside a plain `cp`
// of the same file in the same run, and the verification (SQLite's whole integrity check and the
// counts) on its own. Usage: bench_backup CITY.db [WORKDIR]  (bench_ledger makes ledger-city.db).

#include "store/BackupShelf.h"
#include "store/Database.h"
#include "store/Job.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

QTextStream out(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);

double plainCopy(const QString &from, const QString &to)
{
    QFile::remove(to);
    QElapsedTimer timer;
    timer.start();
    QProcess cp;
    cp.start(QStringLiteral("cp"), {from, to});
    cp.waitForFinished(-1);
    QProcess sync; // cp leaves the pages in the cache; the backup's copy is on the disk when it ends
    sync.start(QStringLiteral("sync"), {to});
    sync.waitForFinished(-1);
    const double ms = timer.nsecsElapsed() / 1e6;
    QFile::remove(to);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        out << "usage: bench_backup CITY.db [WORKDIR]\n";
        return 2;
    }
    const QString city = QString::fromLocal8Bit(argv[1]);
    const QString workdir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::temp().filePath(QStringLiteral("zongheng-bench"));
    const QString folder = QDir(workdir).filePath(QStringLiteral("backups"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    auto opened = Database::open(city, Database::Access::ReadWrite);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    const Database &db = *opened.value();
    out << "file: " << city << ", " << QString::number(QFileInfo(city).size() / double(1 << 20), 'f', 0) << " MB\n";

    const BackupShelf shelf(folder, city, 3);
    QList<double> backups, copies, gaps;
    for (int run = 0; run < 3; ++run) {
        copies.append(plainCopy(city, QDir(workdir).filePath(QStringLiteral("plain-copy.db"))));
        // The backup as the window takes it: a Job, the loop of this thread going on.
        QElapsedTimer sinceTick;
        double longest = 0;
        QTimer tick;
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            longest = std::max(longest, sinceTick.nsecsElapsed() / 1e6);
            sinceTick.restart();
        });
        QString error;
        Job job(db, [&](Database &database, Job &self) -> Outcome {
            const auto taken = shelf.take(database, [&self](int, int) { return !self.isCancelled(); }, &self.cancelFlag());
            if (!taken)
                error = taken.error();
            return taken ? Outcome::success() : Outcome::failure(taken.error());
        });
        QEventLoop loop;
        QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        sinceTick.start();
        tick.start();
        job.start();
        loop.exec();
        tick.stop();
        backups.append(timer.nsecsElapsed() / 1e6);
        gaps.append(longest);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    const BackupShelf::Entry last = shelf.list().first();
    QElapsedTimer timer;
    timer.start();
    const auto verified = BackupShelf::verify(last.path);
    const double verifyMs = timer.nsecsElapsed() / 1e6;
    if (!verified)
        qFatal("%s", qPrintable(verified.error()));
    std::sort(backups.begin(), backups.end());
    std::sort(copies.begin(), copies.end());
    std::sort(gaps.begin(), gaps.end());
    const double backup = backups.at(1);
    const double copy = copies.at(1);
    out << "backup (page copy + verification), median of 3: " << QString::number(backup, 'f', 0) << " ms\n"
        << "  of which the verification (integrity check, counts): " << QString::number(verifyMs, 'f', 0) << " ms\n"
        << "  the copy alone: " << QString::number(backup - verifyMs, 'f', 0) << " ms; plain cp + sync of the same file, median of 3: "
        << QString::number(copy, 'f', 0) << " ms; ratio " << QString::number((backup - verifyMs) / copy, 'f', 2) << " (target <= 2)\n"
        << "  the longest wait of the thread's 10 ms timer meanwhile (median of 3): " << QString::number(gaps.at(1), 'f', 1) << " ms\n"
        << "  " << last.organisations << " organisations, " << last.members << " members, " << last.ledgerItems << " ledger items\n";
    return 0;
}
