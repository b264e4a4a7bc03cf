#pragma once

// Several clerks at once on one server database, for the test (a few seconds) and the benchmark
// (a minute): each clerk a thread with a connection of its own, adding ledger items and taking the
// next step on items anyone added, as fast as the server lets them; optionally another program
// cutting clerks' connections now and then, as a dropped network does. Every clerk keeps what the
// server acknowledged, and afterwards the database is held against it: nothing acknowledged lost,
// nothing written twice.

#include "ledger/LedgerService.h"
#include "points/PointsService.h"
#include "store/Database.h"
#include "store/PgHandle.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace ClerksAtOnce {

struct Options
{
    QString address;     ///< the server database (postgresql://…), holding the demo's organisations
    qint64 orgId = 0;    ///< a grid the items are recorded in
    qint64 categoryId = 0;
    int clerks = 4;
    int milliseconds = 3000;
    int cutEveryMilliseconds = 0; ///< how often a clerk's connection is cut; 0: never
    QString run = QStringLiteral("甲"); ///< begins every item's title, to tell the runs on one database apart
};

/// What the clerks were told.
struct Tally
{
    QHash<qint64, QString> added;    ///< acknowledged items and their titles
    QHash<qint64, int> steps;        ///< acknowledged steps per item
    QHash<qint64, int> unsure;       ///< steps whose answer was lost with the connection
    int unsureAdds = 0;              ///< adds whose answer was lost with the connection
    int refused = 0;                 ///< steps refused as changed by another clerk meanwhile
    int reconnects = 0;
    int cuts = 0;
    QStringList failures;            ///< anything else: a deadlock, a lost change, a wrong refusal
};

namespace detail {

/// The first step the flow allows in the item's state, done by a clerk today.
inline std::optional<LedgerStep> nextStep(const LedgerItem &item, const QDate &today)
{
    const QList<LedgerAction> allowed = LedgerFlow::available(item.state);
    for (const LedgerAction action : {LedgerAction::Accept, LedgerAction::Dispatch, LedgerAction::Take,
                                      LedgerAction::Progress, LedgerAction::Close, LedgerAction::Visit}) {
        if (!allowed.contains(action))
            continue;
        LedgerStep step;
        step.action = action;
        step.on = today;
        step.who = QStringLiteral("网格员");
        step.to = QStringLiteral("小区物业服务中心");
        step.note = QStringLiteral("已处理");
        if (action == LedgerAction::Visit)
            step.satisfaction = Satisfaction::Satisfied;
        step.version = item.version;
        return step;
    }
    return std::nullopt;
}

class Clerk : public QThread
{
public:
    Clerk(const Options &options, int number, QMutex &shared, QList<qint64> &items)
        : m_options(options)
        , m_number(number)
        , m_shared(shared)
        , m_items(items)
    {
    }

    Tally tally;
    std::atomic<int> backendPid{0};

protected:
    void run() override
    {
        auto opened = Database::open(m_options.address, Database::Access::ReadWrite);
        if (!opened) {
            tally.failures.append(opened.error());
            return;
        }
        Database &db = *opened.value();
        db.setActor(QStringLiteral("办事员%1").arg(m_number));
        notePid(db);
        PointsService points(db);
        LedgerService ledger(db, points);
        const QDate today = QDate::currentDate();
        QRandomGenerator random(quint32(m_number) * 7919u + 1);
        QDeadlineTimer deadline(m_options.milliseconds);
        int made = 0;
        while (!deadline.hasExpired()) {
            qint64 target = 0;
            {
                QMutexLocker lock(&m_shared);
                if (!m_items.isEmpty() && random.bounded(10) >= 3)
                    target = m_items.at(random.bounded(int(m_items.size())));
            }
            if (target)
                step(db, ledger, target, today);
            else
                add(db, ledger, ++made, today);
        }
    }

private:
    void notePid(const Database &db)
    {
        QSqlQuery query(db.connection());
        if (query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next())
            backendPid = query.value(0).toInt();
    }

    /// After a failure: was the connection lost? Then it is made again (the answer was lost too).
    bool lostConnection(Database &db)
    {
        QSqlQuery ping(db.connection());
        if (!PgHandle::isBroken(db.connection()) && ping.exec(QStringLiteral("SELECT 1")))
            return false;
        for (int attempt = 0; attempt < 50 && !db.reconnect(); ++attempt)
            QThread::msleep(20);
        ++tally.reconnects;
        notePid(db);
        return true;
    }

    void add(Database &db, LedgerService &ledger, int made, const QDate &today)
    {
        LedgerItem item;
        item.orgId = m_options.orgId;
        item.categoryId = m_options.categoryId;
        item.title = QStringLiteral("%1 办事员%2 第%3件").arg(m_options.run).arg(m_number).arg(made);
        item.recordedOn = today;
        const Result<qint64> id = ledger.add(item, QStringLiteral("办事员%1").arg(m_number), today);
        if (id) {
            tally.added.insert(id.value(), item.title);
            QMutexLocker lock(&m_shared);
            m_items.append(id.value());
        } else if (lostConnection(db)) {
            ++tally.unsureAdds;
        } else {
            tally.failures.append(item.title + QStringLiteral(": ") + id.error());
        }
    }

    void step(Database &db, LedgerService &ledger, qint64 target, const QDate &today)
    {
        const auto item = ledger.repository().find(target);
        if (!item) {
            if (!lostConnection(db))
                tally.failures.append(QStringLiteral("item %1 is gone").arg(target));
            return;
        }
        const auto step = nextStep(*item, today);
        if (!step)
            return; // visited: done
        const Outcome done = ledger.act(target, *step, today);
        if (done) {
            ++tally.steps[target];
        } else if (lostConnection(db)) {
            ++tally.unsure[target];
        } else if (done.error().contains(QLatin1String("since you opened it"))) {
            ++tally.refused; // another clerk moved it on first: told, nothing written
        } else {
            tally.failures.append(QStringLiteral("step on %1: %2").arg(target).arg(done.error()));
        }
    }

    const Options &m_options;
    const int m_number;
    QMutex &m_shared;
    QList<qint64> &m_items;
};

} // namespace detail

/// Runs the clerks for the options' time and returns what they were told, together.
inline Tally run(const Options &options)
{
    QMutex shared;
    QList<qint64> items;
    std::vector<std::unique_ptr<detail::Clerk>> clerks;
    for (int n = 1; n <= options.clerks; ++n)
        clerks.push_back(std::make_unique<detail::Clerk>(options, n, shared, items));
    for (auto &clerk : clerks)
        clerk->start();

    Tally total;
    if (options.cutEveryMilliseconds > 0) {
        // Another program on the server ending a clerk's session, as a dropped network does.
        if (auto opened = Database::open(options.address, Database::Access::ReadOnly); opened) {
            QRandomGenerator random(4711);
            QDeadlineTimer deadline(options.milliseconds);
            while (!deadline.hasExpired()) {
                QThread::msleep(options.cutEveryMilliseconds);
                const int pid = clerks.at(random.bounded(int(clerks.size())))->backendPid;
                QSqlQuery cut(opened.value()->connection());
                cut.prepare(QStringLiteral("SELECT pg_terminate_backend(:pid)"));
                cut.bindValue(QStringLiteral(":pid"), pid);
                if (pid && cut.exec())
                    ++total.cuts;
            }
        }
    }
    for (auto &clerk : clerks) {
        if (!clerk->wait(options.milliseconds + 60000)) {
            total.failures.append(QStringLiteral("a clerk did not finish: deadlocked"));
            clerk->terminate();
            clerk->wait();
        }
        const Tally &t = clerk->tally;
        total.added.insert(t.added);
        for (auto s = t.steps.begin(); s != t.steps.end(); ++s)
            total.steps[s.key()] += s.value();
        for (auto s = t.unsure.begin(); s != t.unsure.end(); ++s)
            total.unsure[s.key()] += s.value();
        total.unsureAdds += t.unsureAdds;
        total.refused += t.refused;
        total.reconnects += t.reconnects;
        total.failures += t.failures;
    }
    return total;
}

/// What the database holds against what the clerks were told: an empty list when every
/// acknowledged item and step is there once, and anything more only where an answer was lost.
inline QStringList compare(const Database &db, const Options &options, const Tally &tally)
{
    QStringList wrong;
    QHash<qint64, QString> titles;
    QHash<QString, int> byTitle;
    QSqlQuery items(db.connection());
    items.prepare(QStringLiteral("SELECT id, title FROM ledger_item WHERE title LIKE :run"));
    items.bindValue(QStringLiteral(":run"), QString(options.run + QStringLiteral(" %")));
    if (!items.exec())
        return {QStringLiteral("the items cannot be read")};
    while (items.next()) {
        titles.insert(items.value(0).toLongLong(), items.value(1).toString());
        ++byTitle[items.value(1).toString()];
    }
    for (auto it = tally.added.begin(); it != tally.added.end(); ++it) {
        if (titles.value(it.key()) != it.value())
            wrong.append(QStringLiteral("item %1 (%2) acknowledged but not there").arg(it.key()).arg(it.value()));
    }
    for (auto it = byTitle.begin(); it != byTitle.end(); ++it) {
        if (it.value() > 1)
            wrong.append(QStringLiteral("%1 written %2 times").arg(it.key()).arg(it.value()));
    }
    if (titles.size() > tally.added.size() + tally.unsureAdds)
        wrong.append(QStringLiteral("%1 items, %2 acknowledged").arg(titles.size()).arg(tally.added.size()));
    QSqlQuery events(db.connection());
    events.prepare(QStringLiteral("SELECT e.item_id, count(*) - 1 FROM ledger_event e JOIN ledger_item i ON i.id = e.item_id "
                                  "WHERE i.title LIKE :run GROUP BY e.item_id"));
    events.bindValue(QStringLiteral(":run"), QString(options.run + QStringLiteral(" %")));
    if (!events.exec())
        return {QStringLiteral("the steps cannot be read")};
    while (events.next()) {
        const qint64 id = events.value(0).toLongLong();
        const int written = events.value(1).toInt();
        const int told = tally.steps.value(id);
        if (written < told || written > told + tally.unsure.value(id))
            wrong.append(QStringLiteral("item %1: %2 steps written, %3 acknowledged").arg(id).arg(written).arg(told));
    }
    return wrong;
}

} // namespace ClerksAtOnce
