// Co-building and the lists: matching ranks as specified, the meeting rhythm (monthly and
// quarterly, across year ends), fulfilment, bad input refused with nothing saved, services, and
// QAbstractItemModelTester on every list model.

#include "TestSupport.h"

#include "cobuild/ActivityService.h"
#include "cobuild/AgreementService.h"
#include "cobuild/CobuildFigures.h"
#include "cobuild/CobuildTableModel.h"
#include "cobuild/CobuildList.h"
#include "cobuild/MeetingKinds.h"
#include "cobuild/MeetingRhythm.h"
#include "cobuild/MeetingService.h"
#include "cobuild/NeedService.h"
#include "cobuild/ProjectService.h"
#include "cobuild/ResourceMatcher.h"
#include "cobuild/UnitService.h"
#include "demo/DemoGenerator.h"
#include "members/MemberService.h"
#include "overview/WorkFigures.h"
#include "report/MonthlyReport.h"
#include "points/PointsService.h"
#include "roles/RoleService.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace TestSupport;

namespace {

qint64 rows(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestCobuild : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_district = 0, m_subA = 0, m_subB = 0, m_commA1 = 0, m_commA2 = 0, m_commB1 = 0, m_gridA1 = 0;
    QList<qint64> m_categories;
    const QDate m_today = QDate::currentDate();

    qint64 unit(const QString &name, qint64 orgId, UnitType type = UnitType::Private, const QString &partyOrg = {})
    {
        Unit u;
        u.name = name;
        u.orgId = orgId;
        u.type = type;
        u.partyOrg = partyOrg;
        const auto id = m_ws->units().add(u);
        if (!id)
            qFatal("unit: %s", qPrintable(id.error()));
        return id.value();
    }

    qint64 resource(qint64 unitId, int category, const QDate &from, const QDate &to = {})
    {
        Resource r;
        r.unitId = unitId;
        r.categoryId = m_categories.at(category);
        r.title = QStringLiteral("资源%1").arg(category);
        r.availableFrom = from;
        r.availableTo = to;
        const auto id = m_ws->needs().addResource(r);
        if (!id)
            qFatal("resource: %s", qPrintable(id.error()));
        return id.value();
    }

    qint64 need(qint64 orgId, int category, const QDate &posted)
    {
        Need n;
        n.orgId = orgId;
        n.categoryId = m_categories.at(category);
        n.title = QStringLiteral("需求");
        n.postedOn = posted;
        const auto id = m_ws->needs().addNeed(n);
        if (!id)
            qFatal("need: %s", qPrintable(id.error()));
        return id.value();
    }

private Q_SLOTS:
    void init()
    {
        m_ws = createWorkspace(m_dir.filePath(QStringLiteral("cobuild-%1.db").arg(++m_file)));
        OrgService &orgs = m_ws->organisations();
        m_district = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        m_subA = add(orgs, m_district, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_subB = add(orgs, m_district, OrgKind::Subdistrict, QStringLiteral("宜城路街道"));
        m_commA1 = add(orgs, m_subA, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_commA2 = add(orgs, m_subA, OrgKind::Community, QStringLiteral("炮营山社区"));
        m_commB1 = add(orgs, m_subB, OrgKind::Community, QStringLiteral("锡麟社区"));
        m_gridA1 = add(orgs, m_commA1, OrgKind::Grid, QStringLiteral("第1网格"));
        m_categories.clear();
        for (const CobuildCategory &c : m_ws->needs().categories())
            m_categories.append(c.id);
        QVERIFY(m_categories.size() >= 5);
    }

    void cleanup() { m_ws.reset(); }

    // --- matching -------------------------------------------------------------------------

    void matchingRanksCategoryThenCommunityThenSubdistrictThenAvailability()
    {
        const qint64 inA1 = unit(QStringLiteral("龙狮桥单位"), m_commA1);
        const qint64 inA2 = unit(QStringLiteral("炮营山单位"), m_commA2);
        const qint64 inSubA = unit(QStringLiteral("街道单位"), m_subA, UnitType::Organ);
        const qint64 inB1 = unit(QStringLiteral("锡麟单位"), m_commB1);
        const QDate past = m_today.addDays(-100);
        const QDate later = m_today.addDays(20);
        // Same category: elsewhere, in the sub-district (unit at sub-district level), in the same
        // community available later, in the same community available now.
        const qint64 sameCatElsewhere = resource(inB1, 0, past);
        const qint64 sameCatSubdistrict = resource(inSubA, 0, past);
        const qint64 sameCatCommunityLater = resource(inA1, 0, later);
        const qint64 sameCatCommunityNow = resource(inA1, 0, past);
        const qint64 sameCatOtherCommunity = resource(inA2, 0, past);
        // Other category, though in the same community: after every same-category one.
        const qint64 otherCatCommunity = resource(inA1, 1, past);
        // Left out: withdrawn, ended.
        const qint64 withdrawn = resource(inA1, 0, past);
        QVERIFY(m_ws->needs().withdrawResource(withdrawn, m_today.addDays(-1)));
        resource(inA1, 0, past.addDays(-10), m_today.addDays(-1));

        const qint64 needId = need(m_gridA1, 0, m_today.addDays(-3)); // a grid of 龙狮桥社区
        const QList<MatchCandidate> ranked = ResourceMatcher::suggest(m_ws->database().connection(), needId, m_today);
        QList<qint64> ids;
        for (const MatchCandidate &c : ranked)
            ids.append(c.resourceId);
        const QList<qint64> expected = {sameCatCommunityNow, sameCatCommunityLater, sameCatSubdistrict, sameCatOtherCommunity,
                                        sameCatElsewhere, otherCatCommunity};
        QCOMPARE(ids, expected);
        QVERIFY(ranked.first().sameCategory && ranked.first().sameCommunity && ranked.first().availableNow);
        QVERIFY(ranked.at(2).sameSubdistrict && !ranked.at(2).sameCommunity);
        QVERIFY(!ranked.at(4).sameSubdistrict);

        // Accepting a suggestion links it and marks the need matched; it is no longer suggested.
        QVERIFY(m_ws->needs().match(needId, sameCatCommunityNow, m_today));
        QCOMPARE(m_ws->needs().need(needId)->state, NeedState::Matched);
        const auto again = ResourceMatcher::suggest(m_ws->database().connection(), needId, m_today);
        QCOMPARE(again.first().resourceId, sameCatCommunityLater);
        QCOMPARE(m_ws->needs().matchedResources(needId).size(), 1);
    }

    void rankingAloneIsStable()
    {
        QList<MatchCandidate> list(4);
        for (int i = 0; i < 4; ++i) {
            list[i].resourceId = 10 - i;
            list[i].availableFrom = QDate(2026, 1, 1);
        }
        list[3].sameCategory = true; // id 7
        list[1].sameCommunity = true; // id 9
        list[2].availableNow = true;  // id 8
        ResourceMatcher::rank(list);
        QCOMPARE(list.at(0).resourceId, 7);
        QCOMPARE(list.at(1).resourceId, 9);
        QCOMPARE(list.at(2).resourceId, 8);
        QCOMPARE(list.at(3).resourceId, 10);
    }

    void matchingRefusesWithdrawnResourceAndChangesNothing()
    {
        const qint64 u = unit(QStringLiteral("单位甲"), m_commA1);
        const qint64 r = resource(u, 0, m_today.addDays(-30));
        QVERIFY(m_ws->needs().withdrawResource(r, m_today.addDays(-2)));
        const qint64 n = need(m_commA1, 0, m_today.addDays(-5));
        const Outcome refused = m_ws->needs().match(n, r, m_today);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("withdrawn")), qPrintable(refused.error()));
        QCOMPARE(rows(m_ws->database(), QStringLiteral("need_resource")), 0);
        QCOMPARE(m_ws->needs().need(n)->state, NeedState::Open);
    }

    void needStates()
    {
        const qint64 u = unit(QStringLiteral("单位乙"), m_commA1);
        const qint64 r = resource(u, 2, m_today.addDays(-30));
        const qint64 n = need(m_commA1, 2, m_today.addDays(-5));
        QVERIFY2(!m_ws->needs().fulfil(n, m_today), "an open need is not fulfilled before it is matched");
        QVERIFY(m_ws->needs().match(n, r, m_today.addDays(-1)));
        QVERIFY(!m_ws->needs().fulfil(n, m_today.addDays(-6))); // before it was posted
        QVERIFY(m_ws->needs().fulfil(n, m_today));
        QCOMPARE(m_ws->needs().need(n)->state, NeedState::Fulfilled);
        QVERIFY(!m_ws->needs().withdrawNeed(n, m_today));
        QVERIFY(!m_ws->needs().match(n, r, m_today)); // fulfilled needs take no more resources
        // Only communities and grids post needs; a sub-district does not.
        Need wrong;
        wrong.orgId = m_subA;
        wrong.categoryId = m_categories.first();
        wrong.title = QStringLiteral("x");
        wrong.postedOn = m_today;
        QVERIFY(!m_ws->needs().addNeed(wrong));
        wrong.orgId = m_commA1;
        wrong.postedOn = m_today.addDays(1);
        QVERIFY(!m_ws->needs().addNeed(wrong)); // future
    }

    // --- rhythm --------------------------------------------------------------------------

    void rhythm_data()
    {
        QTest::addColumn<bool>("monthly");
        QTest::addColumn<QDate>("lastHeld");
        QTest::addColumn<QDate>("established");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("standing");
        QTest::addColumn<QDate>("dueBy");
        const int on = int(MeetingStanding::OnRhythm), due = int(MeetingStanding::Due), late = int(MeetingStanding::Overdue);
        QTest::newRow("monthly, met this month") << true << QDate(2026, 11, 3) << QDate() << QDate(2026, 11, 23) << on << QDate(2026, 11, 30);
        QTest::newRow("monthly, met last month") << true << QDate(2026, 10, 31) << QDate() << QDate(2026, 11, 23) << due << QDate(2026, 11, 30);
        QTest::newRow("monthly, missed a month") << true << QDate(2026, 9, 30) << QDate() << QDate(2026, 11, 23) << late << QDate(2026, 10, 31);
        QTest::newRow("monthly across the year end, met in December") << true << QDate(2026, 12, 20) << QDate() << QDate(2027, 1, 15) << due << QDate(2027, 1, 31);
        QTest::newRow("monthly across the year end, missed December") << true << QDate(2026, 11, 30) << QDate() << QDate(2027, 1, 15) << late << QDate(2026, 12, 31);
        QTest::newRow("quarterly, met this quarter") << false << QDate(2026, 10, 1) << QDate() << QDate(2026, 12, 31) << on << QDate(2026, 12, 31);
        QTest::newRow("quarterly, met last quarter") << false << QDate(2026, 7, 1) << QDate() << QDate(2026, 11, 23) << due << QDate(2026, 12, 31);
        QTest::newRow("quarterly, missed a quarter") << false << QDate(2026, 6, 30) << QDate() << QDate(2026, 11, 23) << late << QDate(2026, 9, 30);
        QTest::newRow("quarterly across the year end, met in Q4") << false << QDate(2026, 10, 5) << QDate() << QDate(2027, 1, 10) << due << QDate(2027, 3, 31);
        QTest::newRow("quarterly across the year end, missed Q4") << false << QDate(2026, 9, 30) << QDate() << QDate(2027, 1, 10) << late << QDate(2026, 12, 31);
        QTest::newRow("never met, founded last quarter") << false << QDate() << QDate(2026, 8, 1) << QDate(2026, 11, 23) << due << QDate(2026, 12, 31);
        QTest::newRow("never met, founded long ago") << false << QDate() << QDate(2020, 1, 1) << QDate(2026, 11, 23) << late << QDate(2026, 9, 30);
        QTest::newRow("never met, founding unknown") << true << QDate() << QDate() << QDate(2026, 1, 5) << late << QDate(2025, 12, 31);
    }

    void rhythm()
    {
        QFETCH(bool, monthly);
        QFETCH(QDate, lastHeld);
        QFETCH(QDate, established);
        QFETCH(QDate, asOf);
        QFETCH(int, standing);
        QFETCH(QDate, dueBy);
        const MeetingCadence cadence = monthly ? MeetingCadence::Monthly : MeetingCadence::Quarterly;
        const MeetingStanding got = MeetingRhythm::standing(cadence, lastHeld, established, asOf);
        QCOMPARE(int(got), standing);
        if (got != MeetingStanding::OnRhythm)
            QCOMPARE(MeetingRhythm::dueBy(cadence, got, asOf), dueBy);
    }

    void periods()
    {
        QCOMPARE(MeetingRhythm::periodStart(MeetingCadence::Quarterly, QDate(2026, 12, 31)), QDate(2026, 10, 1));
        QCOMPARE(MeetingRhythm::periodEnd(MeetingCadence::Quarterly, QDate(2026, 2, 1)), QDate(2026, 3, 31));
        QCOMPARE(MeetingRhythm::periodEnd(MeetingCadence::Monthly, QDate(2028, 2, 10)), QDate(2028, 2, 29));
        QCOMPARE(MeetingRhythm::cadenceFor(OrgKind::District), MeetingCadence::Monthly);
        QCOMPARE(MeetingRhythm::cadenceFor(OrgKind::Community), MeetingCadence::Quarterly);
        QVERIFY(!MeetingRhythm::cadenceFor(OrgKind::Grid));
    }

    void dueListFromMeetings()
    {
        const QDate asOf(2026, 11, 23);
        Meeting m;
        m.topics = QStringLiteral("议题");
        m.orgId = m_district;
        m.heldOn = QDate(2026, 11, 2);
        QVERIFY(m_ws->meetings().addMeeting(m, asOf));
        m.orgId = m_subA;
        m.heldOn = QDate(2026, 8, 10); // last quarter: due
        QVERIFY(m_ws->meetings().addMeeting(m, asOf));
        m.orgId = m_commA1;
        m.heldOn = QDate(2026, 10, 9); // this quarter: on rhythm
        QVERIFY(m_ws->meetings().addMeeting(m, asOf));
        m.orgId = m_commA2;
        m.heldOn = QDate(2026, 4, 9); // missed Q3: overdue
        QVERIFY(m_ws->meetings().addMeeting(m, asOf));
        m.orgId = m_gridA1; // grids hold no joint meetings
        QVERIFY(!m_ws->meetings().addMeeting(m, asOf));

        const QList<MeetingDue> due = MeetingRhythm::due(m_ws->database().connection(), asOf);
        QHash<qint64, MeetingDue> byOrg;
        for (const MeetingDue &d : due)
            byOrg.insert(d.orgId, d);
        QVERIFY(!byOrg.contains(m_district));
        QVERIFY(!byOrg.contains(m_commA1));
        QCOMPARE(byOrg.value(m_subA).standing, MeetingStanding::Due);
        QCOMPARE(byOrg.value(m_subA).lastHeld, QDate(2026, 8, 10));
        QCOMPARE(byOrg.value(m_commA2).standing, MeetingStanding::Overdue);
        QCOMPARE(byOrg.value(m_commA2).dueBy, QDate(2026, 9, 30));
        QVERIFY(byOrg.contains(m_subB) && byOrg.contains(m_commB1)); // never met
        // Never met, no founding date: counted from the day entered (these were entered now), so due, not late.
        QCOMPARE(byOrg.value(m_subB).standing, MeetingStanding::Due);
        QCOMPARE(due.first().standing, MeetingStanding::Overdue); // overdue first
        // Scoped to a sub-district's subtree.
        for (const MeetingDue &d : MeetingRhythm::due(m_ws->database().connection(), asOf, m_subB))
            QVERIFY(d.orgId == m_subB || d.orgId == m_commB1);
    }

    // --- fulfilment ------------------------------------------------------------------------

    void fulfilment_data()
    {
        QTest::addColumn<QDate>("signedOn");
        QTest::addColumn<QDate>("endsOn");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("done");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("yearTarget");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("behind");
        QTest::addColumn<bool>("expiring");
        QTest::newRow("whole year, on pace") << QDate(2025, 3, 1) << QDate(2028, 2, 28) << 4 << 2 << QDate(2026, 7, 3) << 4 << 2 << false << false;
        QTest::newRow("whole year, behind") << QDate(2025, 3, 1) << QDate(2028, 2, 28) << 4 << 1 << QDate(2026, 10, 1) << 4 << 3 << true << false;
        QTest::newRow("year's end, met") << QDate(2025, 3, 1) << QDate(2028, 2, 28) << 4 << 4 << QDate(2026, 12, 31) << 4 << 4 << false << false;
        QTest::newRow("signed mid-year: target in proportion") << QDate(2026, 7, 1) << QDate(2028, 6, 30) << 4 << 0 << QDate(2026, 7, 20) << 2 << 0 << false << false;
        QTest::newRow("ends within 30 days") << QDate(2024, 12, 1) << QDate(2026, 11, 30) << 4 << 4 << QDate(2026, 11, 10) << 4 << 3 << false << true;
        QTest::newRow("ends in 31 days") << QDate(2024, 12, 1) << QDate(2026, 12, 11) << 4 << 4 << QDate(2026, 11, 10) << 4 << 3 << false << false;
        QTest::newRow("no target") << QDate(2025, 1, 1) << QDate(2027, 1, 1) << 0 << 0 << QDate(2026, 6, 1) << 0 << 0 << false << false;
    }

    void fulfilment()
    {
        QFETCH(QDate, signedOn);
        QFETCH(QDate, endsOn);
        QFETCH(int, target);
        QFETCH(int, done);
        QFETCH(QDate, asOf);
        QFETCH(int, yearTarget);
        QFETCH(int, expected);
        QFETCH(bool, behind);
        QFETCH(bool, expiring);
        const Fulfilment f = Fulfilment::compute(signedOn, endsOn, target, done, asOf);
        QCOMPARE(f.target, yearTarget);
        QCOMPARE(f.expectedByNow, expected);
        QCOMPARE(f.behind, behind);
        QCOMPARE(f.expiring, expiring);
    }

    void activitiesCountTowardsFulfilmentAndCreditPoints()
    {
        const qint64 u = unit(QStringLiteral("单位丙"), m_commA1);
        Agreement a;
        a.orgId = m_commA1;
        a.unitId = u;
        a.signedOn = m_today.addYears(-1);
        a.endsOn = m_today.addYears(1);
        const auto agreementId = m_ws->agreements().add(a);
        QVERIFY2(agreementId, qPrintable(agreementId.error()));
        Member m;
        m.orgId = m_gridA1;
        m.name = QStringLiteral("王建国");
        m.birthDate = QDate(1970, 1, 1);
        m.joinedOn = QDate(1995, 7, 1);
        m.fullMemberOn = QDate(1996, 7, 1);
        const auto memberId = m_ws->members().add(m);
        QVERIFY(memberId);

        Activity act;
        act.agreementId = agreementId.value();
        act.heldOn = m_today;
        act.title = QStringLiteral("主题党日");
        act.participants = 12;
        act.memberIds = {memberId.value()};
        act.pointsEach = 3;
        QVERIFY(m_ws->activities().add(act));
        QCOMPARE(m_ws->points().balance(memberId.value()), 3);
        QCOMPARE(m_ws->agreements().fulfilment(agreementId.value(), m_today).done, 1);

        // Refused: in the future, outside the term, fewer participants than members, too many points.
        Activity bad = act;
        bad.heldOn = m_today.addDays(1);
        QVERIFY(!m_ws->activities().add(bad));
        bad = act;
        bad.heldOn = a.signedOn.addDays(-1);
        QVERIFY(!m_ws->activities().add(bad));
        bad = act;
        bad.participants = 0;
        QVERIFY(!m_ws->activities().add(bad));
        bad = act;
        bad.pointsEach = 100;
        QVERIFY(!m_ws->activities().add(bad));
        QCOMPARE(rows(m_ws->database(), QStringLiteral("activity")), 1);
        QCOMPARE(m_ws->points().balance(memberId.value()), 3);
    }

    // --- bad input -----------------------------------------------------------------------

    void badInputIsRefusedAndNothingSaved()
    {
        const qint64 u = unit(QStringLiteral("龙狮桥社区党建服务站"), m_commA1, UnitType::Social, QStringLiteral("龙狮桥社区"));
        const qint64 other = unit(QStringLiteral("单位丁"), m_commA1);
        const QStringList tables = {QStringLiteral("agreement"), QStringLiteral("resource"), QStringLiteral("task"),
                                    QStringLiteral("unit"), QStringLiteral("project")};
        QHash<QString, qint64> before;
        for (const QString &t : tables)
            before.insert(t, rows(m_ws->database(), t));

        Agreement a;
        a.orgId = m_commA1;
        a.unitId = other;
        a.signedOn = QDate(2026, 5, 1);
        a.endsOn = QDate(2026, 4, 30); // dates out of order
        auto refused = m_ws->agreements().add(a);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("end after")), qPrintable(refused.error()));
        a.endsOn = QDate(2027, 4, 30);
        a.unitId = u; // the community's own party organisation: an agreement with itself
        refused = m_ws->agreements().add(a);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("itself")), qPrintable(refused.error()));
        a.unitId = other;
        a.orgId = m_gridA1; // grids sign no agreements
        QVERIFY(!m_ws->agreements().add(a));

        Resource r;
        r.unitId = other;
        r.categoryId = m_categories.first();
        r.title = QStringLiteral("会议室");
        r.availableFrom = QDate(2026, 6, 1);
        r.availableTo = QDate(2026, 5, 1); // dates out of order
        QVERIFY(!m_ws->needs().addResource(r));

        Task t;
        t.title = QStringLiteral("整改路灯");
        t.setOn = QDate(2026, 5, 1);
        t.dueOn = QDate(2026, 6, 1);
        auto task = m_ws->meetings().addTask(t); // without an owner
        QVERIFY(!task);
        QVERIFY2(task.error().contains(QStringLiteral("owner")), qPrintable(task.error()));
        t.orgId = m_commA1;
        t.dueOn = QDate(2026, 4, 1); // due before set
        QVERIFY(!m_ws->meetings().addTask(t));

        Unit dup;
        dup.name = QStringLiteral("单位丁");
        dup.orgId = m_commA1;
        QVERIFY(!m_ws->units().add(dup)); // the same name again
        dup.name = QStringLiteral("单位戊");
        dup.orgId = m_gridA1; // units are resident in a community or sub-district
        QVERIFY(!m_ws->units().add(dup));
        dup.orgId = m_commA1;
        dup.phone = QStringLiteral("12345");
        QVERIFY(!m_ws->units().add(dup));

        Project p;
        p.title = QStringLiteral("项目");
        p.orgId = m_commA1;
        p.approvedOn = m_today.addDays(3); // future
        QVERIFY(!m_ws->projects().add(p));

        for (const QString &t : tables)
            QCOMPARE(rows(m_ws->database(), t), before.value(t));
    }

    // --- services ------------------------------------------------------------------------

    void unitJoinsCommitteeWithPartTimeMember()
    {
        const qint64 u = unit(QStringLiteral("区财政局"), m_subA, UnitType::Organ);
        UnitMembership seat;
        seat.unitId = u;
        seat.orgId = m_subA;
        seat.memberName = QStringLiteral("刘洋");
        seat.joinedOn = QDate(2025, 1, 1);
        seat.termEnds = QDate(2029, 12, 31);
        QVERIFY(m_ws->units().join(seat));
        const QList<Role> roles = m_ws->roles().roles(m_subA, false, QDate(2026, 1, 1));
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles.first().kind, RoleKind::PartTimeMember);
        QCOMPARE(roles.first().unitName, QStringLiteral("区财政局"));
        QCOMPARE(roles.first().endedOn, QDate(2029, 12, 31));
        QVERIFY(!m_ws->units().join(seat)); // already seated
        seat.orgId = m_gridA1;
        QVERIFY(!m_ws->units().join(seat));
        seat.orgId = m_commA1;
        seat.termEnds = QDate(2024, 1, 1); // ends before joining
        QVERIFY(!m_ws->units().join(seat));
        QCOMPARE(rows(m_ws->database(), QStringLiteral("role")), 1);

        // Leaving: not before joining; the part-time member's role ends the same day; only once.
        const QList<UnitService::Seat> seats = m_ws->units().seatsOf(u);
        QCOMPARE(seats.size(), 1);
        QVERIFY(!m_ws->units().leave(seats.first().membershipId, QDate(2024, 12, 31)));
        QVERIFY(m_ws->units().leave(seats.first().membershipId, QDate(2026, 6, 30)));
        QCOMPARE(m_ws->units().seatsOf(u).first().leftOn, QDate(2026, 6, 30));
        QCOMPARE(m_ws->roles().roles(m_subA, true).first().endedOn, QDate(2026, 6, 30));
        QVERIFY(!m_ws->units().leave(seats.first().membershipId, QDate(2026, 7, 1)));
        // Having left, it may take a seat there again.
        seat.orgId = m_subA;
        seat.joinedOn = QDate(2026, 9, 1);
        seat.termEnds = QDate(2030, 8, 31);
        QVERIFY(m_ws->units().join(seat));
    }

    void projectStagesClaimsAndReviews()
    {
        Project p;
        p.title = QStringLiteral("红色楼道提升行动");
        p.orgId = m_commA1;
        p.approvedOn = m_today.addDays(-60);
        p.budget = 50000;
        const auto id = m_ws->projects().add(p);
        QVERIFY(id);
        QVERIFY(!m_ws->projects().advance(id.value(), m_today.addDays(-61))); // before approval
        QVERIFY(m_ws->projects().advance(id.value(), m_today.addDays(-40)));
        QVERIFY(!m_ws->projects().advance(id.value(), m_today.addDays(-50))); // before advancing began
        QVERIFY(m_ws->projects().advance(id.value(), m_today.addDays(-10)));
        QVERIFY(m_ws->projects().advance(id.value(), m_today));
        QCOMPARE(m_ws->projects().project(id.value())->stage, ProjectStage::Concluded);
        QVERIFY(!m_ws->projects().advance(id.value(), m_today));
        QVERIFY(!m_ws->projects().claim(id.value(), unit(QStringLiteral("单位己"), m_commA1), 0, m_today)); // concluded

        Project q = p;
        q.title = QStringLiteral("老年食堂");
        const auto second = m_ws->projects().add(q);
        QVERIFY(second);
        const qint64 u = unit(QStringLiteral("单位庚"), m_commA1);
        QVERIFY(m_ws->projects().claim(second.value(), u, 0, m_today));
        QVERIFY(!m_ws->projects().claim(second.value(), u, 0, m_today)); // twice
        QVERIFY(!m_ws->projects().claim(second.value(), u, 99, m_today)); // a unit or a member, not both
        QCOMPARE(m_ws->projects().claims(second.value()).size(), 1);
        QVERIFY(m_ws->projects().addReview(second.value(), ReviewKind::Monthly, m_today, QStringLiteral("进展顺利")));
        QVERIFY(!m_ws->projects().addReview(second.value(), ReviewKind::Monthly, m_today, QStringLiteral(" ")));
        QCOMPARE(m_ws->projects().reviews(second.value()).size(), 1);
        const qint64 n = need(m_commA1, 0, m_today.addDays(-1));
        QVERIFY(m_ws->projects().linkNeed(second.value(), n));
        QVERIFY(!m_ws->projects().linkNeed(second.value(), n)); // already linked
        QCOMPARE(m_ws->projects().links(second.value()).size(), 1);
    }

    void resolutionsBecomeTasks()
    {
        Meeting m;
        m.orgId = m_commA1;
        m.heldOn = QDate(2026, 10, 9);
        m.topics = QStringLiteral("研究停车问题");
        m.resolutions = QStringLiteral("落实小区停车秩序整治\n开展防汛隐患排查");
        m.unitIds = {unit(QStringLiteral("单位辛"), m_commA1)};
        const auto meetingId = m_ws->meetings().addMeeting(m, QDate(2026, 11, 23));
        QVERIFY(meetingId);
        QCOMPARE(m_ws->meetings().attendingUnits(meetingId.value()).size(), 1);
        QCOMPARE(m_ws->meetings().openResolutions(meetingId.value()).size(), 2);
        Task t;
        t.orgId = m_gridA1;
        t.meetingId = meetingId.value();
        t.title = m_ws->meetings().openResolutions(meetingId.value()).first();
        t.setOn = QDate(2026, 10, 8); // before the meeting
        t.dueOn = QDate(2026, 11, 30);
        QVERIFY(!m_ws->meetings().addTask(t));
        t.setOn = QDate(2026, 10, 9);
        const auto taskId = m_ws->meetings().addTask(t);
        QVERIFY(taskId);
        QCOMPARE(m_ws->meetings().openResolutions(meetingId.value()), QStringList{QStringLiteral("开展防汛隐患排查")});
        QVERIFY(!m_ws->meetings().completeTask(taskId.value(), QDate(2026, 10, 1), QDate(2026, 11, 23)));
        QVERIFY(m_ws->meetings().completeTask(taskId.value(), QDate(2026, 11, 20), QDate(2026, 11, 23)));
        QVERIFY(!m_ws->meetings().cancelTask(taskId.value(), QDate(2026, 11, 21))); // already done
        QCOMPARE(m_ws->meetings().task(taskId.value())->state, TaskState::Done);

        const CobuildFigures figures = CobuildFigures::compute(m_ws->database(), 0, QDate(2026, 11, 23));
        QCOMPARE(figures.meetings, 1);
        QCOMPARE(figures.tasks, 1);
        QCOMPARE(figures.tasksOverdue, 0);
    }

    // --- activities and meetings of every kind --------------------------------------------------

    /// Any organisation holds activities, under an agreement or without; a joint one needs its
    /// agreement, signed by the organisation that holds it; a household holds none.
    void activitiesOfEveryKind()
    {
        OrgService &orgs = m_ws->organisations();
        const qint64 branch = add(orgs, m_commA1, OrgKind::FunctionalBranch, QStringLiteral("快递小哥功能性党支部"));
        const qint64 household = add(orgs, m_gridA1, OrgKind::Household, QStringLiteral("李家"));
        const qint64 u = unit(QStringLiteral("单位庚"), m_commA1);
        Agreement a;
        a.orgId = m_commA1;
        a.unitId = u;
        a.signedOn = m_today.addYears(-1);
        a.endsOn = m_today.addYears(1);
        const auto agreementId = m_ws->agreements().add(a);
        QVERIFY2(agreementId, qPrintable(agreementId.error()));

        Activity theme;
        theme.orgId = branch;
        theme.kind = ActivityKind::Theme;
        theme.heldOn = m_today.addDays(-3);
        theme.title = QStringLiteral("主题活动：红色观影");
        theme.participants = 15;
        const auto themeId = m_ws->activities().add(theme, m_today);
        QVERIFY2(themeId, qPrintable(themeId.error()));
        Activity life = theme;
        life.orgId = m_gridA1;
        life.kind = ActivityKind::OrganisationalLife;
        life.title = QStringLiteral("主题党日");
        life.participants = 9;
        QVERIFY(m_ws->activities().add(life, m_today));
        // A joint one named only by its agreement is the signer's.
        Activity joint;
        joint.agreementId = agreementId.value();
        joint.heldOn = m_today.addDays(-1);
        joint.title = QStringLiteral("共建活动");
        joint.participants = 30;
        const auto jointId = m_ws->activities().add(joint, m_today);
        QVERIFY2(jointId, qPrintable(jointId.error()));
        QCOMPARE(m_ws->activities().activity(jointId.value())->orgId, m_commA1);

        // Refused, nothing saved: joint without an agreement, under another's agreement, by a household.
        Activity bad = life;
        bad.kind = ActivityKind::Joint;
        const auto noAgreement = m_ws->activities().add(bad, m_today);
        QVERIFY(!noAgreement);
        QVERIFY2(noAgreement.error().contains(QStringLiteral("agreement")), qPrintable(noAgreement.error()));
        bad = joint;
        bad.orgId = m_commA2;
        const auto otherSigner = m_ws->activities().add(bad, m_today);
        QVERIFY(!otherSigner);
        QVERIFY2(otherSigner.error().contains(QStringLiteral("龙狮桥社区")), qPrintable(otherSigner.error()));
        bad = life;
        bad.orgId = household;
        QVERIFY(!m_ws->activities().add(bad, m_today));
        // Under an agreement it is the joint kind (it counts towards the target).
        bad = joint;
        bad.kind = ActivityKind::Theme;
        const auto themeUnder = m_ws->activities().add(bad, m_today);
        QVERIFY(!themeUnder);
        QVERIFY2(themeUnder.error().contains(QStringLiteral("joint")), qPrintable(themeUnder.error()));
        QCOMPARE(rows(m_ws->database(), QStringLiteral("activity")), 3);

        // The joint one counts towards the agreement.
        QCOMPARE(m_ws->agreements().fulfilment(agreementId.value(), m_today).done, 1);
        const auto inA1 = ActivityService::lines(m_ws->database().connection(), m_commA1, {}, {});
        QVERIFY(inA1);
        QCOMPARE(inA1.value().size(), 3);
        QCOMPARE(inA1.value().first().kind, ActivityKind::Joint); // newest first
        QCOMPARE(inA1.value().first().unit, QStringLiteral("单位庚"));
        const auto themes = ActivityService::lines(m_ws->database().connection(), 0, {}, {}, ActivityKind::Theme);
        QVERIFY(themes);
        QCOMPARE(themes.value().size(), 1);
        QCOMPARE(themes.value().first().organisation, QStringLiteral("快递小哥功能性党支部"));
        QVERIFY(ActivityService::lines(m_ws->database().connection(), m_commA2, {}, {}).value().isEmpty());

        // Figures: every kind counted, participants summed over all of them.
        const auto figures = WorkFigures::compute(m_ws->database(), m_subA, m_today.addDays(-30), m_today, m_today);
        QVERIFY2(figures, qPrintable(figures.error()));
        QCOMPARE(figures.value().activities, 3);
        QCOMPARE(figures.value().jointActivities, 1);
        QCOMPARE(figures.value().participants, 15 + 9 + 30);
        const QJsonObject byKind = figures.value().toJson().value(QStringLiteral("activities_by_kind")).toObject();
        QCOMPARE(byKind.value(QStringLiteral("theme")).toObject().value(QStringLiteral("participants")).toInt(), 15);
        QCOMPARE(byKind.value(QStringLiteral("volunteer_service")).toObject().value(QStringLiteral("held")).toInt(), 0);

        // The list of the co-building page, with its model tested.
        CobuildTableModel model(m_ws->database(), CobuildList::Activities);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(m_commA1);
        QCOMPARE(model.rowCount(), 3);
    }

    /// Councils (议事会) of communities and grids: a grid holds one but no joint meeting; a
    /// council does not keep the joint meetings' rhythm; its resolutions become tasks.
    void councilsOfCommunitiesAndGrids()
    {
        const QDate today(2026, 11, 23);
        Meeting council;
        council.kind = MeetingKind::GridPartyMass;
        council.orgId = m_gridA1;
        council.heldOn = QDate(2026, 11, 10);
        council.topics = QStringLiteral("电动车集中充电点选址");
        council.resolutions = QStringLiteral("网格员摸排意向户\n联系物业公司拿出方案");
        const auto councilId = m_ws->meetings().addMeeting(council, today);
        QVERIFY2(councilId, qPrintable(councilId.error()));
        QCOMPARE(m_ws->meetings().meeting(councilId.value())->kind, MeetingKind::GridPartyMass);

        // Refused: a grid's joint meeting, a community's grid council.
        Meeting bad = council;
        bad.kind = MeetingKind::Joint;
        const auto gridJoint = m_ws->meetings().addMeeting(bad, today);
        QVERIFY(!gridJoint);
        QVERIFY2(gridJoint.error().contains(OrgKinds::displayName(OrgKind::Community)), qPrintable(gridJoint.error()));
        bad = council;
        bad.orgId = m_commA1;
        QVERIFY(!m_ws->meetings().addMeeting(bad, today));
        QVERIFY(MeetingKinds::mayHold(MeetingKind::LongBench, OrgKind::Community));
        QVERIFY(!MeetingKinds::mayHold(MeetingKind::LongBench, OrgKind::District));

        // A community's council leaves it due for its joint meeting.
        Meeting partyMass = council;
        partyMass.kind = MeetingKind::PartyMass;
        partyMass.orgId = m_commA1;
        QVERIFY(m_ws->meetings().addMeeting(partyMass, today));
        const auto dueBefore = MeetingRhythm::due(m_ws->database().connection(), today, m_commA1);
        QCOMPARE(dueBefore.size(), 1);
        QVERIFY(!dueBefore.first().lastHeld.isValid());
        Meeting joint = partyMass;
        joint.kind = MeetingKind::Joint;
        QVERIFY(m_ws->meetings().addMeeting(joint, today));
        QVERIFY(MeetingRhythm::due(m_ws->database().connection(), today, m_commA1).isEmpty());

        // The grid council's resolution becomes the grid's task.
        QCOMPARE(m_ws->meetings().openResolutions(councilId.value()).size(), 2);
        Task t;
        t.orgId = m_gridA1;
        t.meetingId = councilId.value();
        t.title = QStringLiteral("网格员摸排意向户");
        t.setOn = council.heldOn;
        t.dueOn = QDate(2026, 12, 10);
        QVERIFY(m_ws->meetings().addTask(t));
        QCOMPARE(m_ws->meetings().openResolutions(councilId.value()), QStringList{QStringLiteral("联系物业公司拿出方案")});

        // Counted apart: joint meetings for the rhythm, councils of their own.
        const CobuildFigures figures = CobuildFigures::compute(m_ws->database(), 0, today);
        QCOMPARE(figures.meetings, 1);
        QCOMPARE(figures.councils, 2);
        const MonthlyReport report = MonthlyReport::gather(m_ws->database(), m_subA, QDate(2026, 11, 1), today);
        QCOMPARE(report.meetingsHeld, 1);
        QCOMPARE(report.councilsHeld, 2);
    }

    // --- models on demo data -------------------------------------------------------------------

    void listModelsOnDemoData()
    {
        m_ws.reset();
        auto db = createDatabase(m_dir.filePath(QStringLiteral("demo-%1.db").arg(++m_file)));
        DemoGenerator::Options options;
        options.profile = QStringLiteral("small");
        options.asOf = QDate(2026, 11, 1);
        QVERIFY(DemoGenerator::run(*db, options));
        const CobuildFigures f = CobuildFigures::compute(*db, 0, options.asOf);
        QVERIFY(f.units > 0 && f.agreements > 0 && f.needs > 0 && f.resources > 0 && f.projects > 0 && f.meetings > 0);
        QVERIFY(f.needsMatched > 0 && f.needsMatched < f.needs);

        QSqlQuery community(db->connection());
        QVERIFY(community.exec(QStringLiteral("SELECT id FROM organisation WHERE kind = 'community' ORDER BY id LIMIT 1")) && community.next());
        const qint64 communityId = community.value(0).toLongLong();
        for (CobuildList list : CobuildRows::lists()) {
            CobuildTableModel model(*db, list);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setAsOf(options.asOf);
            model.setScope(0);
            const int all = model.rowCount();
            QVERIFY2(all > 0, qPrintable(QStringLiteral("list %1 is empty").arg(int(list))));
            QCOMPARE(model.columnCount(), CobuildRows::headers(list).size());
            QVERIFY(model.idAt(0) > 0);
            QCOMPARE(model.rowOf(model.idAt(all - 1)), all - 1);
            model.setScope(communityId);
            QVERIFY(model.rowCount() <= all);
        }
        // Flags: tasks overdue at the as-of date are flagged, and counted alike by the figures.
        CobuildTableModel tasks(*db, CobuildList::Tasks);
        tasks.setAsOf(options.asOf);
        QCOMPARE(qint64(tasks.flaggedCount()), f.tasksOverdue);
        const auto bands = CobuildCharts::fulfilment(*db, 0, options.asOf);
        QVERIFY(bands.behind + bands.onTrack + bands.met > 0);
        QVERIFY(!CobuildCharts::needsByCategory(*db, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCobuild)
#include "test_cobuild.moc"
