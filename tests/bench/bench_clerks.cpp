// Benchmark of several clerks at once on a PostgreSQL server: four clerks adding ledger items and
// taking their next steps for 60 s (ClerksAtOnce), then the same again with their connections
// cut every second, each time held against what the database holds; beside them four plain
// writers inserting an item and its event per transaction with raw SQL for the same time, which
// is what the server gives without the program's checks. Usage: bench_clerks ADDRESS [SECONDS],
// ADDRESS an empty database on the server (postgresql://USER@/NAME?host=SOCKETDIR).

#include "ClerksAtOnce.h"

#include "org/OrgService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QIODevice>
#include <QTextStream>

#include <atomic>

namespace {

QTextStream out(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);

/// Four threads inserting an item and its event per transaction with plain SQL; the items written.
int plainWriters(const QString &address, qint64 orgId, qint64 categoryId, int milliseconds)
{
    std::atomic<int> written{0}, retried{0};
    QList<QThread *> threads;
    for (int n = 0; n < 4; ++n) {
        threads.append(QThread::create([&, n] {
            auto opened = Database::open(address, Database::Access::ReadWrite);
            if (!opened)
                qFatal("%s", qPrintable(opened.error()));
            QSqlDatabase db = opened.value()->connection();
            QSqlQuery item(db), event(db);
            item.prepare(QStringLiteral(
                "INSERT INTO ledger_item (org_id, community_id, subdistrict_id, source, category_id, title, urgency, "
                "recorded_on, due_on, state, created_at, updated_at) VALUES (:org, :org, :org, 'diary', :category, "
                ":title, 'ordinary', '2026-12-01', '2026-12-15', 'recorded', '', '') RETURNING id"));
            event.prepare(QStringLiteral("INSERT INTO ledger_event (item_id, happened_on, who, action, to_state, created_at) "
                                         "VALUES (:item, '2026-12-01', 'plain', 'record', 'recorded', '')"));
            QDeadlineTimer deadline(milliseconds);
            for (int i = 0; !deadline.hasExpired(); ++i) {
                db.transaction();
                item.bindValue(QStringLiteral(":org"), orgId);
                item.bindValue(QStringLiteral(":category"), categoryId);
                item.bindValue(QStringLiteral(":title"), QStringLiteral("plain %1-%2").arg(n).arg(i));
                bool done = item.exec() && item.next();
                if (done) {
                    event.bindValue(QStringLiteral(":item"), item.value(0));
                    done = event.exec() && db.commit();
                }
                if (done) {
                    ++written;
                    continue;
                }
                const QSqlError error = item.lastError().isValid() ? item.lastError() : event.lastError();
                if (error.nativeErrorCode() != QLatin1String("40P01") && error.nativeErrorCode() != QLatin1String("40001"))
                    qFatal("%s", qPrintable(error.text()));
                db.rollback(); // a plain tool tries again too
                ++retried;
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    out << QStringLiteral("  (%1 transactions of the plain writers undone by the server and tried again)\n").arg(retried);
    return written;
}

void report(const char *what, const ClerksAtOnce::Tally &tally, const QStringList &wrong, double seconds)
{
    int steps = 0, unsure = 0;
    for (const int n : tally.steps)
        steps += n;
    for (const int n : tally.unsure)
        unsure += n;
    out << QStringLiteral("%1: %2 items (%3/s), %4 steps (%5/s), %6 refused as moved on, %7 cut, %8 answers lost, "
                          "%9 failures, %10 wrong\n")
               .arg(QLatin1String(what))
               .arg(tally.added.size())
               .arg(tally.added.size() / seconds, 0, 'f', 0)
               .arg(steps)
               .arg(steps / seconds, 0, 'f', 0)
               .arg(tally.refused)
               .arg(tally.cuts)
               .arg(tally.unsureAdds + unsure)
               .arg(tally.failures.size())
               .arg(wrong.size());
    for (const QString &line : tally.failures.mid(0, 5) + wrong.mid(0, 5))
        out << "  " << line << "\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !Database::isServer(args.at(1))) {
        out << "usage: bench_clerks postgresql://USER@/EMPTYDB?host=SOCKETDIR [SECONDS]\n";
        return 2;
    }
    const int seconds = args.size() > 2 ? args.at(2).toInt() : 60;
    auto created = Database::create(args.at(1));
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    Database &db = *created.value();
    OrgService orgs(db);
    auto addOrg = [&](qint64 parent, OrgKind kind, const QString &name) {
        Organisation o;
        o.parentId = parent;
        o.kind = kind;
        o.name = name;
        const auto id = orgs.add(o);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    };
    const qint64 sub = addOrg(addOrg(0, OrgKind::District, QStringLiteral("迎江区")), OrgKind::Subdistrict,
                              QStringLiteral("新河路街道"));
    const qint64 grid = addOrg(addOrg(sub, OrgKind::Community, QStringLiteral("龙狮桥社区")), OrgKind::Grid,
                               QStringLiteral("第1网格"));
    const qint64 category = *LedgerRepository(db).categoryByName(QStringLiteral("设施维修"));

    out << "bench_clerks on " << db.path() << ", " << seconds << " s each\n";
    ClerksAtOnce::Options options;
    options.address = args.at(1);
    options.orgId = grid;
    options.categoryId = category;
    options.milliseconds = seconds * 1000;
    const ClerksAtOnce::Tally calm = ClerksAtOnce::run(options);
    report("4 clerks", calm, ClerksAtOnce::compare(db, options, calm), seconds);

    options.cutEveryMilliseconds = 1000;
    options.run = QStringLiteral("乙");
    const ClerksAtOnce::Tally cut = ClerksAtOnce::run(options);
    report("4 clerks, a connection cut every second", cut, ClerksAtOnce::compare(db, options, cut), seconds);

    const int plain = plainWriters(options.address, grid, category, seconds * 1000);
    out << QStringLiteral("4 plain writers (raw INSERTs, item + event per transaction): %1 items (%2/s)\n")
               .arg(plain)
               .arg(plain / double(seconds), 0, 'f', 0);
    QSqlQuery deadlocks(db.connection());
    if (deadlocks.exec(QStringLiteral("SELECT deadlocks, conflicts FROM pg_stat_database WHERE datname = current_database()"))
        && deadlocks.next())
        out << "deadlocks the server detected: " << deadlocks.value(0).toInt() << "\n";
    return calm.failures.isEmpty() && cut.failures.isEmpty() ? 0 : 1;
}
