// Benchmark of the co-building page on the `city` profile (about 3,500 units, 3,900 agreements,
// 3,900 needs, 3,500 resources, 2,700 projects, 12,000 meetings and 24,000 tasks): reading each
// list whole for the top of the tree and for one sub-district, the meetings due, the resources
// suggested for a need, and the page's figures and charts. Usage: bench_cobuild [WORKDIR].

#include "cobuild/CobuildFigures.h"
#include "cobuild/CobuildList.h"
#include "cobuild/MeetingRhythm.h"
#include "cobuild/ResourceMatcher.h"
#include "demo/DemoGenerator.h"
#include "overview/Dashboard.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
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

const char *listName(CobuildList list)
{
    switch (list) {
    case CobuildList::Units: return "units";
    case CobuildList::Agreements: return "agreements";
    case CobuildList::Needs: return "needs";
    case CobuildList::Resources: return "resources";
    case CobuildList::Projects: return "projects";
    case CobuildList::Meetings: return "meetings";
    case CobuildList::Activities: return "activities";
    case CobuildList::Tasks: return "tasks";
    default: break;
    }
    return "";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString workdir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::temp().filePath(QStringLiteral("zongheng-bench"));
    QDir().mkpath(workdir);
    const QString path = QDir(workdir).filePath(QStringLiteral("cobuild-city.db"));
    const QDate asOf(2026, 11, 20);
    if (!QFileInfo::exists(path)) {
        auto created = Database::create(path);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        DemoGenerator::Options options;
        options.profile = QStringLiteral("city");
        options.asOf = asOf;
        if (const Outcome done = DemoGenerator::run(*created.value(), options); !done)
            qFatal("%s", qPrintable(done.error()));
    }
    {
        // A file from an earlier build is brought up to the current schema first.
        auto upgraded = Database::open(path, Database::Access::ReadWrite);
        if (!upgraded)
            qFatal("%s", qPrintable(upgraded.error()));
    }
    auto opened = Database::open(path, Database::Access::ReadOnly);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    const Database &db = *opened.value();
    QSqlQuery query(db.connection());
    qint64 subdistrict = 0;
    if (query.exec(QStringLiteral("SELECT id FROM organisation WHERE kind = 'subdistrict' ORDER BY id LIMIT 1")) && query.next())
        subdistrict = query.value(0).toLongLong();
    qint64 need = 0;
    if (query.exec(QStringLiteral("SELECT id FROM need WHERE state = 'open' ORDER BY id LIMIT 1")) && query.next())
        need = query.value(0).toLongLong();

    out << "co-building lists read whole (median of 5), the city / one sub-district:\n";
    double worst = 0;
    double total = 0;
    for (CobuildList list : CobuildRows::lists()) {
        int rowsCity = 0;
        int rowsSub = 0;
        const double city = medianMs([&] { rowsCity = int(CobuildRows::read(db.connection(), list, 0, asOf).size()); });
        const double sub = medianMs([&] { rowsSub = int(CobuildRows::read(db.connection(), list, subdistrict, asOf).size()); });
        out << QStringLiteral("  %1: %2 rows in %3 ms / %4 rows in %5 ms\n")
                   .arg(QLatin1String(listName(list)))
                   .arg(rowsCity)
                   .arg(city, 0, 'f', 1)
                   .arg(rowsSub)
                   .arg(sub, 0, 'f', 1);
        worst = std::max(worst, city);
        total += city;
    }
    out << QStringLiteral("  worst list %1 ms; all seven %2 ms\n").arg(worst, 0, 'f', 1).arg(total, 0, 'f', 1);
    int due = 0;
    const double dueMs = medianMs([&] { due = int(MeetingRhythm::due(db.connection(), asOf).size()); });
    out << QStringLiteral("meetings due, whole city: %1 organisations in %2 ms\n").arg(due).arg(dueMs, 0, 'f', 1);
    int suggested = 0;
    const double match = medianMs([&] { suggested = int(ResourceMatcher::suggest(db.connection(), need, asOf).size()); });
    out << QStringLiteral("resources suggested for need %1: %2 in %3 ms\n").arg(need).arg(suggested).arg(match, 0, 'f', 1);
    out << QStringLiteral("figures (stats --json cobuilding): %1 ms\n")
               .arg(medianMs([&] { (void)CobuildFigures::compute(db, 0, asOf); }), 0, 'f', 1);
    out << QStringLiteral("charts (needs by category, fulfilment bands): %1 ms\n")
               .arg(medianMs([&] {
                        (void)CobuildCharts::needsByCategory(db, 0);
                        (void)CobuildCharts::fulfilment(db, 0, asOf);
                    }),
                    0, 'f', 1);
    // The overview's dashboard: the target is 300 ms on the city.
    const QDate from = QDate(asOf.year(), asOf.month(), 1).addMonths(-11);
    double worstDashboard = 0;
    for (const auto &[label, org] : {std::pair<const char *, qint64>{"the whole city", 0}, {"one sub-district", subdistrict}}) {
        Dashboard dashboard;
        const double ms = medianMs([&] { dashboard = Dashboard::compute(db, org, from, asOf, asOf); });
        qint64 recorded = 0;
        for (const Dashboard::Month &m : dashboard.months)
            recorded += m.recorded;
        out << QStringLiteral("dashboard, last 12 months, %1: %2 items, %3 children, in %4 ms\n")
                   .arg(QLatin1String(label))
                   .arg(recorded)
                   .arg(dashboard.children.size())
                   .arg(ms, 0, 'f', 1);
        worstDashboard = std::max(worstDashboard, ms);
    }
    out << QStringLiteral("dashboard worst: %1 ms (target <= 300)\n").arg(worstDashboard, 0, 'f', 1);
    return 0;
}
