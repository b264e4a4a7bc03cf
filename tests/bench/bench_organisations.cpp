// Benchmark of the foundation on the `city` profile (about 1,000 communities, 10,000 grids):
// GUI start to a shown main window against an empty database, expanding a node of 1,000 children,
// and organisation search. Usage: bench_organisations [WORKDIR]  (the databases are kept there).

#include "demo/DemoGenerator.h"
#include "org/OrgService.h"
#include "org/OrgSetup.h"
#include "org/OrgTreeModel.h"
#include "overview/Headline.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

namespace {

QTextStream out(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
// stdout itself unbuffered too, so that a fatal error leaves what was measured on screen.
const int unbuffered = std::setvbuf(stdout, nullptr, _IONBF, 0);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

std::unique_ptr<Database> openOrCreate(const QString &path)
{
    auto opened = QFileInfo::exists(path) ? Database::open(path, Database::Access::ReadWrite) : Database::create(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    return std::move(opened.value());
}

/// Runs the GUI until its main window shows; returns {wall-clock ms, ms the program reports}.
QPair<double, double> startGui(const QString &database)
{
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The GUI runs on the same platform as the benchmark (offscreen, or xcb under Xvfb).
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QGuiApplication::platformName());
    // Its own settings, so that the benchmark leaves the clerk's window size alone.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QFileInfo(database).absolutePath() + QStringLiteral("/config"));
    gui.setProcessEnvironment(env);
    QElapsedTimer wall;
    wall.start();
    gui.start(QStringLiteral(ZONGHENG_GUI), {QStringLiteral("--db"), database, QStringLiteral("--benchmark-startup")});
    if (!gui.waitForFinished(60000) || gui.exitCode() != 0)
        qFatal("the GUI did not start: %s", gui.readAllStandardError().constData());
    return {double(wall.elapsed()), QString::fromUtf8(gui.readAllStandardOutput()).trimmed().toDouble()};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    out << "platform: " << QGuiApplication::platformName() << "\n";
    const QString workdir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::temp().filePath(QStringLiteral("zongheng-bench"));
    QDir().mkpath(workdir);
    const QString cityPath = QDir(workdir).filePath(QStringLiteral("city.db"));
    const QString emptyPath = QDir(workdir).filePath(QStringLiteral("empty.db"));

    // The databases: city (generated once) and an initialised but otherwise empty one.
    {
        const bool fresh = !QFileInfo::exists(cityPath);
        auto city = openOrCreate(cityPath);
        if (fresh) {
            QElapsedTimer timer;
            timer.start();
            DemoGenerator::Options options;
            options.profile = QStringLiteral("city");
            options.asOf = QDate(2026, 11, 1);
            if (const Outcome done = DemoGenerator::run(*city, options); !done)
                qFatal("%s", qPrintable(done.error()));
            out << "city profile generated in " << timer.elapsed() << " ms\n";
        }
        const Headline figures = Headline::read(*city);
        out << "city: " << figures.subdistricts << " sub-districts, " << figures.communities << " communities, "
            << figures.grids << " grids, " << figures.buildingGroups << " building groups, " << figures.households
            << " households; file " << QFileInfo(cityPath).size() / 1024 / 1024 << " MiB"
            << (fresh ? "" : " (a reused file: counts include the stress sub-district of 1,000 communities)") << "\n";
    }
    if (!QFileInfo::exists(emptyPath)) {
        auto empty = openOrCreate(emptyPath);
        OrgService orgs(*empty);
        if (const Outcome done = OrgSetup::initialise(*empty, orgs, QStringLiteral("迎江区"), QStringLiteral("新河路街道"));
            !done)
            qFatal("%s", qPrintable(done.error()));
    }

    // 1. GUI start to a shown main window.
    QList<double> cityWall, cityReported, emptyWall, emptyReported;
    startGui(emptyPath); // warm the file cache and the font cache
    for (int i = 0; i < 7; ++i) {
        const auto empty = startGui(emptyPath);
        emptyWall.append(empty.first);
        emptyReported.append(empty.second);
        const auto city = startGui(cityPath);
        cityWall.append(city.first);
        cityReported.append(city.second);
    }
    out << "start to shown window, median of 7 (wall clock / as the program measures it):\n"
        << "  empty database: " << median(emptyWall) << " ms / " << median(emptyReported) << " ms\n"
        << "  city database:  " << median(cityWall) << " ms / " << median(cityReported) << " ms\n"
        << "  ratio city/empty: " << QString::number(median(cityWall) / median(emptyWall), 'f', 2) << " (target <= 1.3)\n";

    auto city = openOrCreate(cityPath);
    OrgService orgs(*city);
    const OrgRepository &repository = orgs.repository();

    // 2. A node with 1,000 children: a stress sub-district made once in the city file.
    const QString bigName = QStringLiteral("千社区街道");
    auto big = repository.findByPath(repository.path(repository.rootId()) + QLatin1Char('/') + bigName);
    if (!big) {
        WriteTransaction transaction(city->connection());
        Organisation sub;
        sub.parentId = repository.rootId();
        sub.kind = OrgKind::Subdistrict;
        sub.name = bigName;
        const auto id = orgs.add(sub);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        for (int i = 1; i <= 1000; ++i) {
            Organisation community;
            community.parentId = id.value();
            community.kind = OrgKind::Community;
            community.name = QStringLiteral("测试%1社区").arg(i);
            if (const auto added = orgs.add(community); !added)
                qFatal("%s", qPrintable(added.error()));
        }
        transaction.commit();
        big = id.value();
    }
    QList<double> expand;
    for (int i = 0; i < 7; ++i) {
        OrgTreeModel model(orgs);
        QTreeView view;
        view.setModel(&model);
        view.resize(300, 700);
        view.show();
        const QModelIndex index = model.indexOf(*big);
        view.expand(index.parent());
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        view.expand(index); // fetches the children and lays them out
        QApplication::processEvents();
        expand.append(timer.nsecsElapsed() / 1e6);
        if (model.rowCount(index) != 1000)
            qFatal("expected 1000 children, got %d", model.rowCount(index));
    }
    out << "expand a node of 1000 children (model + view), median of 7: " << QString::number(median(expand), 'f', 1)
        << " ms (target <= 100)\n";

    // 3. Search by part of a name.
    const QStringList needles = {QStringLiteral("网格"), QStringLiteral("第7"), QStringLiteral("社区"),
                                 QStringLiteral("党员中心户"), QStringLiteral("东园"), QStringLiteral("无此名称")};
    for (const QString &needle : needles) {
        QList<double> times;
        int hits = 0;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer timer;
            timer.start();
            hits = int(repository.search(needle, 50).size());
            times.append(timer.nsecsElapsed() / 1e6);
        }
        out << "search \"" << needle << "\": " << hits << " hits, median " << QString::number(median(times), 'f', 1)
            << " ms (target <= 100)\n";
    }
    // The children's figures of the top (a whole-tree aggregate) are read only when that page opens.
    QElapsedTimer summaries;
    summaries.start();
    const auto rows = repository.childSummaries(repository.rootId(), false);
    out << "organisation page figures for the top (" << rows.size() << " children, whole tree): "
        << summaries.elapsed() << " ms\n";
    return 0;
}
