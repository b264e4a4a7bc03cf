// Handling as the seeds run it (issue 14, item 2): escalation from 办理中 as well; the whistle
// catalogue whose matter summons its departments ("1+N"), each reporting in and reporting done,
// and the item that cannot close while one has not (事不完、人不撤); a dispatch to a unit of the
// register with its time limit; a leader's sign-off (领导销号) per category and sending back; the
// figures per department and per unit, and their model. On both engines.

#include "TestSupport.h"

#include "app/Workspace.h"
#include "cobuild/UnitService.h"
#include "ledger/HandlingFigures.h"
#include "ledger/HandlingTableModel.h"
#include "ledger/LedgerFigures.h"
#include "ledger/LedgerService.h"
#include "ledger/WhistleCatalogue.h"
#include "store/Maintenance.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace TestSupport;

class TestHandling : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_sub = 0, m_community = 0, m_grid = 0, m_repairs = 0, m_dangers = 0;
    const QDate m_day = QDate(2026, 3, 2); // a Monday, no holiday near

    LedgerService &ledger() { return m_ws->ledger(); }

    qint64 record(const QString &title, qint64 category = 0)
    {
        LedgerItem item;
        item.orgId = m_grid;
        item.categoryId = category ? category : m_repairs;
        item.title = title;
        item.recordedOn = m_day;
        const auto id = ledger().add(item, QStringLiteral("王芳"), m_day);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

    Outcome step(qint64 id, LedgerAction action, const QDate &on, const std::function<void(LedgerStep &)> &fill = {})
    {
        LedgerStep s;
        s.action = action;
        s.on = on;
        s.who = QStringLiteral("孙玉萍");
        if (fill)
            fill(s);
        return ledger().act(id, s, QDate(2026, 12, 31));
    }

    LedgerState state(qint64 id) { return ledger().repository().find(id)->state; }

    QStringList actions(qint64 id)
    {
        QStringList out;
        for (const LedgerEvent &event : ledger().repository().events(id))
            out.append(event.isRecording ? QStringLiteral("record") : LedgerFlow::code(event.action));
        return out;
    }

    qint64 matter(const QString &name, Whistle whistle, const QStringList &departments, int days = 3)
    {
        WhistleMatter m;
        m.name = name;
        m.whistle = whistle;
        m.days = days;
        const auto id = m_ws->whistles().saveMatter(m, departments);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

private Q_SLOTS:
    void init()
    {
        m_ws = createWorkspace(m_dir.filePath(QStringLiteral("handling-%1.db").arg(++m_file)));
        const qint64 root = add(m_ws->organisations(), 0, OrgKind::District, QStringLiteral("迎江区"));
        m_sub = add(m_ws->organisations(), root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(m_ws->organisations(), m_sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(m_ws->organisations(), m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        m_repairs = *ledger().repository().categoryByName(QStringLiteral("设施维修"));
        m_dangers = *ledger().repository().categoryByName(QStringLiteral("安全隐患"));
    }

    void cleanup()
    {
        QVERIFY(Maintenance::check(m_ws->database()).isEmpty());
        m_ws.reset();
    }

    void escalationAlsoAfterTheGridTried()
    {
        // 基层解决不了的及时上报: from 办理中 as well as from 已受理; not before it is accepted.
        const qint64 id = record(QStringLiteral("楼道堆放杂物"));
        QVERIFY(!step(id, LedgerAction::Escalate, m_day, [](LedgerStep &s) { s.whistle = Whistle::Quick; }).ok());
        QVERIFY(step(id, LedgerAction::Accept, m_day).ok());
        QVERIFY(step(id, LedgerAction::Progress, m_day, [](LedgerStep &s) { s.note = QStringLiteral("网格劝导无果"); }).ok());
        QCOMPARE(state(id), LedgerState::InProgress);
        QVERIFY(step(id, LedgerAction::Escalate, m_day.addDays(1), [](LedgerStep &s) { s.whistle = Whistle::Tough; }).ok());
        QCOMPARE(state(id), LedgerState::Escalated);
        // Without a catalogue the department is named freely, and one report starts the handling.
        QVERIFY(step(id, LedgerAction::Report, m_day.addDays(1), [](LedgerStep &s) {
                    s.to = QStringLiteral("区城管局");
                    s.note = QStringLiteral("已派执法队员");
                }).ok());
        QCOMPARE(state(id), LedgerState::InProgress);
        QCOMPARE(ledger().repository().events(id).constLast().note, QStringLiteral("已派执法队员"));
        QCOMPARE(ledger().repository().find(id)->holder, QStringLiteral("区城管局"));
        QVERIFY(!step(id, LedgerAction::Report, m_day.addDays(1), [](LedgerStep &s) { s.to = QStringLiteral("区住建局"); }).ok());
        QVERIFY(step(id, LedgerAction::Close, m_day.addDays(2), [](LedgerStep &s) { s.note = QStringLiteral("已清理"); }).ok());
    }

    void summonedDepartmentsMustAllReportDone()
    {
        const qint64 matterId = matter(QStringLiteral("占道经营"), Whistle::Quick, {QStringLiteral("区城管局"), QStringLiteral("区市场监管局")});
        const qint64 id = record(QStringLiteral("菜市场门口占道经营"));
        QVERIFY(step(id, LedgerAction::Accept, m_day).ok());
        // With a catalogue, the matter is chosen; a bare whistle is refused.
        const Outcome bare = step(id, LedgerAction::Escalate, m_day, [](LedgerStep &s) { s.whistle = Whistle::Quick; });
        QVERIFY(!bare.ok());
        QVERIFY(bare.error().contains(QStringLiteral("catalogue")));
        QVERIFY(step(id, LedgerAction::Escalate, m_day, [&](LedgerStep &s) { s.matterId = matterId; }).ok());
        QCOMPARE(ledger().repository().find(id)->whistleMatterId, matterId);
        QList<Summons> summons = ledger().summons().of(id);
        QCOMPARE(summons.size(), 2);
        QCOMPARE(summons.at(0).department, QStringLiteral("区城管局"));
        QCOMPARE(summons.at(0).summonedOn, m_day);
        QCOMPARE(summons.at(0).dueOn, QDate(2026, 3, 5)); // 3 working days
        // The escalation's whistle in its detail, the matter in its note.
        QCOMPARE(ledger().repository().events(id).constLast().detail, QStringLiteral("quick"));
        QCOMPARE(ledger().repository().events(id).constLast().note, QStringLiteral("占道经营"));

        // Closing is refused while they are at work, naming who has not reported done.
        Outcome refused = step(id, LedgerAction::Close, m_day, [](LedgerStep &s) { s.note = QStringLiteral("x"); });
        QVERIFY(!refused.ok());
        QCOMPARE(state(id), LedgerState::Escalated);
        // Two are waiting: which one reports in must be said.
        refused = step(id, LedgerAction::Report, m_day);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("区市场监管局")));
        QVERIFY(!step(id, LedgerAction::Report, m_day, [](LedgerStep &s) { s.to = QStringLiteral("区住建局"); }).ok());
        QVERIFY(step(id, LedgerAction::Report, m_day, [](LedgerStep &s) { s.to = QStringLiteral("区城管局"); }).ok());
        QCOMPARE(state(id), LedgerState::InProgress);
        QCOMPARE(ledger().facts(*ledger().repository().find(id)).summonsToReport, 1);
        QVERIFY(LedgerFlow::available(LedgerState::InProgress, ledger().facts(*ledger().repository().find(id)))
                    .contains(LedgerAction::Report));
        // The same department cannot report in twice; the one left can, without being named.
        QVERIFY(!step(id, LedgerAction::Report, m_day, [](LedgerStep &s) { s.to = QStringLiteral("区城管局"); }).ok());
        QVERIFY(step(id, LedgerAction::Report, m_day.addDays(1)).ok());
        QVERIFY(!step(id, LedgerAction::Report, m_day.addDays(1)).ok()); // nobody left to report in
        QVERIFY(step(id, LedgerAction::ReportDone, m_day.addDays(2), [](LedgerStep &s) { s.to = QStringLiteral("区城管局"); }).ok());
        refused = step(id, LedgerAction::Close, m_day.addDays(2), [](LedgerStep &s) { s.note = QStringLiteral("x"); });
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("区市场监管局")));
        QVERIFY(!refused.error().contains(QStringLiteral("区城管局")));
        // Escalating again while they are at work is refused too.
        QVERIFY(!step(id, LedgerAction::Escalate, m_day.addDays(2), [&](LedgerStep &s) { s.matterId = matterId; }).ok());
        QVERIFY(step(id, LedgerAction::ReportDone, m_day.addDays(6)).ok()); // late: after 03-05
        QVERIFY(!step(id, LedgerAction::ReportDone, m_day.addDays(6)).ok());
        QVERIFY(step(id, LedgerAction::Close, m_day.addDays(6), [](LedgerStep &s) { s.note = QStringLiteral("已规范经营"); }).ok());
        QCOMPARE(state(id), LedgerState::Closed);
        QCOMPARE(actions(id), (QStringList{QStringLiteral("record"), QStringLiteral("accept"), QStringLiteral("escalate"),
                                           QStringLiteral("report"), QStringLiteral("report"), QStringLiteral("report_done"),
                                           QStringLiteral("report_done"), QStringLiteral("close")}));
        summons = ledger().summons().of(id);
        QCOMPARE(summons.at(0).reportedOn, m_day);
        QCOMPARE(summons.at(0).doneOn, m_day.addDays(2));
        QCOMPARE(summons.at(1).reportedOn, m_day.addDays(1));
        QCOMPARE(summons.at(1).doneOn, m_day.addDays(6));

        // The figures: each department summoned once and done; 区城管局 on time, 区市场监管局 late.
        const HandlingFigures figures = HandlingFigures::compute(m_ws->database(), m_sub, {}, {}, QDate(2026, 3, 31));
        QCOMPARE(figures.departments.size(), 2);
        for (const HandlingRow &row : figures.departments) {
            QCOMPARE(row.count, 1);
            QCOMPARE(row.done, 1);
            QCOMPARE(row.onTime, row.name == QStringLiteral("区城管局") ? 1 : 0);
            QCOMPARE(row.overdue, 0);
        }
        // Another sub-district's scope holds none of it.
        const qint64 other = add(m_ws->organisations(), m_ws->organisations().repository().rootId(), OrgKind::Subdistrict,
                                 QStringLiteral("人民路街道"));
        QVERIFY(HandlingFigures::compute(m_ws->database(), other).departments.isEmpty());
    }

    void openSummonsAreOverdueAfterTheirLimit()
    {
        const qint64 matterId = matter(QStringLiteral("燃气泄漏"), Whistle::Emergency, {QStringLiteral("燃气公司")}, 1);
        const qint64 id = record(QStringLiteral("单元楼有燃气味"));
        QVERIFY(step(id, LedgerAction::Accept, m_day).ok());
        QVERIFY(step(id, LedgerAction::Escalate, m_day, [&](LedgerStep &s) { s.matterId = matterId; }).ok());
        QCOMPARE(HandlingFigures::compute(m_ws->database(), 0, {}, {}, m_day.addDays(1)).departments.at(0).overdue, 0);
        const HandlingRow late = HandlingFigures::compute(m_ws->database(), 0, {}, {}, m_day.addDays(2)).departments.at(0);
        QCOMPARE(late.count, 1);
        QCOMPARE(late.done, 0);
        QCOMPARE(late.overdue, 1);
        // Reporting done before reporting in is not possible.
        QVERIFY(!step(id, LedgerAction::ReportDone, m_day).ok());
    }

    void suspensionMovesTheDepartmentsLimits()
    {
        const qint64 matterId = matter(QStringLiteral("噪音扰民"), Whistle::Quick, {QStringLiteral("公安分局")});
        const qint64 id = record(QStringLiteral("夜间施工噪音"));
        QVERIFY(step(id, LedgerAction::Accept, m_day).ok());
        QVERIFY(step(id, LedgerAction::Escalate, m_day, [&](LedgerStep &s) { s.matterId = matterId; }).ok());
        QVERIFY(step(id, LedgerAction::Report, m_day).ok());
        QCOMPARE(ledger().summons().of(id).at(0).dueOn, QDate(2026, 3, 5));
        QVERIFY(step(id, LedgerAction::Suspend, m_day.addDays(1), [](LedgerStep &s) { s.note = QStringLiteral("等待施工方回复"); }).ok());
        QVERIFY(step(id, LedgerAction::Resume, m_day.addDays(3)).ok()); // Tuesday to Thursday: two working days lost
        QCOMPARE(ledger().repository().events(id).constLast().detail, QStringLiteral("2"));
        QCOMPARE(ledger().summons().of(id).at(0).dueOn, QDate(2026, 3, 9));
        // While suspended nothing counts as overdue; the figures follow the moved limit.
        QCOMPARE(HandlingFigures::compute(m_ws->database(), 0, {}, {}, QDate(2026, 3, 9)).departments.at(0).overdue, 0);
        QCOMPARE(HandlingFigures::compute(m_ws->database(), 0, {}, {}, QDate(2026, 3, 10)).departments.at(0).overdue, 1);
    }

    void catalogueSavesAllOrNothing()
    {
        WhistleMatter good;
        good.name = QStringLiteral("违规停车");
        WhistleMatter empty;
        empty.name = QStringLiteral("噪音扰民");
        const Outcome saved = m_ws->whistles().saveMatters({{good, {QStringLiteral("公安分局交警大队")}}, {empty, {}}});
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().contains(QStringLiteral("噪音扰民")));
        QVERIFY(m_ws->whistles().matters(true).isEmpty());
        QVERIFY(m_ws->whistles().departments(true).isEmpty());
        // A matter's departments are replaced when it is saved again; a second name is refused.
        const qint64 id = matter(QStringLiteral("违规停车"), Whistle::Quick, {QStringLiteral("公安分局交警大队"), QStringLiteral("区城管局")});
        WhistleMatter changed = *m_ws->whistles().matter(id);
        changed.days = 2;
        QVERIFY(m_ws->whistles().saveMatter(changed, {QStringLiteral("区城管局")}).ok());
        QCOMPARE(m_ws->whistles().matter(id)->departments, QStringList{QStringLiteral("区城管局")});
        QCOMPARE(m_ws->whistles().matter(id)->days, 2);
        WhistleMatter twin;
        twin.name = QStringLiteral("违规停车");
        QVERIFY(!m_ws->whistles().saveMatter(twin, {QStringLiteral("区城管局")}).ok());
        QCOMPARE(m_ws->whistles().findMatter(QString::number(id))->name, QStringLiteral("违规停车"));
        QCOMPARE(m_ws->whistles().findMatter(QStringLiteral("违规停车"))->id, id);
        // A retired matter is not offered and cannot be whistled for.
        changed = *m_ws->whistles().matter(id);
        changed.retired = true;
        QVERIFY(m_ws->whistles().saveMatter(changed, changed.departments).ok());
        QVERIFY(m_ws->whistles().matters().isEmpty());
        const qint64 item = record(QStringLiteral("小区门口违停"));
        QVERIFY(step(item, LedgerAction::Accept, m_day).ok());
        QVERIFY(!step(item, LedgerAction::Escalate, m_day, [&](LedgerStep &s) { s.matterId = id; }).ok());
    }

    void dispatchToAUnitWithATimeLimit()
    {
        Unit u;
        u.name = QStringLiteral("安庆市自来水公司");
        u.orgId = m_sub;
        u.type = UnitType::Soe;
        const qint64 unitId = m_ws->units().add(u).value();
        const qint64 id = record(QStringLiteral("水管爆裂"));
        QVERIFY(step(id, LedgerAction::Accept, m_day).ok());
        // A time limit before the dispatch is refused.
        QVERIFY(!step(id, LedgerAction::Dispatch, m_day, [&](LedgerStep &s) {
                     s.toUnitId = unitId;
                     s.limit = m_day.addDays(-1);
                 }).ok());
        QVERIFY(step(id, LedgerAction::Dispatch, m_day, [&](LedgerStep &s) { s.toUnitId = unitId; }).ok());
        LedgerItem item = *ledger().repository().find(id);
        QCOMPARE(item.holder, u.name);
        QCOMPARE(item.holderUnitId, unitId);
        QCOMPARE(item.holderDueOn, item.dueOn); // no limit given: the item's own due date
        QCOMPARE(ledger().repository().events(id).constLast().detail, u.name);
        QVERIFY(step(id, LedgerAction::Take, m_day).ok());
        HandlingRow row = HandlingFigures::compute(m_ws->database(), m_community, {}, {}, item.dueOn.addDays(1)).units.at(0);
        QCOMPARE(row.name, u.name);
        QCOMPARE(row.count, 1);
        QCOMPARE(row.done, 0);
        QCOMPARE(row.overdue, 1);
        QVERIFY(step(id, LedgerAction::Close, item.dueOn, [](LedgerStep &s) { s.note = QStringLiteral("已抢修"); }).ok());
        row = HandlingFigures::compute(m_ws->database(), m_community, {}, {}, item.dueOn.addDays(1)).units.at(0);
        QCOMPARE(row.done, 1);
        QCOMPARE(row.onTime, 1);
        QCOMPARE(row.overdue, 0);
        // A second item, given a shorter limit and closed after it.
        const qint64 late = record(QStringLiteral("消火栓漏水"));
        QVERIFY(step(late, LedgerAction::Accept, m_day).ok());
        QVERIFY(step(late, LedgerAction::Dispatch, m_day, [&](LedgerStep &s) {
                     s.toUnitId = unitId;
                     s.limit = m_day.addDays(1);
                 }).ok());
        QCOMPARE(ledger().repository().find(late)->holderDueOn, m_day.addDays(1));
        QVERIFY(step(late, LedgerAction::Take, m_day).ok());
        QVERIFY(step(late, LedgerAction::Close, m_day.addDays(3), [](LedgerStep &s) { s.note = QStringLiteral("已修复"); }).ok());
        row = HandlingFigures::compute(m_ws->database(), 0).units.at(0);
        QCOMPARE(row.count, 2);
        QCOMPARE(row.done, 2);
        QCOMPARE(row.onTime, 1);
        QCOMPARE(qRound(row.onTimeRate() * 100), 50);
        // An unknown unit is refused.
        const qint64 third = record(QStringLiteral("水压不足"));
        QVERIFY(step(third, LedgerAction::Accept, m_day).ok());
        QVERIFY(!step(third, LedgerAction::Dispatch, m_day, [](LedgerStep &s) { s.toUnitId = 9999; }).ok());
    }

    void leaderSignsOffWhereTheCategoryAsks()
    {
        LedgerCategory dangers = *ledger().repository().category(m_dangers);
        dangers.needsSignOff = true;
        QVERIFY(ledger().saveCategory(dangers).ok());
        QVERIFY(ledger().repository().category(m_dangers)->needsSignOff);
        const qint64 id = record(QStringLiteral("配电箱门损坏"), m_dangers);
        QVERIFY(step(id, LedgerAction::Accept, m_day).ok());
        QVERIFY(step(id, LedgerAction::Close, m_day.addDays(1), [](LedgerStep &s) { s.note = QStringLiteral("已更换箱门"); }).ok());
        LedgerItem item = *ledger().repository().find(id);
        QCOMPARE(item.state, LedgerState::AwaitingSignOff);
        QCOMPARE(item.result, QStringLiteral("已更换箱门"));
        QVERIFY(!item.closedOn.isValid()); // not closed until signed off
        QCOMPARE(LedgerFigures::compute(m_ws->database(), m_sub, m_day, m_day.addDays(10), m_day.addDays(10)).closed, 0);
        QCOMPARE(LedgerFlow::available(item.state), (QList<LedgerAction>{LedgerAction::SignOff, LedgerAction::SendBack}));
        // Sent back needs a reason; then handled and closed again.
        QVERIFY(!step(id, LedgerAction::SendBack, m_day.addDays(1)).ok());
        QVERIFY(step(id, LedgerAction::SendBack, m_day.addDays(1), [](LedgerStep &s) { s.note = QStringLiteral("箱门未上锁"); }).ok());
        QCOMPARE(state(id), LedgerState::InProgress);
        QVERIFY(ledger().repository().find(id)->result.isEmpty()); // the closing sent back is no result
        QVERIFY(step(id, LedgerAction::Close, m_day.addDays(2), [](LedgerStep &s) { s.note = QStringLiteral("已加锁"); }).ok());
        QCOMPARE(state(id), LedgerState::AwaitingSignOff);
        QVERIFY(!step(id, LedgerAction::Visit, m_day.addDays(2), [](LedgerStep &s) { s.satisfaction = Satisfaction::Satisfied; }).ok());
        // The leader is named.
        QVERIFY(!step(id, LedgerAction::SignOff, m_day.addDays(3)).ok());
        QVERIFY(step(id, LedgerAction::SignOff, m_day.addDays(3), [](LedgerStep &s) { s.to = QStringLiteral("街道党工委书记 张伟"); }).ok());
        item = *ledger().repository().find(id);
        QCOMPARE(item.state, LedgerState::Closed);
        QCOMPARE(item.closedOn, m_day.addDays(3));
        QCOMPARE(ledger().repository().events(id).constLast().detail, QStringLiteral("街道党工委书记 张伟"));
        QCOMPARE(LedgerFigures::compute(m_ws->database(), m_sub, m_day, m_day.addDays(10), m_day.addDays(10)).closed, 1);
        QVERIFY(step(id, LedgerAction::Visit, m_day.addDays(4), [](LedgerStep &s) { s.satisfaction = Satisfaction::Satisfied; }).ok());
        // Other categories close at once.
        const qint64 other = record(QStringLiteral("路灯不亮"));
        QVERIFY(step(other, LedgerAction::Close, m_day, [](LedgerStep &s) { s.note = QStringLiteral("已修好"); }).ok());
        QCOMPARE(state(other), LedgerState::Closed);
    }

    void theSchemaKeepsItsChecks()
    {
        // The widened checks admit the new state and steps, and still refuse what is not one.
        const qint64 id = record(QStringLiteral("楼道灯不亮"));
        QSqlQuery query(m_ws->database().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE ledger_item SET state = 'bogus' WHERE id = %1").arg(id)));
        QVERIFY(query.exec(QStringLiteral("UPDATE ledger_item SET state = 'awaiting_signoff' WHERE id = %1").arg(id)));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO ledger_event (item_id, happened_on, who, action, to_state, created_at) "
                                           "VALUES (%1, '2026-03-02', 'x', 'bogus', 'closed', 'now')").arg(id)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO ledger_event (item_id, happened_on, who, action, to_state, created_at) "
                                          "VALUES (%1, '2026-03-02', 'x', 'sign_off', 'closed', 'now')").arg(id)));
        QVERIFY(query.exec(QStringLiteral("UPDATE ledger_item SET state = 'closed', closed_on = '2026-03-02' WHERE id = %1").arg(id)));
    }

    void modelOfTheFigures()
    {
        HandlingTableModel model(HandlingTableModel::Kind::Departments);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{QStringLiteral("区城管局"), 4, 3, 2, 1}, {QStringLiteral("区住建局"), 1, 0, 0, 1}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, HandlingTableModel::NameColumn).data().toString(), QStringLiteral("区城管局"));
        QCOMPARE(model.index(0, HandlingTableModel::CountColumn).data().toLongLong(), 4);
        QVERIFY(model.index(0, HandlingTableModel::OnTimeColumn).data().toString().startsWith(QStringLiteral("66.7")));
        QCOMPARE(model.index(1, HandlingTableModel::OnTimeColumn).data().toString(), QStringLiteral("—")); // none done
        QCOMPARE(model.headerData(HandlingTableModel::CountColumn, Qt::Horizontal).toString(), QStringLiteral("Summoned"));
        HandlingTableModel units(HandlingTableModel::Kind::Units);
        QCOMPARE(units.headerData(HandlingTableModel::CountColumn, Qt::Horizontal).toString(), QStringLiteral("Dispatched"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHandling)
#include "test_handling.moc"
