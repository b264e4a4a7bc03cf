// Who reports, and the grid staff's work (issue 14, item 1): an item's reporter is a person of
// the program (a grid worker's role, a household), checked against the item's grid; visits are
// logged and refused when they cannot be; the assessment keeps the weekly five-hour rule by
// calendar weeks, scores items raised, handled on time and satisfaction by the sub-district's
// weights (a criterion that does not apply leaves its weight to the others), ranks within the
// sub-district whatever the scope asked; and its model. On both engines.

#include "TestSupport.h"

#include "app/Workspace.h"
#include "gridstaff/AssessmentWeights.h"
#include "gridstaff/GridStaffAssessment.h"
#include "gridstaff/GridStaffScoreModel.h"
#include "gridstaff/GridStaffService.h"
#include "ledger/LedgerReporters.h"
#include "ledger/LedgerService.h"
#include "roles/RoleService.h"
#include "store/Maintenance.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace TestSupport;

class TestGridStaff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_sub = 0, m_community = 0, m_grid = 0, m_otherGrid = 0, m_household = 0;
    qint64 m_head = 0, m_worker = 0, m_secretary = 0, m_otherWorker = 0, m_category = 0;
    const QDate m_from = QDate(2026, 1, 1), m_to = QDate(2026, 3, 31);

    qint64 role(qint64 org, RoleKind kind, const QString &name, const QDate &started = QDate(2025, 1, 1))
    {
        Role r;
        r.orgId = org;
        r.kind = kind;
        r.personName = name;
        r.startedOn = started;
        const auto id = m_ws->roles().add(r);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

    Result<qint64> visit(qint64 roleId, const QDate &on, int minutes, int households = 5)
    {
        GridVisit v;
        v.roleId = roleId;
        v.visitedOn = on;
        v.minutes = minutes;
        v.households = households;
        return m_ws->gridStaff().addVisit(v, QDate(2026, 12, 31));
    }

    qint64 raised(qint64 roleId, const QDate &on, const QString &title)
    {
        LedgerItem item;
        item.orgId = m_grid;
        item.categoryId = m_category;
        item.title = title;
        item.recordedOn = on;
        item.reporterRoleId = roleId;
        const auto id = m_ws->ledger().add(item, QStringLiteral("王芳"), QDate(2026, 12, 31));
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

    void act(qint64 id, LedgerAction action, const QDate &on, std::optional<Satisfaction> satisfaction = {})
    {
        LedgerStep s;
        s.action = action;
        s.on = on;
        s.note = QStringLiteral("已处理");
        s.satisfaction = satisfaction;
        if (const Outcome done = m_ws->ledger().act(id, s, QDate(2026, 12, 31)); !done)
            qFatal("%s", qPrintable(done.error()));
    }

    GridStaffScore scoreOf(const QList<GridStaffScore> &scores, qint64 roleId)
    {
        for (const GridStaffScore &s : scores) {
            if (s.roleId == roleId)
                return s;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_ws = createWorkspace(m_dir.filePath(QStringLiteral("gridstaff-%1.db").arg(++m_file)));
        OrgService &orgs = m_ws->organisations();
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        m_sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(orgs, m_sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(orgs, m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        const qint64 other = add(orgs, m_sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        m_otherGrid = add(orgs, other, OrgKind::Grid, QStringLiteral("第1网格"));
        m_household = add(orgs, m_grid, OrgKind::Household, QStringLiteral("李强家"));
        m_head = role(m_grid, RoleKind::GridHead, QStringLiteral("王芳"));
        m_worker = role(m_grid, RoleKind::GridWorker, QStringLiteral("孙玉萍"));
        m_secretary = role(m_community, RoleKind::Secretary, QStringLiteral("张伟"));
        m_otherWorker = role(m_otherGrid, RoleKind::GridWorker, QStringLiteral("刘洋"), QDate(2026, 2, 1));
        m_category = *m_ws->ledger().repository().categoryByName(QStringLiteral("设施维修"));
    }

    void cleanup()
    {
        QVERIFY(Maintenance::check(m_ws->database()).isEmpty());
        m_ws.reset();
    }

    void reportersAreTheGridsOwn()
    {
        const QList<LedgerReporter> offered = LedgerReporters::of(m_ws->database(), m_grid);
        QStringList labels;
        for (const LedgerReporter &reporter : offered)
            labels.append(reporter.label);
        QCOMPARE(labels, (QStringList{QStringLiteral("Grid head 王芳"), QStringLiteral("Grid worker 孙玉萍"), QStringLiteral("李强家")}));
        QCOMPARE(offered.at(2).kind, LedgerReporter::Kind::Household);
        // Another grid's worker, or a household elsewhere, is refused with the reason.
        LedgerItem item;
        item.orgId = m_grid;
        item.categoryId = m_category;
        item.title = QStringLiteral("路灯不亮");
        item.recordedOn = QDate(2026, 3, 2);
        item.reporterRoleId = m_otherWorker;
        QVERIFY(m_ws->ledger().problems(item, QDate(2026, 12, 31)).join(QString()).contains(QStringLiteral("刘洋")));
        QVERIFY(!m_ws->ledger().add(item, QStringLiteral("王芳"), QDate(2026, 12, 31)).ok());
        item.reporterRoleId = 0;
        item.householdId = m_otherGrid;
        QVERIFY(!m_ws->ledger().add(item, QStringLiteral("王芳"), QDate(2026, 12, 31)).ok());
        // A household's diary: the item belongs to it.
        item.householdId = m_household;
        const qint64 id = m_ws->ledger().add(item, QStringLiteral("王芳"), QDate(2026, 12, 31)).value();
        const LedgerItem read = *m_ws->ledger().repository().find(id);
        QCOMPARE(read.householdId, m_household);
        QCOMPARE(LedgerReporters::describe(m_ws->database(), read), QStringLiteral("李强家"));
        const qint64 byHead = raised(m_head, QDate(2026, 3, 2), QStringLiteral("井盖松动"));
        QCOMPARE(LedgerReporters::describe(m_ws->database(), *m_ws->ledger().repository().find(byHead)), QStringLiteral("Grid head 王芳"));
    }

    void visitsAreChecked()
    {
        QVERIFY(visit(m_head, QDate(2026, 1, 5), 90).ok());
        QVERIFY(!visit(m_head, QDate(2027, 1, 5), 90).ok());           // in the future
        QVERIFY(!visit(m_head, QDate(2026, 1, 5), 0).ok());            // no time
        QVERIFY(!visit(m_head, QDate(2026, 1, 5), 24 * 60 + 1).ok());  // more than a day
        QVERIFY(!visit(m_secretary, QDate(2026, 1, 5), 60).ok());      // not grid staff
        QVERIFY(!visit(m_otherWorker, QDate(2026, 1, 5), 60).ok());    // before the role began
        QVERIFY(!visit(4242, QDate(2026, 1, 5), 60).ok());
        QVERIFY(!visit(m_head, QDate(2026, 1, 5), 60, -1).ok());
        const QList<GridVisit> visits = m_ws->gridStaff().visits(m_community, m_from, m_to);
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits.at(0).staff, QStringLiteral("王芳"));
        QCOMPARE(visits.at(0).gridId, m_grid);
        QVERIFY(m_ws->gridStaff().visits(m_otherGrid, m_from, m_to).isEmpty());
        QCOMPARE(m_ws->gridStaff().staff(m_community).size(), 2); // the secretary is not grid staff
    }

    void theWeeklyRuleByCalendarWeeks()
    {
        // 2026Q1 holds the weeks whose Monday falls in it: 5 January to 30 March — 13 of them.
        QVERIFY(visit(m_head, QDate(2026, 1, 5), 150).ok());
        QVERIFY(visit(m_head, QDate(2026, 1, 9), 150).ok());  // 5 hours that week: kept
        QVERIFY(visit(m_head, QDate(2026, 1, 12), 299).ok()); // a minute short
        QVERIFY(visit(m_head, QDate(2026, 1, 2), 600).ok());  // the week of Monday 29 December: 2025Q4's
        QVERIFY(visit(m_head, QDate(2026, 3, 31), 600).ok()); // the week of Monday 30 March: kept
        const GridStaffScore head = scoreOf(GridStaffAssessment::compute(m_ws->database(), m_sub, m_from, m_to, QDate(2026, 12, 31)).value(), m_head);
        QCOMPARE(head.weeks, 13);
        QCOMPARE(head.weeksMet, 2);
        QCOMPARE(head.minutes, 150 + 150 + 299 + 600);
        QCOMPARE(head.visits, 4);
        QCOMPARE(head.households, 20);
        // The weeks are kept whoever writes the visits: a row the sqlite3 shell (or psql) adds on a
        // Sunday counts in the week that began on Monday the 12th; changed and deleted, it leaves.
        QSqlQuery query(m_ws->database().connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO grid_visit (role_id, org_id, visited_on, minutes, households) "
                                          "VALUES (%1, %2, '2026-01-18', 1, 2)").arg(m_head).arg(m_grid)));
        const auto assessed = [&] {
            return scoreOf(GridStaffAssessment::compute(m_ws->database(), m_sub, m_from, m_to, QDate(2026, 12, 31)).value(), m_head);
        };
        QCOMPARE(assessed().weeksMet, 3);
        QVERIFY(query.exec(QStringLiteral("UPDATE grid_visit SET visited_on = '2026-01-19' WHERE visited_on = '2026-01-18'")));
        QCOMPARE(assessed().weeksMet, 2);
        QCOMPARE(assessed().minutes, 150 + 150 + 299 + 600 + 1);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM grid_visit WHERE visited_on = '2026-01-19'")));
        QCOMPARE(assessed().minutes, 150 + 150 + 299 + 600);
        QCOMPARE(assessed().visits, 4);
        // A quarter still running judges the weeks over (those of 5 and 12 January on Tuesday the
        // 20th) and sums the running week's visits too.
        const GridStaffScore running = scoreOf(GridStaffAssessment::compute(m_ws->database(), m_sub, m_from, m_to, QDate(2026, 1, 20)).value(), m_head);
        QCOMPARE(running.weeks, 2);
        QCOMPARE(running.weeksMet, 1);
    }

    void scoresByTheWeights()
    {
        QVERIFY(visit(m_head, QDate(2026, 1, 5), 300).ok());
        // 王芳 raises two items: one closed on time and found satisfying, one still open.
        const qint64 first = raised(m_head, QDate(2026, 3, 2), QStringLiteral("路灯不亮"));
        act(first, LedgerAction::Close, QDate(2026, 3, 3));
        act(first, LedgerAction::Visit, QDate(2026, 3, 4), Satisfaction::Satisfied);
        raised(m_head, QDate(2026, 3, 2), QStringLiteral("井盖松动"));
        // 孙玉萍 raises one, closed late, not yet asked.
        const qint64 late = raised(m_worker, QDate(2026, 1, 5), QStringLiteral("水管漏水"));
        act(late, LedgerAction::Close, QDate(2026, 3, 30));
        QList<GridStaffScore> scores = GridStaffAssessment::compute(m_ws->database(), m_sub, m_from, m_to, QDate(2026, 12, 31)).value();
        GridStaffScore head = scoreOf(scores, m_head);
        GridStaffScore worker = scoreOf(scores, m_worker);
        QCOMPARE(head.raised, 2);
        QCOMPARE(head.judged, 2); // the open one is past its due date
        QCOMPARE(head.onTime, 1);
        QCOMPARE(head.rated, 1);
        QCOMPARE(head.satisfied, 1);
        // Defaults 30/20/25/25: (30 × 1/13 + 20 × 2/2 + 25 × 1/2 + 25 × 1/1) / 100.
        QCOMPARE(head.score, 59.8);
        // 孙玉萍: nothing rated, so satisfaction's weight goes to the others: (0 + 20 × 1/2 + 0) / 75.
        QCOMPARE(worker.score, 13.3);
        QCOMPARE(head.rank, 1);
        QCOMPARE(worker.rank, 2);
        // 刘洋 of the other community: in office from Sunday 1 February, so judged on the 9 weeks
        // from Monday the 2nd; nothing done — last.
        QCOMPARE(scoreOf(scores, m_otherWorker).weeks, 9);
        QCOMPARE(scoreOf(scores, m_otherWorker).rank, 3);
        // Early in March the open item is not yet due: it is neither on time nor late.
        const GridStaffScore early = scoreOf(GridStaffAssessment::compute(m_ws->database(), m_sub, m_from, m_to, QDate(2026, 3, 5)).value(), m_head);
        QCOMPARE(early.raised, 2);
        QCOMPARE(early.judged, 1);
        QCOMPARE(early.onTime, 1);

        // The sub-district puts the hours first.
        QVERIFY(!AssessmentWeights::save(m_ws->database(), m_sub, {70, 10, 10, 5}).ok());  // 95
        QVERIFY(!AssessmentWeights::save(m_ws->database(), m_community, {25, 25, 25, 25}).ok()); // not a sub-district
        QVERIFY(!AssessmentWeights::save(m_ws->database(), m_sub, {110, -10, 0, 0}).ok());
        QVERIFY(AssessmentWeights::save(m_ws->database(), m_sub, {70, 10, 10, 10}).ok());
        QCOMPARE(AssessmentWeights::of(m_ws->database(), m_grid), (AssessmentWeights{70, 10, 10, 10}));
        scores = GridStaffAssessment::compute(m_ws->database(), m_sub, m_from, m_to, QDate(2026, 12, 31)).value();
        QCOMPARE(scoreOf(scores, m_head).score, 30.4); // (70/13 + 10 + 5 + 10) / 100
        // A grid's staff are scored and ranked among their sub-district's, not among themselves.
        const QList<GridStaffScore> grid = GridStaffAssessment::compute(m_ws->database(), m_grid, m_from, m_to, QDate(2026, 12, 31)).value();
        QCOMPARE(grid.size(), 2);
        QCOMPARE(scoreOf(grid, m_head).score, scoreOf(scores, m_head).score);
        QCOMPARE(scoreOf(grid, m_worker).rank, scoreOf(scores, m_worker).rank);
        // The rule itself: nothing applies, nothing scored.
        QCOMPARE(GridStaffAssessment::score(GridStaffScore(), 0, AssessmentWeights()), 0.0);
        // The JSON the CLI prints.
        const QJsonArray json = GridStaffAssessment::toJson(grid);
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("王芳"));
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("hours")).toDouble(), 5.0);
    }

    void modelOfTheAssessment()
    {
        GridStaffScoreModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GridStaffScore s;
        s.name = QStringLiteral("王芳");
        s.grid = QStringLiteral("龙狮桥社区 › 第1网格");
        s.minutes = 390;
        s.weeks = 12;
        s.weeksMet = 9;
        s.raised = 4;
        s.onTime = 3;
        s.score = 81.25;
        s.rank = 1;
        model.setScores({s, GridStaffScore()});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, GridStaffScoreModel::HoursColumn).data().toString(), QStringLiteral("6.5"));
        QCOMPARE(model.index(0, GridStaffScoreModel::WeeksColumn).data().toString(), QStringLiteral("9 / 12"));
        QCOMPARE(model.index(0, GridStaffScoreModel::OnTimeColumn).data().toString(), QStringLiteral("75.0 %"));
        QCOMPARE(model.index(0, GridStaffScoreModel::SatisfactionColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.headerData(GridStaffScoreModel::ScoreColumn, Qt::Horizontal).toString(), QStringLiteral("Score"));
        model.setScores({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGridStaff)
#include "test_gridstaff.moc"
