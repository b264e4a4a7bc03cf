// Benchmark of the people's ledger: generating the `city` profile's 1,000,000 items with their
// events, the first page after a filter change on `city` and on `small` (and the query plans),
// full-text search, and the count on its worker thread; given an empty database on a PostgreSQL
// server too, the same city generated there and its first pages and searches side by side with
// the file's. Usage: bench_ledger [WORKDIR [postgresql://…]] [--reuse] (--reuse: the databases of
// an earlier run are measured again rather than generated anew).

#include "demo/DemoGenerator.h"
#include "ledger/LedgerFigures.h"
#include "ledger/LedgerRepository.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerTableModel.h"
#include "org/OrgRepository.h"
#include "points/PointsService.h"
#include "store/Database.h"
#include "store/PgHandle.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

QTextStream out(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
const int unbuffered = std::setvbuf(stdout, nullptr, _IONBF, 0);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Generated
{
    std::unique_ptr<Database> db;
    double ledgerMs = 0;
    double rowsMs = 0;    ///< inserting items, events and points
    double indexesMs = 0; ///< rebuilding the indexes
    double searchMs = 0;  ///< building the search index
};

/// Kept from an earlier run when asked (--reuse): the database is opened, not generated again.
bool reuse = false;

Generated generate(const QString &path, const QString &profile)
{
    if (const Result<bool> there = Database::exists(path); reuse && there && there.value()) {
        auto opened = Database::open(path, Database::Access::ReadWrite);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        out << "(" << path << ": kept from an earlier run)\n";
        return Generated{std::move(opened.value()), 0, 0, 0, 0};
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto created = Database::create(path);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    Generated result{std::move(created.value()), 0, 0, 0, 0};
    DemoGenerator::Options options;
    options.profile = profile;
    options.asOf = QDate(2026, 11, 1);
    QElapsedTimer timer;
    timer.start();
    qint64 ledgerStarted = -1;
    qint64 rowsDone = -1;
    qint64 indexesDone = -1;
    qint64 ledgerEnded = -1;
    // The ledger stage spans ledgerFrom..1; its builder reports 0.8 after the rows, 0.9 after the indexes.
    const auto at = [](double f) { return DemoGenerator::ledgerFrom + (1.0 - DemoGenerator::ledgerFrom) * f - 1e-9; };
    const Outcome done = DemoGenerator::run(*result.db, options, [&](double fraction, const QString &) {
        if (fraction >= at(0) && ledgerStarted < 0)
            ledgerStarted = timer.nsecsElapsed();
        if (fraction >= at(0.8) && rowsDone < 0)
            rowsDone = timer.nsecsElapsed();
        if (fraction >= at(0.9) && indexesDone < 0)
            indexesDone = timer.nsecsElapsed();
        if (fraction >= 1.0 && ledgerEnded < 0)
            ledgerEnded = timer.nsecsElapsed();
        return true;
    });
    if (!done)
        qFatal("%s", qPrintable(done.error()));
    result.ledgerMs = (ledgerEnded - ledgerStarted) / 1e6;
    result.rowsMs = (rowsDone - ledgerStarted) / 1e6;
    result.indexesMs = (indexesDone - rowsDone) / 1e6;
    result.searchMs = (ledgerEnded - indexesDone) / 1e6;
    return result;
}

struct Case
{
    QString name;
    LedgerFilter filter;
};

QList<Case> cases(const Database &db)
{
    const OrgRepository orgs(db);
    const qint64 root = orgs.rootId();
    const qint64 subdistrict = orgs.children(root, false).first().id;
    const qint64 community = orgs.children(subdistrict, false).first().id;
    const qint64 grid = orgs.children(community, false).first().id;
    const LedgerRepository ledger(db);
    const qint64 category = ledger.categories().at(1).id;
    LedgerFilter f;
    f.asOf = QDate(2026, 11, 1);
    QList<Case> list;
    list.append({QStringLiteral("everything, newest first"), f});
    f.orgId = subdistrict;
    list.append({QStringLiteral("one sub-district"), f});
    f.orgId = community;
    list.append({QStringLiteral("one community"), f});
    f.orgId = grid;
    list.append({QStringLiteral("one grid"), f});
    f.orgId = 0;
    f.overdueOnly = true;
    list.append({QStringLiteral("overdue"), f});
    f.overdueOnly = false;
    f.openOnly = true;
    f.orgId = subdistrict;
    list.append({QStringLiteral("open in a sub-district"), f});
    f.openOnly = false;
    f.orgId = 0;
    f.categoryId = category;
    f.recordedFrom = QDate(2026, 6, 1);
    f.recordedTo = QDate(2026, 6, 30);
    list.append({QStringLiteral("one category in June"), f});
    f.categoryId = 0;
    f.recordedFrom = f.recordedTo = QDate();
    f.state = LedgerState::Escalated;
    list.append({QStringLiteral("escalated"), f});
    f.state.reset();
    f.urgency = Urgency::Emergency;
    f.orgId = community;
    list.append({QStringLiteral("emergencies in a community"), f});
    return list;
}

/// The median time of the first page for each case.
QList<double> firstPages(const Database &db)
{
    const LedgerRepository ledger(db);
    QList<double> times;
    for (const Case &c : cases(db)) {
        QList<double> runs;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto rows = ledger.page(c.filter, LedgerSort::RecordedNewest, std::nullopt, LedgerTableModel::pageSize);
            runs.append(timer.nsecsElapsed() / 1e6);
            Q_UNUSED(rows)
        }
        times.append(median(runs));
    }
    return times;
}

/// The city generated on a server, its first pages against the file's (cityTimes) and its searches.
void onServer(const QString &address, const Database &file, const QList<double> &cityTimes)
{
    Generated server = generate(address, QStringLiteral("city"));
    out << "\ncity on the server " << server.db->path() << ": generated in " << QString::number(server.ledgerMs / 1000, 'f', 1)
        << " s\n";
    const QList<Case> serverCases = cases(*server.db);
    const QList<double> serverTimes = firstPages(*server.db);
    double worst = 0, worstRatio = 0;
    for (int i = 0; i < serverCases.size(); ++i) {
        const double ratio = serverTimes.at(i) / std::max(0.05, cityTimes.at(i));
        worst = std::max(worst, serverTimes.at(i));
        worstRatio = std::max(worstRatio, ratio);
        out << "  first page, " << serverCases.at(i).name << ": server " << QString::number(serverTimes.at(i), 'f', 2)
            << " ms, file " << QString::number(cityTimes.at(i), 'f', 2) << " ms (" << QString::number(ratio, 'f', 2) << " x)\n";
    }
    // The plain alternative on the same server: the statement of the first and the grid's page
    // prepared once and run through libpq itself, rows read as text and nothing more.
    PGconn *pg = PgHandle::of(server.db->connection());
    const QByteArray page = "SELECT i.id, i.recorded_on, i.due_on, i.state, i.urgency, i.source, i.title, c.name, o.name, "
                            "i.holder, cm.name FROM ledger_item i JOIN ledger_category c ON c.id = i.category_id "
                            "JOIN organisation o ON o.id = i.org_id LEFT JOIN organisation cm ON cm.id = i.community_id "
                            "AND cm.id <> i.org_id WHERE ($1::bigint = 0 OR i.org_id = $1) "
                            "ORDER BY i.recorded_on DESC, i.id DESC LIMIT 200";
    PQclear(PQprepare(pg, "bench_plain_page", page.constData(), 1, nullptr));
    for (const int which : {0, 3}) {
        const QByteArray org = QByteArray::number(serverCases.at(which).filter.orgId);
        const char *values[] = {org.constData()};
        QList<double> runs;
        for (int i = 0; i < 8; ++i) {
            QElapsedTimer timer;
            timer.start();
            PGresult *rows = PQexecPrepared(pg, "bench_plain_page", 1, values, nullptr, nullptr, 0);
            qint64 bytes = 0;
            for (int r = 0; r < PQntuples(rows); ++r) {
                for (int c = 0; c < PQnfields(rows); ++c)
                    bytes += PQgetlength(rows, r, c);
            }
            PQclear(rows);
            if (i > 0)
                runs.append(timer.nsecsElapsed() / 1e6);
            Q_UNUSED(bytes)
        }
        out << "  plain libpq, " << serverCases.at(which).name << ": " << QString::number(median(runs), 'f', 2) << " ms ("
            << QString::number(median(runs) / std::max(0.05, cityTimes.at(which)), 'f', 2) << " x the file's page)\n";
    }
    out << "first page after a filter change on city, server: worst " << QString::number(worst, 'f', 1)
        << " ms (target <= 100), worst ratio to the file " << QString::number(worstRatio, 'f', 2) << " (target <= 2)\n";
    const LedgerRepository onServer(*server.db), onFile(file);
    for (const QString &text : {QStringLiteral("路灯"), QStringLiteral("电梯故障"), QStringLiteral("无此事项")}) {
        LedgerFilter filter;
        filter.text = text;
        const auto time = [&](const LedgerRepository &ledger) {
            QList<double> runs;
            for (int i = 0; i < 5; ++i) {
                QElapsedTimer timer;
                timer.start();
                Q_UNUSED(ledger.page(filter, LedgerSort::RecordedNewest, std::nullopt, LedgerTableModel::pageSize))
                runs.append(timer.nsecsElapsed() / 1e6);
            }
            return median(runs);
        };
        out << "  search \"" << text << "\": server " << QString::number(time(onServer), 'f', 1) << " ms, file "
            << QString::number(time(onFile), 'f', 1) << " ms\n";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    reuse = args.removeAll(QStringLiteral("--reuse")) > 0;
    const QString workdir = args.size() > 1 ? args.at(1) : QDir::temp().filePath(QStringLiteral("zongheng-bench"));
    QDir().mkpath(workdir);

    Generated small = generate(QDir(workdir).filePath(QStringLiteral("ledger-small.db")), QStringLiteral("small"));
    Generated city = generate(QDir(workdir).filePath(QStringLiteral("ledger-city.db")), QStringLiteral("city"));
    QSqlQuery query(city.db->connection());
    query.exec(QStringLiteral("SELECT (SELECT count(*) FROM ledger_item), (SELECT count(*) FROM ledger_event)"));
    query.next();
    const qint64 items = query.value(0).toLongLong();
    const qint64 events = query.value(1).toLongLong();
    query.finish();
    out << "city: " << items << " ledger items with " << events << " events generated in "
        << QString::number(city.ledgerMs / 1000, 'f', 1) << " s (indexes and search index rebuilt included) = "
        << QString::number((items + events) / (city.ledgerMs / 1000), 'f', 0) << " rows/s (target >= 200000)\n"
        << "  rows " << QString::number(city.rowsMs / 1000, 'f', 1) << " s ("
        << QString::number((items + events) / (city.rowsMs / 1000), 'f', 0) << " rows/s), indexes "
        << QString::number(city.indexesMs / 1000, 'f', 1) << " s, search index " << QString::number(city.searchMs / 1000, 'f', 1)
        << " s\n";

    const LedgerFigures figures = LedgerFigures::compute(*city.db, 0, {}, {}, QDate(2026, 11, 1));
    out << "city figures: completion " << QString::number(figures.completionRate() * 100, 'f', 2) << " %, satisfaction "
        << QString::number(figures.satisfactionRate() * 100, 'f', 2) << " %, overdue " << figures.overdue << "\n";

    const QList<Case> cityCases = cases(*city.db);
    const QList<double> cityTimes = firstPages(*city.db);
    const QList<double> smallTimes = firstPages(*small.db);
    double worst = 0;
    double worstRatio = 0;
    for (int i = 0; i < cityCases.size(); ++i) {
        const double ratio = cityTimes.at(i) / std::max(0.05, smallTimes.at(i));
        worst = std::max(worst, cityTimes.at(i));
        worstRatio = std::max(worstRatio, ratio);
        out << "  first page, " << cityCases.at(i).name << ": city " << QString::number(cityTimes.at(i), 'f', 2)
            << " ms, small " << QString::number(smallTimes.at(i), 'f', 2) << " ms\n";
        out << "    plan: " << LedgerRepository(*city.db).pagePlan(cityCases.at(i).filter, LedgerSort::RecordedNewest).join(QStringLiteral("; "))
            << "\n";
    }
    out << "first page after a filter change on city: worst " << QString::number(worst, 'f', 1) << " ms (target <= 100)\n";

    // Search.
    const LedgerRepository ledger(*city.db);
    double worstSearch = 0;
    for (const QString &text : {QStringLiteral("路灯"), QStringLiteral("灯"), QStringLiteral("电梯故障"),
                                QStringLiteral("下水道堵塞"), QStringLiteral("华中 漏水"), QStringLiteral("无此事项")}) {
        LedgerFilter filter;
        filter.text = text;
        QList<double> runs;
        qint64 total = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto rows = ledger.page(filter, LedgerSort::RecordedNewest, std::nullopt, LedgerTableModel::pageSize);
            runs.append(timer.nsecsElapsed() / 1e6);
            total = rows.size();
        }
        worstSearch = std::max(worstSearch, median(runs));
        out << "  search \"" << text << "\": first " << total << " rows in " << QString::number(median(runs), 'f', 1) << " ms\n";
    }
    out << "full-text search on city: worst " << QString::number(worstSearch, 'f', 1) << " ms (target <= 300)\n";

    // The count on its worker thread: the page is there at once, the count follows.
    PointsService points(*city.db);
    LedgerService service(*city.db, points);
    LedgerTableModel model(*city.db, service);
    QSignalSpy counted(&model, &LedgerTableModel::countReady);
    QElapsedTimer timer;
    timer.start();
    model.setFilter(cityCases.first().filter);
    const double pageMs = timer.nsecsElapsed() / 1e6;
    counted.wait(30000);
    const double countMs = timer.nsecsElapsed() / 1e6;
    out << "ledger table on city, everything: first page back after " << QString::number(pageMs, 'f', 1)
        << " ms while counting; the count (" << counted.last().at(0).toLongLong() << ") arrived after "
        << QString::number(countMs, 'f', 0) << " ms\n";

    if (args.size() > 2)
        onServer(args.at(2), *city.db, cityTimes);
    return 0;
}
