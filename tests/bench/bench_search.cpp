// Benchmark of the ledger's search on `city`, side by side with the plain queries on the same
// file: for frequent, rare and absent words, with and without a subtree, the newest page of 200
// as the program reads it, as a plain LIKE walking down the recorded-date index, and as a plain
// FTS5 query sorted afterwards; then whole processes: `zongheng-cli ledger list --text` against
// the sqlite3 shell running the better plain query. Usage: bench_search CITY.db [ZONGHENG_CLI].

#include "ledger/LedgerRepository.h"
#include "ledger/LedgerSearch.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/SqlCondition.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

QTextStream out(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// The median of runs of f in milliseconds, after one run to warm the cache.
double timed(const std::function<void()> &f, int runs = 7)
{
    f();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

/// Prepares and runs sql as a plain tool does, and counts its rows.
int rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    int n = 0;
    if (!query.exec(sql))
        qFatal("%s", qPrintable(query.lastQuery()));
    while (query.next())
        ++n;
    return n;
}

/// The columns and joins of a page as the ledger table shows it, for the plain queries too.
const QString pageColumns = QStringLiteral(
    "SELECT i.id, i.recorded_on, i.due_on, i.state, i.urgency, i.source, i.title, c.name, o.name, i.holder, cm.name "
    "FROM ledger_item i JOIN ledger_category c ON c.id = i.category_id JOIN organisation o ON o.id = i.org_id "
    "LEFT JOIN organisation cm ON cm.id = i.community_id AND cm.id <> i.org_id ");

/// A plain page: the items where `match` holds for the word's LIKE pattern, newest first.
QString plainPage(const QString &match, const QString &word, const QString &scope)
{
    const QString like = QStringLiteral("'%") + word + QStringLiteral("%'");
    return pageColumns + QStringLiteral("WHERE ") + scope + QString(match).replace(QStringLiteral("%1"), like)
        + QStringLiteral(" ORDER BY i.recorded_on DESC, i.id DESC LIMIT 200");
}

/// The plain walk: LIKE on the three columns down the date order (a subtree through its index).
QString plainWalk(const QString &word, const QString &scope)
{
    return plainPage(QStringLiteral("(i.title LIKE %1 OR i.description LIKE %1 OR i.location LIKE %1)"), word, scope);
}

/// The plain index query: FTS5 (trigram) for the word, the hits sorted.
QString plainIndex(const QString &word, const QString &scope)
{
    return plainPage(QStringLiteral("i.id IN (SELECT rowid FROM ledger_search WHERE body LIKE %1)"), word, scope);
}

double processMs(const QString &program, const QStringList &arguments)
{
    return timed([&] {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(-1);
        if (process.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    }, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        out << "usage: bench_search CITY.db [ZONGHENG_CLI]\n";
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const QString cli = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    auto opened = Database::open(file, Database::Access::ReadOnly);
    if (!opened) {
        out << opened.error() << "\n";
        return 1;
    }
    const Database &db = *opened.value();
    const LedgerRepository ledger(db);
    const OrgRepository orgs(db);
    const qint64 subdistrict = orgs.children(orgs.rootId(), false).first().id;
    QSqlQuery count(db.connection());
    count.exec(QStringLiteral("SELECT count(*) FROM ledger_item"));
    count.next();
    out << "ledger items: " << count.value(0).toLongLong() << "\n";
    count.finish();

    // A rare word: the newest item's place (a road, a number, a building).
    count.exec(QStringLiteral("SELECT location FROM ledger_item WHERE location IS NOT NULL ORDER BY id DESC LIMIT 1"));
    count.next();
    const QString place = LedgerSearch::words(count.value(0).toString()).value(0);
    count.finish();
    struct Term { QString word; QString kind; };
    const QList<Term> terms = {{place, QStringLiteral("rare, a place")},{QStringLiteral("路灯"), QStringLiteral("frequent, 2 characters")},
                               {QStringLiteral("灯"), QStringLiteral("frequent, 1 character")},
                               {QStringLiteral("电梯故障"), QStringLiteral("frequent, 4 characters")},
                               {QStringLiteral("下水道堵塞"), QStringLiteral("frequent, 5 characters")},
                               {QStringLiteral("雨天更加"), QStringLiteral("rarer, 4 characters")},
                               {QStringLiteral("鑫"), QStringLiteral("absent, 1 character")},
                               {QStringLiteral("无此"), QStringLiteral("absent, 2 characters")},
                               {QStringLiteral("无此事项"), QStringLiteral("absent, 4 characters")}};
    double worstRatio = 0;
    out << "| word | scope | hits | program | plain walk | plain index | ratio to the better |\n|---|---|---:|---:|---:|---:|---:|\n";
    for (const Term &term : terms) {
        for (const bool inSubdistrict : {false, true}) {
            LedgerFilter filter;
            filter.text = term.word;
            filter.orgId = inSubdistrict ? subdistrict : 0;
            const QString scope = inSubdistrict ? QStringLiteral("i.subdistrict_id = %1 AND ").arg(subdistrict) : QString();
            int programRows = 0;
            const double program = timed([&] { programRows = int(ledger.page(filter, LedgerSort::RecordedNewest, std::nullopt, 200).size()); });
            const double planMs = timed([&] {
                SqlCondition c;
                LedgerSearch::addTo(c, db.connection(), term.word, LedgerSearch::Use::Page);
            });
            int walkRows = 0;
            const double walkMs = timed([&] { walkRows = rowsOf(db.connection(), plainWalk(term.word, scope)); },
                                        programRows == 0 ? 1 : 7);
            const double indexMs = term.word.size() >= 3 ? timed([&] { rowsOf(db.connection(), plainIndex(term.word, scope)); }) : -1;
            const double better = indexMs < 0 ? walkMs : std::min(walkMs, indexMs);
            // Below a millisecond the ratio says nothing: both are instant to the clerk.
            const double ratio = program / std::max(better, 1.0);
            worstRatio = std::max(worstRatio, ratio);
            if (programRows != walkRows)
                qFatal("the program found %d rows of %s, the plain walk %d", programRows, qPrintable(term.word), walkRows);
            out << "| " << term.word << " (" << term.kind << ") | " << (inSubdistrict ? "one sub-district" : "everything") << " | "
                << ledger.count(filter) << " | " << QString::number(program, 'f', 1) << " ms (choosing " << QString::number(planMs, 'f', 1) << ") | " << QString::number(walkMs, 'f', 1)
                << " ms | " << (indexMs < 0 ? QStringLiteral("— (under 3 characters)") : QString::number(indexMs, 'f', 1) + QStringLiteral(" ms"))
                << " | " << QString::number(ratio, 'f', 2) << " |\n";
        }
    }
    out << "worst ratio of the program's page to the better plain query (either counted as 1 ms at least): " << QString::number(worstRatio, 'f', 2)
        << " (target <= 1.5)\n";

    if (!cli.isEmpty()) {
        out << "\nwhole processes (median of 5):\n";
        for (const QString &word : {QStringLiteral("路灯"), QStringLiteral("电梯故障"), place, QStringLiteral("无此事项")}) {
            const double ours = processMs(cli, {QStringLiteral("--db"), file, QStringLiteral("ledger"), QStringLiteral("list"),
                                                QStringLiteral("--text"), word, QStringLiteral("--limit"), QStringLiteral("200")});
            const double walk = processMs(QStringLiteral("sqlite3"), {file, plainWalk(word, QString())});
            // The trigram index serves LIKE only for three characters or more.
            const double index = word.size() >= 3 ? processMs(QStringLiteral("sqlite3"), {file, plainIndex(word, QString())}) : -1;
            out << "  " << word << ": zongheng-cli ledger list " << QString::number(ours, 'f', 0) << " ms; sqlite3 walk "
                << QString::number(walk, 'f', 0) << " ms, sqlite3 index "
                << (index < 0 ? QStringLiteral("—") : QString::number(index, 'f', 0) + QStringLiteral(" ms")) << "\n";
        }
    }
    return 0;
}
