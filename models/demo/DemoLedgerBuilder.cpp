#include "DemoLedgerBuilder.h"

#include "DemoGridStaff.h"
#include "DemoHandling.h"

#include "DemoLedgerTexts.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "calendar/WorkCalendar.h"
#include "core/IsoDate.h"
#include "store/BulkInsert.h"
#include "store/BulkLoad.h"
#include "store/SqlDialect.h"
#include "store/SqlScript.h"
#include "store/Tally.h"
#include "store/StoreHealth.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct Category
{
    qint64 id = 0;
    int days[3] = {10, 3, 1};
    int points = 5;
};

struct Person
{
    qint64 id = 0;
    QString name;
};

/// Picks an index by weights.
int weighted(DemoRandom &random, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = random.below(total);
    int index = 0;
    for (int w : weights) {
        if (roll < w)
            return index;
        roll -= w;
        ++index;
    }
    return index - 1;
}

const QStringList &units()
{
    static const QStringList list = {QStringLiteral("小区物业服务中心"), QStringLiteral("国网安庆供电公司"),
                                     QStringLiteral("安庆市自来水公司"), QStringLiteral("街道城管中队"),
                                     QStringLiteral("共建单位志愿服务队"), QStringLiteral("社区志愿者")};
    return list;
}

const QStringList &departments()
{
    static const QStringList list = {QStringLiteral("区城管局"), QStringLiteral("区住建局"), QStringLiteral("区市场监管局"),
                                     QStringLiteral("区民政局"), QStringLiteral("公安分局"), QStringLiteral("区卫健委")};
    return list;
}

} // namespace

DemoLedgerBuilder::DemoLedgerBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf, std::uint64_t seed)
    : m_db(db)
    , m_random(random)
    , m_asOf(asOf)
    , m_seed(seed)
{
}

Outcome DemoLedgerBuilder::build(const DemoProfile &profile, const DemoTree &tree,
                                 const std::function<bool(double)> &progress)
{
    if (tree.gridDetails.isEmpty() || profile.ledgerItemsPerYear <= 0)
        return Outcome::success();
    const WorkCalendar calendar = WorkCalendar::load(m_db);
    const QString timestamp = m_asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z");

    QList<Category> categories;
    QSqlQuery query(m_db);
    // A failed read is the build's failure, not an empty list (which would mean "no ledger").
    if (!query.exec(QStringLiteral("SELECT id, days_ordinary, days_urgent, days_emergency, points FROM ledger_category "
                                   "WHERE retired = 0 ORDER BY position, id")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    while (query.next())
        categories.append({query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()},
                           query.value(4).toInt()});
    if (query.lastError().isValid())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    if (categories.isEmpty())
        return Outcome::success();
    DemoHandling handling(m_db, m_seed);
    if (const Outcome prepared = handling.prepare(); !prepared)
        return prepared;
    DemoGridStaff gridStaff(m_db, m_seed, m_asOf);
    if (const Outcome prepared = gridStaff.prepare(tree); !prepared)
        return prepared;
    // The members of each grid (in it or in its building groups) take dispatched items.
    QHash<qint64, qint64> gridOfOrg;
    for (const DemoGrid &grid : tree.gridDetails) {
        gridOfOrg.insert(grid.id, grid.id);
        for (qint64 group : grid.groups)
            gridOfOrg.insert(group, grid.id);
    }
    QHash<qint64, QList<Person>> membersOfGrid;
    if (!query.exec(QStringLiteral("SELECT id, name, org_id FROM member WHERE status = 'active'")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    while (query.next()) {
        const qint64 grid = gridOfOrg.value(query.value(2).toLongLong());
        if (grid)
            membersOfGrid[grid].append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    if (query.lastError().isValid())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    query.finish();

    BulkInsert item(m_db, QStringLiteral(
        "INSERT INTO ledger_item (org_id, source, category_id, title, description, location, resident_name, "
        "resident_phone, urgency, recorded_on, due_on, state, holder, holder_member_id, suspended_since, closed_on, "
        "close_days, result, visited_on, satisfaction, reopened, created_at, updated_at, community_id, subdistrict_id, "
        "holder_unit_id, holder_due_on, whistle_matter_id, reporter_role_id, household_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?22, "
        "?23, ?24, ?25, ?26, ?27, ?28, ?29)"));
    BulkInsert summoned(m_db, QStringLiteral(
        "INSERT INTO ledger_summons (item_id, department_id, summoned_on, due_on, reported_on, done_on) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    BulkInsert event(m_db, QStringLiteral(
        "INSERT INTO ledger_event (item_id, happened_on, who, action, from_state, to_state, detail, note, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    BulkInsert points(m_db, QStringLiteral(
        "INSERT INTO points_entry (member_id, entered_on, points, reason, source, source_ref, created_at) "
        "VALUES (?1, ?2, ?3, ?4, 'ledger', ?5, ?6)"));
    for (const BulkInsert *statement : {&item, &event, &points, &summoned}) {
        if (!statement->isValid())
            return Outcome::failure(statement->error());
    }
    // Events arrive in the order of their index (item, then id): that one stays.
    BulkLoad bulk(m_db, {QStringLiteral("ledger_item"), QStringLiteral("ledger_event"), QStringLiteral("points_entry")},
                  {QStringLiteral("ledger_event_item")});
    if (const Outcome suspended = bulk.suspend(); !suspended)
        return suspended;

    const int total = profile.ledgerItemsPerYear * 3;
    const QDate first = m_asOf.addYears(-3).addDays(1);
    const int span = int(first.daysTo(m_asOf));
    qint64 nextItemId = 1;
    {
        QSqlQuery next(m_db);
        // Ids counted from a failed read would collide with the items already there.
        if (!next.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM ledger_item")) || !next.next())
            return Outcome::failure(StoreHealth::describe(next.lastError()));
        nextItemId = next.value(0).toLongLong();
    }

    for (int n = 0; n < total; ++n) {
        const DemoGrid &grid = tree.gridDetails.at(m_random.below(int(tree.gridDetails.size())));
        const bool atCommunity = m_random.chance(0.05);
        const qint64 orgId = atCommunity ? grid.communityId : grid.id;
        // Requests come on working days mostly; the diary of a weekend is entered on Monday.
        QDate recorded = first.addDays(m_random.below(span + 1));
        if (!calendar.isWorkingDay(recorded) && m_random.chance(0.7))
            recorded = calendar.addWorkingDays(recorded, 1);
        if (recorded > m_asOf)
            recorded = m_asOf;
        const int categoryIndex = weighted(m_random, {20, 22, 10, 9, 10, 9, 5, 10, 5}) % int(categories.size());
        const Category &category = categories.at(categoryIndex);
        const int urgency = weighted(m_random, {88, 10, 2});
        const QDate due = calendar.addWorkingDays(recorded, category.days[urgency]);
        const QString place = DemoNames::road(m_random) + QStringLiteral("%1号%2栋").arg(m_random.between(1, 200)).arg(m_random.between(1, 30));
        const auto request = DemoLedgerTexts::request(m_random, categoryIndex, place);
        const QString source = QList<QString>{QStringLiteral("diary"), QStringLiteral("visit"), QStringLiteral("order"),
                                              QStringLiteral("hotline"), QStringLiteral("walk_in")}
                                   .at(weighted(m_random, {35, 20, 25, 12, 8}));
        const bool withResident = m_random.chance(0.7);

        // The history, step by step.
        struct Step
        {
            QDate on;
            QString who;
            const char *action;
            const char *from;
            const char *to;
            QString detail;
            QString note;
        };
        QList<Step> steps;
        steps.append({recorded, grid.head, "record", nullptr, "recorded", {}, {}});
        const qint64 age = recorded.daysTo(m_asOf);
        const double openChance = age < 10 ? 0.6 : age < 30 ? 0.1 : 0.004;
        const bool staysOpen = m_random.chance(openChance);
        // Most are done within the limit; some late.
        const int limit = category.days[urgency];
        const int workDays = m_random.chance(0.95) ? m_random.between(0, limit) : limit + m_random.between(1, 8);
        QDate closeOn = calendar.addWorkingDays(recorded, std::max(0, workDays));
        if (closeOn > m_asOf)
            closeOn = m_asOf;
        const auto dayBetween = [&](const QDate &a, const QDate &b) {
            return a >= b ? a : a.addDays(m_random.below(int(a.daysTo(b)) + 1));
        };
        QString state = QStringLiteral("recorded");
        QString holder = grid.head;
        qint64 holderMember = 0;
        qint64 holderUnit = 0;
        QDate holderDue;
        const DemoHandling::Matter *matter = nullptr;
        QDate reportedOn;
        QDate doneOn;
        QDate suspendedSince;
        QDate dueOn = due;
        const int path = weighted(m_random, {25, 30, 35, 10});
        const QDate middle = dayBetween(recorded, closeOn);
        bool closable = true;
        if (path == 0) {
            // Solved on the spot.
        } else {
            steps.append({recorded, grid.head, "accept", "recorded", "accepted", {}, {}});
            state = QStringLiteral("accepted");
            if (path == 1) {
                steps.append({middle, grid.head, "progress", "accepted", "in_progress", {}, QStringLiteral("社区正在处理")});
                state = QStringLiteral("in_progress");
            } else if (path == 2) {
                const QList<Person> &people = membersOfGrid.value(grid.id);
                if (!people.isEmpty() && m_random.chance(0.6)) {
                    const Person &person = people.at(m_random.below(int(people.size())));
                    holder = person.name;
                    holderMember = person.id;
                } else {
                    holder = m_random.pick(units());
                    if (const auto unit = handling.unitFor(grid.subdistrictId)) {
                        holder = unit->name;
                        holderUnit = unit->id;
                        holderDue = due;
                    }
                }
                steps.append({recorded, grid.head, "dispatch", "accepted", "dispatched", holder, {}});
                state = QStringLiteral("dispatched");
                if (!(staysOpen && m_random.chance(0.3))) {
                    steps.append({middle, holder, "take", "dispatched", "in_progress", {}, {}});
                    state = QStringLiteral("in_progress");
                } else {
                    closable = false;
                }
            } else {
                const QString whistle = QList<QString>{QStringLiteral("quick"), QStringLiteral("emergency"),
                                                       QStringLiteral("tough")}
                                            .at(weighted(m_random, {60, 15, 25}));
                matter = &handling.matterFor(whistle, categoryIndex);
                steps.append({recorded, grid.head, "escalate", "accepted", "escalated", whistle, matter->name});
                state = QStringLiteral("escalated");
                holder = QStringLiteral("街道综治中心");
                if (!(staysOpen && m_random.chance(0.3))) {
                    m_random.pick(departments()); // drawn as before: the ledger's own stream stays the seed's
                    // "1+N": every department the matter summons reports in.
                    const char *from = "escalated";
                    for (const auto &[id, name] : matter->departments) {
                        steps.append({middle, name, "report", from, "in_progress", name, {}});
                        from = "in_progress";
                    }
                    holder = matter->departments.constFirst().second;
                    reportedOn = middle;
                    state = QStringLiteral("in_progress");
                } else {
                    closable = false;
                }
            }
            // Now and then the clock stops: waiting for a part, for the resident to be home.
            if (state == QLatin1String("in_progress") && m_random.chance(0.01) && middle < closeOn) {
                const int stopped = m_random.between(1, 5);
                QDate back = calendar.addWorkingDays(middle, stopped);
                if (back > m_asOf)
                    back = m_asOf;
                steps.append({middle, grid.head, "suspend", "in_progress", "suspended", {}, QStringLiteral("等待配件")});
                if (staysOpen && back >= m_asOf) {
                    state = QStringLiteral("suspended");
                    suspendedSince = middle;
                    closable = false;
                } else {
                    const int lost = calendar.workingDaysBetween(middle, back);
                    dueOn = calendar.addWorkingDays(dueOn, lost);
                    steps.append({back, grid.head, "resume", "suspended", "in_progress", QString::number(lost), {}});
                    if (closeOn < back)
                        closeOn = back;
                }
            }
        }
        QDate closedOn;
        QString result;
        QDate visitedOn;
        QString satisfaction;
        int reopened = 0;
        // Closing: a category a leader signs off waits for the sign-off, given the same day.
        const bool signedOff = handling.signedOff(category.id);
        const auto close = [&](const QDate &on, const QString &text, const char *from) {
            steps.append({on, holder, "close", from, signedOff ? "awaiting_signoff" : "closed", {}, text});
            if (signedOff) {
                const QString leader = handling.leaderOf(grid.subdistrictId);
                steps.append({on, leader, "sign_off", "awaiting_signoff", "closed", leader, {}});
            }
        };
        if (!staysOpen && closable) {
            result = DemoLedgerTexts::result(m_random, categoryIndex);
            // 事不完、人不撤: the summoned departments report done before the item closes.
            if (matter && reportedOn.isValid()) {
                // Most departments finish their part within their own time limit, some only with the item.
                const QDate summonsDue = calendar.addWorkingDays(recorded, matter->days);
                doneOn = handling.random().chance(0.85) ? std::max(steps.constLast().on, std::min(closeOn, summonsDue)) : closeOn;
                for (const auto &[id, name] : matter->departments)
                    steps.append({doneOn, name, "report_done", "in_progress", "in_progress", name, {}});
            }
            close(closeOn, result, nullptr);
            state = QStringLiteral("closed");
            closedOn = closeOn;
            // The resident is asked a few days later.
            const QDate visit = calendar.addWorkingDays(closeOn, m_random.between(1, 5));
            if (visit <= m_asOf && m_random.chance(0.88)) {
                const int verdict = weighted(m_random, {71, 19, 10});
                satisfaction = verdict == 0 ? QStringLiteral("satisfied")
                               : verdict == 1 ? QStringLiteral("basically_satisfied") : QStringLiteral("dissatisfied");
                visitedOn = visit;
                if (verdict < 2) {
                    steps.append({visit, grid.head, "visit", "closed", "visited", satisfaction, {}});
                    state = QStringLiteral("visited");
                } else {
                    // Reopened; done again, and sometimes asked again.
                    steps.append({visit, grid.head, "visit", "closed", "in_progress", satisfaction, {}});
                    state = QStringLiteral("in_progress");
                    closedOn = QDate();
                    ++reopened;
                    const QDate redo = calendar.addWorkingDays(visit, m_random.between(1, 4));
                    if (redo <= m_asOf && m_random.chance(0.96)) {
                        result = QStringLiteral("返工整改完成");
                        close(redo, result, "in_progress");
                        state = QStringLiteral("closed");
                        closedOn = redo;
                        const QDate again = calendar.addWorkingDays(redo, m_random.between(1, 5));
                        if (again <= m_asOf && m_random.chance(0.25)) {
                            satisfaction = m_random.chance(0.8) ? QStringLiteral("satisfied")
                                                                : QStringLiteral("basically_satisfied");
                            visitedOn = again;
                            steps.append({again, grid.head, "visit", "closed", "visited", satisfaction, {}});
                            state = QStringLiteral("visited");
                        }
                    }
                }
            }
        }
        // Steps without a fixed origin (closing) come from the state before them.
        QString previous = QStringLiteral("recorded");

        const qint64 id = nextItemId++;
        item.bind(1, orgId);
        item.bind(2, source);
        item.bind(3, category.id);
        item.bind(4, request.title);
        item.bind(5, request.description);
        item.bind(6, place);
        if (withResident) {
            item.bind(7, DemoNames::person(m_random));
            item.bind(8, DemoNames::mobile(m_random));
        }
        item.bind(9, QList<QString>{QStringLiteral("ordinary"), QStringLiteral("urgent"), QStringLiteral("emergency")}.at(urgency));
        item.bind(10, IsoDate::format(recorded));
        item.bind(11, IsoDate::format(dueOn));
        item.bind(12, state);
        item.bind(13, holder);
        if (holderMember)
            item.bind(14, holderMember);
        item.bind(15, IsoDate::format(suspendedSince));
        item.bind(16, IsoDate::format(closedOn));
        if (closedOn.isValid())
            item.bind(17, calendar.workingDaysBetween(recorded, closedOn));
        item.bind(18, result);
        item.bind(19, IsoDate::format(visitedOn));
        item.bind(20, satisfaction);
        item.bind(21, reopened);
        item.bind(22, timestamp);
        item.bind(23, grid.communityId);
        item.bind(24, grid.subdistrictId);
        if (holderUnit) {
            item.bind(25, holderUnit);
            item.bind(26, IsoDate::format(holderDue));
        }
        if (matter)
            item.bind(27, matter->id);
        if (!atCommunity) {
            const DemoGridStaff::Reporter reporter = gridStaff.reporterFor(grid.id, source);
            if (reporter.roleId)
                item.bind(28, reporter.roleId);
            if (reporter.householdId)
                item.bind(29, reporter.householdId);
        }
        if (!item.exec())
            return Outcome::failure(item.error());
        ++m_items;
        for (const Step &step : std::as_const(steps)) {
            event.bind(1, id);
            event.bind(2, IsoDate::format(step.on));
            event.bind(3, step.who);
            event.bind(4, QString::fromLatin1(step.action));
            event.bind(5, step.from ? QString::fromLatin1(step.from) : previous);
            if (qstrcmp(step.action, "record") == 0)
                event.bindNull(5);
            event.bind(6, QString::fromLatin1(step.to));
            event.bind(7, step.detail);
            event.bind(8, step.note);
            event.bind(9, timestamp);
            if (!event.exec())
                return Outcome::failure(event.error());
            previous = QString::fromLatin1(step.to);
            ++m_events;
        }
        if (matter) {
            const QDate summonedOn = recorded;
            const QDate summonsDue = calendar.addWorkingDays(summonedOn, matter->days);
            for (const auto &[department, name] : matter->departments) {
                summoned.bind(1, id);
                summoned.bind(2, department);
                summoned.bind(3, IsoDate::format(summonedOn));
                summoned.bind(4, IsoDate::format(summonsDue));
                summoned.bind(5, IsoDate::format(reportedOn));
                summoned.bind(6, IsoDate::format(doneOn));
                if (!summoned.exec())
                    return Outcome::failure(summoned.error());
            }
        }
        // The member who completed a dispatched item earns the category's points.
        if (holderMember && closedOn.isValid() && category.points > 0) {
            points.bind(1, holderMember);
            points.bind(2, IsoDate::format(closedOn));
            points.bind(3, category.points);
            points.bind(4, QStringLiteral("办结民情事项 %1：%2").arg(id).arg(request.title));
            points.bind(5, id);
            points.bind(6, timestamp);
            if (!points.exec())
                return Outcome::failure(points.error());
        }
        if (progress && n % 5000 == 0 && !progress(0.8 * n / total))
            return Outcome::failure(QStringLiteral("cancelled"));
    }

    if (const Outcome visited = gridStaff.writeVisits(); !visited)
        return visited;
    // Progress: the rows are 80 % of the way, the indexes 90 %, the search index the rest.
    if (progress && !progress(0.8))
        return Outcome::failure(QStringLiteral("cancelled"));
    if (const Outcome restored = bulk.restore(); !restored)
        return restored;
    if (progress && !progress(0.9))
        return Outcome::failure(QStringLiteral("cancelled"));
    // The search index, built once from all the items, merging its segments once at the end (a
    // server's index, on an expression, was made again with the others).
    if (SqlDialect::of(m_db).engine() == SqlDialect::Engine::Sqlite) {
        if (const Outcome indexed = SqlScript::execute(m_db, QStringLiteral(
            "INSERT INTO ledger_search (ledger_search, rank) VALUES ('automerge', 0);\n"
            "INSERT INTO ledger_search (ledger_search) VALUES ('rebuild');\n"
            "INSERT INTO ledger_search (ledger_search) VALUES ('optimize');\n"
            "INSERT INTO ledger_search (ledger_search, rank) VALUES ('automerge', 4);"));
            !indexed)
            return indexed;
    }
    if (const Outcome counted = Tally::recount(m_db); !counted)
        return counted;
    if (progress && !progress(1.0))
        return Outcome::failure(QStringLiteral("cancelled"));
    return Outcome::success();
}
