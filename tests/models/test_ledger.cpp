// The people's ledger: recording with due dates on the working-day clock, steps through the
// loop (and refusals that change nothing), suspension moving the due date, points for members,
// the figures on a hand-built fixture, search, duplicates, the weekly summary, and the models.

#include "TestSupport.h"

#include "calendar/WorkCalendar.h"
#include "ledger/LedgerEventModel.h"
#include "ledger/LedgerFigures.h"
#include "ledger/LedgerSearch.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerTableModel.h"
#include "ledger/WeeklySummary.h"
#include "report/MonthlyReport.h"
#include "overview/Dashboard.h"
#include "members/MemberService.h"
#include "points/PointsService.h"
#include "store/Maintenance.h"
#include "store/Tally.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlQuery>

using namespace TestSupport;

class TestLedger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrgService> m_orgs;
    std::unique_ptr<MemberService> m_members;
    std::unique_ptr<PointsService> m_points;
    std::unique_ptr<LedgerService> m_ledger;
    qint64 m_community = 0, m_grid = 0, m_other = 0, m_member = 0, m_repairs = 0;
    int m_file = 0;

    qint64 record(const QString &title, const QDate &on, Urgency urgency = Urgency::Ordinary, qint64 org = 0)
    {
        LedgerItem item;
        item.orgId = org ? org : m_grid;
        item.categoryId = m_repairs;
        item.title = title;
        item.urgency = urgency;
        item.recordedOn = on;
        const auto id = m_ledger->add(item, QStringLiteral("王芳"));
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

    Outcome step(qint64 id, LedgerAction action, const QDate &on, std::optional<Satisfaction> satisfaction = {},
                 const QString &note = QStringLiteral("note"))
    {
        LedgerStep s;
        s.action = action;
        s.on = on;
        s.who = QStringLiteral("孙玉萍");
        s.note = note;
        s.satisfaction = satisfaction;
        if (action == LedgerAction::Dispatch)
            s.to = QStringLiteral("小区物业服务中心");
        if (action == LedgerAction::Escalate)
            s.whistle = Whistle::Quick;
        return m_ledger->act(id, s);
    }

    int eventCount(qint64 id) const { return int(m_ledger->repository().events(id).size()); }

    /// The first page of the newest items holding the words of text.
    QList<LedgerRow> found(const QString &text) const
    {
        LedgerFilter filter;
        filter.text = text;
        return m_ledger->repository().page(filter, LedgerSort::RecordedNewest, std::nullopt, 50);
    }

private Q_SLOTS:
    void init()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("ledger-%1.db").arg(++m_file)));
        m_orgs = std::make_unique<OrgService>(*m_db);
        m_members = std::make_unique<MemberService>(*m_db);
        m_points = std::make_unique<PointsService>(*m_db);
        m_ledger = std::make_unique<LedgerService>(*m_db, *m_points);
        const qint64 root = add(*m_orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(*m_orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(*m_orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(*m_orgs, m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        const qint64 otherCommunity = add(*m_orgs, sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        m_other = add(*m_orgs, otherCommunity, OrgKind::Grid, QStringLiteral("第1网格"));
        Member m;
        m.orgId = m_grid;
        m.name = QStringLiteral("李强");
        m.birthDate = QDate(1970, 1, 1);
        m.joinedOn = QDate(1995, 1, 1);
        m.fullMemberOn = QDate(1996, 1, 1);
        m_member = m_members->add(m).value();
        m_repairs = *m_ledger->repository().categoryByName(QStringLiteral("设施维修"));
    }

    void cleanup()
    {
        QVERIFY(Maintenance::check(*m_db).isEmpty());
        m_ledger.reset();
        m_points.reset();
        m_members.reset();
        m_orgs.reset();
        m_db.reset();
    }

    void dueDatesFollowTheCalendar()
    {
        // Ordinary 10, urgent 3, emergency 1 working days; National Day in the way.
        // (Saturday 10-10 is a make-up working day.)
        QCOMPARE(m_ledger->repository().find(record(QStringLiteral("a"), QDate(2026, 9, 30)))->dueOn, QDate(2026, 10, 20));
        QCOMPARE(m_ledger->repository().find(record(QStringLiteral("b"), QDate(2026, 9, 30), Urgency::Urgent))->dueOn,
                 QDate(2026, 10, 10));
        QCOMPARE(m_ledger->repository().find(record(QStringLiteral("c"), QDate(2026, 9, 30), Urgency::Emergency))->dueOn,
                 QDate(2026, 10, 8));
        // Per category, editable.
        auto category = *m_ledger->repository().category(m_repairs);
        category.daysOrdinary = 5;
        QVERIFY(m_ledger->saveCategory(category).ok());
        QCOMPARE(m_ledger->repository().find(record(QStringLiteral("d"), QDate(2026, 3, 2)))->dueOn, QDate(2026, 3, 9));
    }

    /// The categories dialog's rows are saved all or none: a refused row leaves the others as
    /// they were, and nothing new is added that a second save would add again.
    void categoriesSavedAllOrNone()
    {
        const int before = int(m_ledger->repository().categories(true).size());
        auto changed = *m_ledger->repository().category(m_repairs);
        const int days = changed.daysUrgent;
        changed.daysUrgent = days + 1;
        LedgerCategory added;
        added.name = QStringLiteral("噪音扰民");
        LedgerCategory duplicate = added; // the same name twice: the second is refused
        const Outcome refused = m_ledger->saveCategories({changed, added, duplicate});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("Row 3")), qPrintable(refused.error()));
        QCOMPARE(m_ledger->repository().category(m_repairs)->daysUrgent, days);
        QCOMPARE(int(m_ledger->repository().categories(true).size()), before);
        QVERIFY(m_ledger->saveCategories({changed, added}).ok());
        QCOMPARE(m_ledger->repository().category(m_repairs)->daysUrgent, days + 1);
        QCOMPARE(int(m_ledger->repository().categories(true).size()), before + 1);
    }

    void addRefusesBadItems()
    {
        LedgerItem item;
        item.orgId = m_grid;
        item.categoryId = m_repairs;
        item.recordedOn = QDate(2026, 3, 2);
        QVERIFY(!m_ledger->add(item, QString()).ok()); // no title
        item.title = QStringLiteral("路灯不亮");
        item.recordedOn = QDate::currentDate().addDays(1);
        QVERIFY(!m_ledger->add(item, QString()).ok());
        item.recordedOn = QDate(2026, 3, 2);
        item.orgId = m_orgs->repository().rootId();
        QVERIFY(!m_ledger->add(item, QString()).ok()); // not a grid
        item.orgId = m_grid;
        item.residentPhone = QStringLiteral("123");
        QVERIFY(!m_ledger->add(item, QString()).ok());
        QCOMPARE(m_ledger->repository().count({}), 0);
    }

    void loopAndRefusals()
    {
        const qint64 id = record(QStringLiteral("路灯不亮"), QDate(2026, 3, 2));
        QCOMPARE(eventCount(id), 1);
        // A visit before closing, a step dated before the last one, an unknown item: refused, nothing written.
        QVERIFY(!step(id, LedgerAction::Visit, QDate(2026, 3, 3), Satisfaction::Satisfied).ok());
        QVERIFY(!step(id, LedgerAction::Accept, QDate(2026, 3, 1)).ok());
        QVERIFY(!m_ledger->act(999999, LedgerStep{}).ok());
        QCOMPARE(eventCount(id), 1);
        QCOMPARE(m_ledger->repository().find(id)->state, LedgerState::Recorded);

        QSignalSpy changed(m_ledger.get(), &LedgerService::changed);
        QVERIFY(step(id, LedgerAction::Accept, QDate(2026, 3, 2)).ok());
        QVERIFY(step(id, LedgerAction::Escalate, QDate(2026, 3, 3)).ok());
        QCOMPARE(m_ledger->repository().find(id)->state, LedgerState::Escalated);
        QVERIFY(!step(id, LedgerAction::Close, QDate(2026, 3, 4)).ok()); // escalated: a department reports first
        QVERIFY(step(id, LedgerAction::Report, QDate(2026, 3, 4)).ok());
        QVERIFY(step(id, LedgerAction::Suspend, QDate(2026, 3, 5), {}, QStringLiteral("等待配件")).ok());
        QVERIFY(!step(id, LedgerAction::Close, QDate(2026, 3, 6)).ok()); // closing a suspended item
        // Suspended Thursday 5th to Thursday 12th: 5 working days lost, the due date moves by them.
        const QDate due = m_ledger->repository().find(id)->dueOn;
        QVERIFY(step(id, LedgerAction::Resume, QDate(2026, 3, 12)).ok());
        QCOMPARE(m_ledger->repository().find(id)->dueOn, due.addDays(7));
        QVERIFY(!step(id, LedgerAction::Close, QDate(2026, 3, 13), {}, QString()).ok()); // a close needs its result
        QVERIFY(step(id, LedgerAction::Close, QDate(2026, 3, 13), {}, QStringLiteral("已更换灯泡")).ok());
        QVERIFY(!step(id, LedgerAction::Visit, QDate(2026, 3, 16)).ok()); // a visit needs the satisfaction
        // Dissatisfied: reopened and counted.
        QVERIFY(step(id, LedgerAction::Visit, QDate(2026, 3, 16), Satisfaction::Dissatisfied).ok());
        auto item = *m_ledger->repository().find(id);
        QCOMPARE(item.state, LedgerState::InProgress);
        QCOMPARE(item.reopened, 1);
        QVERIFY(!item.closedOn.isValid());
        // A fresh time limit from the visit (the category's ordinary days), not the passed due date.
        const int days = m_ledger->repository().category(item.categoryId)->daysFor(item.urgency);
        QCOMPARE(item.dueOn, WorkCalendar::load(*m_db).addWorkingDays(QDate(2026, 3, 16), days));
        QCOMPARE(m_ledger->repository().overdueCount(0, QDate(2026, 3, 17)), 0);
        QVERIFY(step(id, LedgerAction::Close, QDate(2026, 3, 18), {}, QStringLiteral("返工完成")).ok());
        QVERIFY(step(id, LedgerAction::Visit, QDate(2026, 3, 19), Satisfaction::BasicallySatisfied).ok());
        item = *m_ledger->repository().find(id);
        QCOMPARE(item.state, LedgerState::Visited);
        QCOMPARE(item.satisfaction, std::optional(Satisfaction::BasicallySatisfied));
        // Nothing more on a visited item.
        for (LedgerAction action : LedgerFlow::actions())
            QVERIFY(!step(id, action, QDate(2026, 3, 20), Satisfaction::Satisfied).ok());
        const auto events = m_ledger->repository().events(id);
        QCOMPARE(events.size(), 10); // record, accept, escalate, report, suspend, resume, close, visit, close, visit
        QCOMPARE(events.at(2).detail, QStringLiteral("quick"));
        QCOMPARE(events.at(5).detail, QStringLiteral("5"));
        QCOMPARE(changed.count(), 9); // one per step taken
        // Events are never edited.
        QSqlQuery query(m_db->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE ledger_event SET note = 'x'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM ledger_event")));
    }

    void memberEarnsPointsOnce()
    {
        const qint64 id = record(QStringLiteral("楼道堆放杂物"), QDate(2026, 4, 1));
        QVERIFY(step(id, LedgerAction::Accept, QDate(2026, 4, 1)).ok());
        LedgerStep dispatch;
        dispatch.action = LedgerAction::Dispatch;
        dispatch.on = QDate(2026, 4, 1);
        dispatch.toMemberId = m_member;
        QVERIFY(m_ledger->act(id, dispatch).ok());
        QCOMPARE(m_ledger->repository().find(id)->holder, QStringLiteral("李强"));
        QVERIFY(step(id, LedgerAction::Take, QDate(2026, 4, 2)).ok());
        QVERIFY(step(id, LedgerAction::Close, QDate(2026, 4, 3), {}, QStringLiteral("已清理")).ok());
        const int points = m_ledger->repository().category(m_repairs)->points;
        QCOMPARE(m_points->balance(m_member), points);
        // Reopened and closed again: no second credit.
        QVERIFY(step(id, LedgerAction::Visit, QDate(2026, 4, 6), Satisfaction::Dissatisfied).ok());
        QVERIFY(step(id, LedgerAction::Close, QDate(2026, 4, 7), {}, QStringLiteral("再次清理")).ok());
        QCOMPARE(m_points->balance(m_member), points);
        QCOMPARE(m_points->history(m_member).first().source, PointsSource::Ledger);
        QCOMPARE(m_points->history(m_member).first().sourceRef, id);
    }

    void figuresOnAFixture()
    {
        // Ten items recorded in March 2026 in grid 1, two in the other community's grid.
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i)
            ids.append(record(QStringLiteral("事项%1").arg(i), QDate(2026, 3, 2 + i)));
        const qint64 elsewhere = record(QStringLiteral("别处"), QDate(2026, 3, 2), Urgency::Ordinary, m_other);
        record(QStringLiteral("四月"), QDate(2026, 4, 1));
        // 7 closed (closed on the spot: 0..4 after 2 working days, 5 and 6 after 6), visits on 0..5:
        // satisfied, satisfied, basically, satisfied, dissatisfied (reopened), satisfied.
        const QList<int> closeAfter = {2, 2, 2, 2, 2, 6, 6};
        const WorkCalendar calendar = WorkCalendar::load(*m_db);
        for (int i = 0; i < 7; ++i) {
            const auto item = *m_ledger->repository().find(ids.at(i));
            QVERIFY(step(ids.at(i), LedgerAction::Close, calendar.addWorkingDays(item.recordedOn, closeAfter.at(i)), {},
                         QStringLiteral("done"))
                        .ok());
        }
        const QList<std::optional<Satisfaction>> visits = {Satisfaction::Satisfied, Satisfaction::Satisfied,
                                                           Satisfaction::BasicallySatisfied, Satisfaction::Satisfied,
                                                           Satisfaction::Dissatisfied, Satisfaction::Satisfied};
        for (int i = 0; i < visits.size(); ++i)
            QVERIFY(step(ids.at(i), LedgerAction::Visit, QDate(2026, 3, 31), visits.at(i)).ok());
        // Item 7 suspended (not overdue: the clock stands), items 8 and 9 open past their due date.
        QVERIFY(step(ids.at(7), LedgerAction::Accept, QDate(2026, 3, 9)).ok());
        QVERIFY(step(ids.at(7), LedgerAction::Progress, QDate(2026, 3, 10)).ok());
        QVERIFY(step(ids.at(7), LedgerAction::Suspend, QDate(2026, 3, 11), {}, QStringLiteral("wait")).ok());

        const LedgerFigures march = LedgerFigures::compute(*m_db, m_community, QDate(2026, 3, 1), QDate(2026, 3, 31),
                                                           QDate(2026, 4, 30));
        QCOMPARE(march.recorded, 10);
        QCOMPARE(march.closed, 6); // item 4 was reopened by the dissatisfied visit
        QCOMPARE(march.visited, 6);
        QCOMPARE(march.satisfied, 5);
        // Overdue is of every item in hand on the day: 4 (reopened), 8, 9 and April's, late by the 30th.
        QCOMPARE(march.overdue, 4);
        QCOMPARE(march.completionRate(), 0.6);
        QCOMPARE(march.satisfactionRate(), 5.0 / 6.0);
        // Average working days recorded to closed over the closed items: (2×4 + 6×2) / 6.
        QCOMPARE(march.averageCloseDays, 20.0 / 6.0);
        const LedgerFigures all = LedgerFigures::compute(*m_db, 0, {}, {}, QDate(2026, 4, 30));
        QCOMPARE(all.recorded, 12);
        QVERIFY(LedgerFigures::compute(*m_db, m_other, {}, {}, QDate(2026, 3, 3)).overdue == 0);
        // Counting every open item, not only March's: April's is late by the 30th too.
        QCOMPARE(m_ledger->repository().overdueCount(m_community, QDate(2026, 4, 30)), 4);
        QCOMPARE(LedgerFigures::compute(*m_db, m_community, {}, {}, QDate(2026, 4, 30)).toJson().value(QStringLiteral("recorded")).toInt(), 11);
        Q_UNUSED(elsewhere)

        const WeeklySummary week = WeeklySummary::compute(*m_db, m_community, QDate(2026, 3, 4));
        QCOMPARE(week.weekStart, QDate(2026, 3, 2));
        QCOMPARE(week.recorded, 7); // the 2nd to the 8th
        QCOMPARE(week.topCategories.first().first, QStringLiteral("设施维修"));
    }

    void overdueIsTheSameEverywhere()
    {
        // Wednesday 11 March 2026, in the week of the 9th to the 15th.
        const QDate day(2026, 3, 11);
        const qint64 subdistrict = m_orgs->repository().find(m_community)->parentId;
        const QDate longAgo(2026, 2, 2);
        const qint64 late = record(QStringLiteral("早已超期"), longAgo);
        const qint64 lateElsewhere = record(QStringLiteral("别处超期"), longAgo, Urgency::Ordinary, m_other);
        const qint64 suspended = record(QStringLiteral("暂缓"), longAgo);
        QVERIFY(step(suspended, LedgerAction::Accept, longAgo).ok());
        QVERIFY(step(suspended, LedgerAction::Progress, longAgo).ok());
        QVERIFY(step(suspended, LedgerAction::Suspend, longAgo.addDays(1), {}, QStringLiteral("wait")).ok());
        const qint64 closed = record(QStringLiteral("已办结"), longAgo);
        QVERIFY(step(closed, LedgerAction::Close, longAgo.addDays(1), {}, QStringLiteral("done")).ok());
        // Due later in the week: not overdue on Wednesday (the weekly summary once counted it).
        const qint64 dueThisWeek = record(QStringLiteral("本周到期"), day.addDays(-1), Urgency::Emergency);
        const QDate dueOn = m_ledger->repository().find(dueThisWeek)->dueOn;
        QVERIFY(dueOn >= day && dueOn <= QDate(2026, 3, 15));
        for (const qint64 id : {late, lateElsewhere, suspended, closed})
            QVERIFY(m_ledger->repository().find(id)->dueOn < day);

        const qint64 expected = 2; // late and lateElsewhere
        const LedgerRepository &ledger = m_ledger->repository();
        QCOMPARE(ledger.overdueCount(subdistrict, day), expected); // the status bar's badge
        LedgerFilter filter; // the 超期 filter
        filter.orgId = subdistrict;
        filter.overdueOnly = true;
        filter.asOf = day;
        QCOMPARE(ledger.count(filter), expected);
        QCOMPARE(ledger.page(filter, LedgerSort::DueSoonest, std::nullopt, 10).size(), expected);
        const WeeklySummary week = WeeklySummary::compute(*m_db, subdistrict, day, day);
        QCOMPARE(week.judgedOn, day);
        QCOMPARE(week.overdue, expected);
        QCOMPARE(week.toWatch.size(), expected);
        const Dashboard dashboard = Dashboard::compute(*m_db, subdistrict, QDate(2026, 3, 1), QDate(2026, 3, 31), day);
        qint64 byCommunity = 0;
        for (const Dashboard::Child &child : dashboard.children)
            byCommunity += child.overdue;
        QCOMPARE(byCommunity, expected);
        const MonthlyReport report = MonthlyReport::gather(*m_db, subdistrict, QDate(2026, 3, 1), day);
        QCOMPARE(report.asOf, day);
        QCOMPARE(report.ledger.overdue, expected);
        qint64 byRow = 0;
        for (const MonthlyReport::Row &row : report.ledgerRows)
            byRow += row.figures.overdue;
        QCOMPARE(byRow, expected);
        QCOMPARE(LedgerFigures::compute(*m_db, subdistrict, QDate(2026, 3, 1), QDate(2026, 3, 31), day).overdue, expected);
        // One community's share, and the same week judged once it is over.
        QCOMPARE(WeeklySummary::compute(*m_db, m_community, day, day).overdue, 1);
        const WeeklySummary after = WeeklySummary::compute(*m_db, subdistrict, day, QDate(2026, 12, 1));
        QCOMPARE(after.judgedOn, QDate(2026, 3, 15));
        QCOMPARE(after.overdue, ledger.overdueCount(subdistrict, QDate(2026, 3, 15)));
        QCOMPARE(after.overdue, dueOn < QDate(2026, 3, 15) ? expected + 1 : expected);
    }

    void searchFindsChineseWords()
    {
        const qint64 lamp = record(QStringLiteral("3栋路灯不亮"), QDate(2026, 5, 6));
        record(QStringLiteral("楼道堆放杂物"), QDate(2026, 5, 6));
        LedgerItem withText;
        withText.orgId = m_grid;
        withText.categoryId = m_repairs;
        withText.title = QStringLiteral("下水道堵塞");
        withText.description = QStringLiteral("居民反映厨房下水道不通");
        withText.location = QStringLiteral("华中路38号");
        withText.recordedOn = QDate(2026, 5, 6);
        const qint64 drain = m_ledger->add(withText, QString()).value();
        const auto search = [&](const QString &text) {
            QList<qint64> ids;
            for (const LedgerRow &row : found(text))
                ids.append(row.id);
            return ids;
        };
        QCOMPARE(search(QStringLiteral("路灯")), QList<qint64>{lamp}); // two characters
        QCOMPARE(search(QStringLiteral("灯")), QList<qint64>{lamp});   // one
        QCOMPARE(search(QStringLiteral("路灯不亮")), QList<qint64>{lamp});
        QCOMPARE(search(QStringLiteral("厨房")), QList<qint64>{drain}); // in the description
        QCOMPARE(search(QStringLiteral("华中路")), QList<qint64>{drain}); // in the place
        QCOMPARE(search(QStringLiteral("华中 下水")), QList<qint64>{drain}); // both words
        QVERIFY(search(QStringLiteral("灯亮")).isEmpty()); // not adjacent
        QVERIFY(search(QStringLiteral("\"*")).isEmpty());
        // Editing the title re-indexes it (the index's triggers).
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE ledger_item SET title = '路面积水' WHERE id = %1").arg(lamp)));
        QVERIFY(search(QStringLiteral("路灯")).isEmpty());
        QCOMPARE(search(QStringLiteral("积水")), QList<qint64>{lamp});
    }

    /// The whole ledger's figures come from the running counts (schema 9) and agree with a count
    /// of the rows — the same figures read for the top of the tree — through recording, closing,
    /// visits (a dissatisfied one reopens), an item added and removed by another tool.
    void wholeLedgerFiguresFromTheRunningCounts()
    {
        const QDate day(2026, 3, 31);
        const qint64 root = m_orgs->repository().rootId();
        const auto agree = [&] {
            const LedgerFigures counted = LedgerFigures::compute(*m_db, 0, {}, {}, day);
            const LedgerFigures scanned = LedgerFigures::compute(*m_db, root, {}, {}, day);
            QCOMPARE(counted.recorded, scanned.recorded);
            QCOMPARE(counted.closed, scanned.closed);
            QCOMPARE(counted.visited, scanned.visited);
            QCOMPARE(counted.satisfied, scanned.satisfied);
            QCOMPARE(counted.averageCloseDays, scanned.averageCloseDays);
            QCOMPARE(counted.overdue, scanned.overdue);
            QVERIFY2(Maintenance::check(*m_db).isEmpty(), qPrintable(Maintenance::check(*m_db).join(QLatin1Char('\n'))));
        };
        const qint64 first = record(QStringLiteral("路灯不亮"), QDate(2026, 3, 2));
        const qint64 second = record(QStringLiteral("楼道堆物"), QDate(2026, 3, 3));
        record(QStringLiteral("井盖松动"), QDate(2026, 3, 4));
        agree();
        for (const qint64 id : {first, second}) {
            QVERIFY(step(id, LedgerAction::Accept, QDate(2026, 3, 5)).ok());
            QVERIFY(step(id, LedgerAction::Close, QDate(2026, 3, 10), {}, QStringLiteral("已处理")).ok());
        }
        agree();
        QCOMPARE(LedgerFigures::compute(*m_db, 0, {}, {}, day).closed, 2);
        QVERIFY(step(first, LedgerAction::Visit, QDate(2026, 3, 11), Satisfaction::Satisfied).ok());
        QVERIFY(step(second, LedgerAction::Visit, QDate(2026, 3, 11), Satisfaction::Dissatisfied).ok());
        agree();
        const LedgerFigures now = LedgerFigures::compute(*m_db, 0, {}, {}, day);
        QCOMPARE(now.closed, 1);
        QCOMPARE(now.satisfied, 1);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO ledger_item (org_id, category_id, title, due_on, state, closed_on, close_days) "
                                          "VALUES (%1, %2, '外来', '2099-01-01', 'closed', '2026-03-20', 7)").arg(m_grid).arg(m_repairs)));
        agree();
        QVERIFY(query.exec(QStringLiteral("DELETE FROM ledger_item WHERE title = '外来'")));
        agree();
        // The count is what is read: one put wrong shows, and check names it.
        QVERIFY(query.exec(QStringLiteral("UPDATE tally SET value = value + 5 WHERE key = 'ledger.done'")));
        QCOMPARE(LedgerFigures::compute(*m_db, 0, {}, {}, day).closed, LedgerFigures::compute(*m_db, root, {}, {}, day).closed + 5);
        QVERIFY(Maintenance::check(*m_db).join(QLatin1Char('\n')).contains(QStringLiteral("ledger.done")));
        QVERIFY(Tally::recount(m_db->connection()).ok());
        agree();
    }

    /// Every search gives the items a plain comparison of the text gives, in the table's order,
    /// whether the page is read from the index (a rare word) or by walking the dates (a word in a
    /// good part of the ledger) — both ways are taken here.
    void searchAgreesWithTheText()
    {
        auto demo = createDemo(m_dir.filePath(QStringLiteral("search-demo.db")), QStringLiteral("small"), 3);
        LedgerRepository ledger(*demo);
        struct Text { qint64 id; QDate recordedOn; QString all; };
        QList<Text> texts;
        QSqlQuery query(demo->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, recorded_on, lower(title || ' ' || coalesce(description, '') || ' ' "
                                          "|| coalesce(location, '')) FROM ledger_item ORDER BY recorded_on DESC, id DESC")));
        while (query.next())
            texts.append({query.value(0).toLongLong(), query.value(1).toDate(), query.value(2).toString()});
        QVERIFY(texts.size() > 1000);
        // A frequent word, a rarer one, one character, three, a phrase, two words, absent ones.
        const QString frequent = QStringLiteral("路"); // in most places
        QString rare;
        for (const Text &t : std::as_const(texts)) {
            const qsizetype number = t.all.indexOf(QChar(u'号'));
            const qsizetype road = t.all.lastIndexOf(QChar(u'路'), number);
            if (number > 0 && road >= 2) {
                rare = t.all.mid(road - 2, number - road + 3); // 玉亭路108号
                break;
            }
        }
        QVERIFY(!rare.isEmpty());
        bool walked = false, indexed = false;
        for (const QString &typed : {frequent, rare, QStringLiteral("路灯"), QStringLiteral("灯"), QStringLiteral("下水道"), QStringLiteral("电梯故障"),
                                     QStringLiteral("路灯 不亮"), QStringLiteral("华中路 灯"), QStringLiteral("不存在"),
                                     QStringLiteral("鑫"), QStringLiteral("XYZ")}) {
            const QStringList words = LedgerSearch::words(typed);
            QList<qint64> expected;
            for (const Text &t : std::as_const(texts)) {
                if (std::all_of(words.begin(), words.end(), [&](const QString &w) { return t.all.contains(w); }))
                    expected.append(t.id);
            }
            LedgerFilter filter;
            filter.text = typed;
            QList<qint64> ids;
            std::optional<LedgerRow> after;
            for (;;) {
                const QList<LedgerRow> page = ledger.page(filter, LedgerSort::RecordedNewest, after, 200);
                for (const LedgerRow &row : page)
                    ids.append(row.id);
                if (page.size() < 200)
                    break;
                after = page.constLast();
            }
            QCOMPARE(ids, expected);
            QCOMPARE(ledger.count(filter), expected.size());
            // A walk scans the items in the date order; the index's hits are looked up by number.
            // (The choice is the program's on SQLite; a server's planner makes its own.)
            if (TestServer::isEngine())
                continue;
            const bool fromIndex = !ledger.pagePlan(filter, LedgerSort::RecordedNewest).join(QLatin1Char('\n')).contains(QStringLiteral("SCAN i "));
            (fromIndex ? indexed : walked) = true;
            if (typed == frequent)
                QVERIFY2(!fromIndex, "a page of a frequent word walks the dates");
            if (typed == rare)
                QVERIFY2(fromIndex, "a page of a rare word comes from the index");
        }
        QVERIFY((walked && indexed) || TestServer::isEngine());
    }

    /// Another tool (the sqlite3 shell, psql on a server) adds an item with the columns a person
    /// would fill: the rest have defaults or are kept by triggers, and search finds it; a change of
    /// its text from the shell is found, and rebuilding the index leaves it as the triggers keep it.
    void itemWrittenByAnotherToolIsFound()
    {
        const bool server = TestServer::isEngine();
        const QString shell = QStandardPaths::findExecutable(server ? QStringLiteral("psql") : QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            QSKIP("the sqlite3 shell or psql is not installed (.ci/install-deps installs them)");
        record(QStringLiteral("楼道灯不亮"), QDate(2026, 5, 6));
        const QString file = m_db->path();
        const auto runShell = [&](const QString &sql) {
            QProcess process;
            process.start(shell, server ? QStringList{QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"),
                                                      QStringLiteral("-d"), file, QStringLiteral("-c"), sql}
                                        : QStringList{file, sql});
            QVERIFY(process.waitForFinished(30000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        };
        runShell(QStringLiteral("INSERT INTO ledger_item (org_id, category_id, title, description, location, due_on) "
                                "VALUES (%1, %2, '井盖松动', '居民反映井盖一踩就响', '华中路口', '2099-01-01')")
                     .arg(m_grid)
                     .arg(m_repairs));
        const auto search = [&](const QString &text) {
            QList<QString> titles;
            for (const LedgerRow &row : found(text))
                titles.append(row.title);
            return titles;
        };
        for (const QString &word : {QStringLiteral("井盖"), QStringLiteral("井"), QStringLiteral("一踩就响"), QStringLiteral("华中路口")})
            QCOMPARE(search(word), QList<QString>{QStringLiteral("井盖松动")});
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT community_id, subdistrict_id, state, urgency, source, recorded_on, created_at "
                                          "FROM ledger_item WHERE title = '井盖松动'")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), m_community);
        QCOMPARE(query.value(1).toLongLong(), m_orgs->repository().node(m_community)->parentId);
        QCOMPARE(query.value(2).toString(), QStringLiteral("recorded"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("ordinary"));
        QCOMPARE(query.value(4).toString(), QStringLiteral("diary"));
        QCOMPARE(query.value(5).toDate(), QDate::currentDate());
        QVERIFY(QDateTime::fromString(query.value(6).toString(), Qt::ISODate).isValid());
        query.finish();
        LedgerFilter inCommunity;
        inCommunity.orgId = m_community;
        QCOMPARE(m_ledger->repository().count(inCommunity), 2);

        runShell(QStringLiteral("UPDATE ledger_item SET title = '窨井盖缺失' WHERE title = '井盖松动'"));
        QVERIFY(search(QStringLiteral("松动")).isEmpty());
        QCOMPARE(search(QStringLiteral("缺失")), QList<QString>{QStringLiteral("窨井盖缺失")});
        runShell(server ? QStringLiteral("REINDEX TABLE ledger_item")
                        : QStringLiteral("INSERT INTO ledger_search (ledger_search) VALUES ('rebuild'); "
                                         "INSERT INTO ledger_search (ledger_search, rank) VALUES ('integrity-check', 1);"));
        QCOMPARE(search(QStringLiteral("窨井")), QList<QString>{QStringLiteral("窨井盖缺失")});
        QCOMPARE(search(QStringLiteral("楼道灯")), QList<QString>{QStringLiteral("楼道灯不亮")});
        QVERIFY2(Maintenance::check(*m_db).isEmpty(), qPrintable(Maintenance::check(*m_db).join(QLatin1Char('\n'))));
        runShell(QStringLiteral("DELETE FROM ledger_item WHERE title = '窨井盖缺失'"));
        QVERIFY(search(QStringLiteral("井盖")).isEmpty());
        QVERIFY2(Maintenance::check(*m_db).isEmpty(), qPrintable(Maintenance::check(*m_db).join(QLatin1Char('\n'))));
    }

    void itemsFollowTheirGridWhenItMoves()
    {
        const qint64 grid = add(*m_orgs, m_community, OrgKind::Grid, QStringLiteral("第5网格"));
        record(QStringLiteral("路灯不亮"), QDate(2026, 5, 6), Urgency::Ordinary, grid);
        LedgerFilter inCommunity;
        inCommunity.orgId = m_community;
        QCOMPARE(m_ledger->repository().count(inCommunity), 1);
        const qint64 otherCommunity = m_orgs->repository().node(m_other)->parentId;
        // The grid moves to the other community: its items are counted there now.
        const Outcome moved = m_orgs->move(grid, otherCommunity);
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
        QCOMPARE(m_ledger->repository().count(inCommunity), 0);
        inCommunity.orgId = otherCommunity;
        QCOMPARE(m_ledger->repository().count(inCommunity), 1);
        LedgerFilter inSubdistrict;
        inSubdistrict.orgId = m_orgs->repository().node(otherCommunity)->parentId;
        QCOMPARE(m_ledger->repository().count(inSubdistrict), 1);
        QCOMPARE(LedgerFigures::compute(*m_db, otherCommunity, {}, {}, QDate(2026, 5, 6)).recorded, 1);
    }

    void duplicatesAreSpotted()
    {
        record(QStringLiteral("3栋路灯不亮"), QDate(2026, 5, 6));
        const auto twins = m_ledger->repository().possibleDuplicates(m_grid, m_repairs, QStringLiteral("3栋的路灯不亮了"),
                                                                     QDate(2026, 5, 20));
        QCOMPARE(twins.size(), 1);
        QVERIFY(m_ledger->repository().possibleDuplicates(m_other, m_repairs, QStringLiteral("3栋路灯不亮"), QDate(2026, 5, 20)).isEmpty());
        QVERIFY(m_ledger->repository().possibleDuplicates(m_grid, m_repairs, QStringLiteral("3栋路灯不亮"), QDate(2026, 7, 1)).isEmpty());
        QVERIFY(m_ledger->repository().possibleDuplicates(m_grid, m_repairs, QStringLiteral("电梯故障"), QDate(2026, 5, 20)).isEmpty());
    }

    void models()
    {
        for (int i = 0; i < 450; ++i)
            record(QStringLiteral("事项%1").arg(i), QDate(2026, 1, 5).addDays(i % 200));
        LedgerTableModel table(*m_db, *m_ledger);
        QSignalSpy counted(&table, &LedgerTableModel::countReady);
        QVERIFY(counted.isValid());
        QCOMPARE(table.rowCount(), 0); // nothing read before asked
        table.refresh();
        QCOMPARE(table.rowCount(), LedgerTableModel::pageSize);
        QVERIFY(counted.wait(5000)); // the count comes from a worker thread
        QCOMPARE(counted.last().at(0).toLongLong(), 450);
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        while (table.canFetchMore({}))
            table.fetchMore({});
        QCOMPARE(table.rowCount(), 450);
        for (int row = 1; row < table.rowCount(); ++row)
            QVERIFY(table.index(row - 1, LedgerTableModel::RecordedColumn).data().toString()
                    >= table.index(row, LedgerTableModel::RecordedColumn).data().toString());
        LedgerFilter overdue;
        overdue.overdueOnly = true;
        overdue.asOf = QDate(2026, 3, 1);
        table.setFilter(overdue);
        QVERIFY(table.rowCount() > 0);
        QVERIFY(table.index(0, LedgerTableModel::ClockColumn).data().toString().contains(QStringLiteral("overdue")));
        const qint64 id = table.idAt(0);
        QVERIFY(step(id, LedgerAction::Close, QDate(2026, 10, 1), {}, QStringLiteral("done")).ok());
        QCOMPARE(table.index(0, LedgerTableModel::StateColumn).data().toString(), QStringLiteral("Closed"));

        LedgerEventModel events(*m_ledger);
        QAbstractItemModelTester eventTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        events.setItem(id);
        QCOMPARE(events.rowCount(), 2);
        QVERIFY(step(id, LedgerAction::Visit, QDate(2026, 10, 2), Satisfaction::Satisfied).ok());
        QCOMPARE(events.rowCount(), 3);
        QVERIFY(events.index(2, LedgerEventModel::DetailColumn).data().toString().startsWith(QStringLiteral("Satisfied")));
    }
};

QTEST_MAIN(TestLedger)
#include "test_ledger.moc"
