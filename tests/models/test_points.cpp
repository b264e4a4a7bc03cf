// Service points: an append-only ledger; reversal, never editing; redemption within the balance;
// the ranking; and the two item models that show them.

#include "TestSupport.h"

#include "members/MemberService.h"
#include "points/PointsHistoryModel.h"
#include "points/PointsRankingModel.h"
#include "points/PointsService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QFont>
#include <QSqlError>
#include <QSqlQuery>

using namespace TestSupport;

class TestPoints : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrgService> m_orgs;
    std::unique_ptr<MemberService> m_members;
    std::unique_ptr<PointsService> m_points;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_communityA = 0;
    int m_file = 0;

    qint64 member(qint64 orgId, const QString &name, int year)
    {
        Member m;
        m.orgId = orgId;
        m.name = name;
        m.birthDate = QDate(year, 1, 1);
        m.joinedOn = QDate(year + 25, 1, 1);
        m.fullMemberOn = QDate(year + 26, 1, 1);
        const auto id = m_members->add(m);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

private Q_SLOTS:
    void init()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("points-%1.db").arg(++m_file)));
        m_orgs = std::make_unique<OrgService>(*m_db);
        m_members = std::make_unique<MemberService>(*m_db);
        m_points = std::make_unique<PointsService>(*m_db);
        const qint64 root = add(*m_orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(*m_orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_communityA = add(*m_orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        const qint64 communityB = add(*m_orgs, sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        const qint64 gridA = add(*m_orgs, m_communityA, OrgKind::Grid, QStringLiteral("第1网格"));
        m_a = member(gridA, QStringLiteral("王建国"), 1960);
        m_b = member(m_communityA, QStringLiteral("李静"), 1970);
        m_c = member(communityB, QStringLiteral("张伟"), 1980);
    }

    void cleanup()
    {
        m_points.reset();
        m_members.reset();
        m_orgs.reset();
        m_db.reset();
    }

    void awardRedeemReverse()
    {
        QSignalSpy spy(m_points.get(), &PointsService::entryAdded);
        QVERIFY(spy.isValid());
        const auto first = m_points->award(m_a, QDate(2026, 3, 5), 10, QStringLiteral("参加社区志愿服务"));
        QVERIFY(first.ok());
        QVERIFY(m_points->award(m_a, QDate(2026, 4, 1), 5, QStringLiteral("认领群众微心愿"), PointsSource::Activity, 7).ok());
        QCOMPARE(m_points->balance(m_a), 15);
        QCOMPARE(spy.count(), 2);

        QVERIFY(!m_points->award(m_a, QDate(2026, 4, 1), 0, QStringLiteral("x")).ok());
        QVERIFY(!m_points->award(m_a, QDate(2026, 4, 1), 5, QStringLiteral("  ")).ok());

        // Above the balance: refused, nothing written.
        const auto tooMuch = m_points->redeem(m_a, QDate(2026, 5, 1), 16, QStringLiteral("大米一袋"));
        QVERIFY(!tooMuch.ok());
        QVERIFY(tooMuch.error().contains(QStringLiteral("15")));
        QCOMPARE(m_points->history(m_a).size(), 2);
        QVERIFY(m_points->redeem(m_a, QDate(2026, 5, 1), 15, QStringLiteral("大米一袋")).ok());
        QCOMPARE(m_points->balance(m_a), 0);

        // A mistaken award is undone by a reversing entry, once; the original stays as it was. Its
        // points were spent: the redemption is reversed first, never the balance below zero.
        const auto spent = m_points->reverse(first.value(), QDate(2026, 5, 2), QStringLiteral("记错了人"));
        QVERIFY(!spent.ok());
        QVERIFY2(spent.error().contains(QStringLiteral("spent")), qPrintable(spent.error()));
        const qint64 redemption = m_points->history(m_a).first().id;
        QVERIFY(m_points->reverse(redemption, QDate(2026, 5, 2), QStringLiteral("兑换撤回")).ok());
        QCOMPARE(m_points->balance(m_a), 15);
        const auto reversal = m_points->reverse(first.value(), QDate(2026, 5, 2), QStringLiteral("记错了人"));
        QVERIFY2(reversal.ok(), qPrintable(reversal.error()));
        QCOMPARE(m_points->balance(m_a), 5);
        QVERIFY(!m_points->reverse(first.value(), QDate(2026, 5, 2), QStringLiteral("again")).ok());
        QVERIFY(!m_points->reverse(reversal.value(), QDate(2026, 5, 2), QStringLiteral("undo the undo")).ok());
        QVERIFY(!m_points->reverse(first.value() + 100, QDate(2026, 5, 2), QStringLiteral("none")).ok());
        QVERIFY(!m_points->award(m_a, QDate::currentDate().addDays(1), 5, QStringLiteral("tomorrow")).ok());
        const auto history = m_points->history(m_a);
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.first().id, reversal.value());
        QCOMPARE(history.first().reversesId, first.value());
        QCOMPARE(history.last().id, first.value());
        QCOMPARE(history.last().reversedById, reversal.value());
        QCOMPARE(history.last().points, 10);
    }

    void entriesAreNeverEditedOrDeleted()
    {
        const auto id = m_points->award(m_b, QDate(2026, 3, 5), 10, QStringLiteral("防汛值守"));
        QVERIFY(id.ok());
        QSqlQuery query(m_db->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE points_entry SET points = 100")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("never edited")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM points_entry")));
        QCOMPARE(m_points->balance(m_b), 10);
    }

    void rankingByCommunityAndPeriod()
    {
        QVERIFY(m_points->award(m_a, QDate(2026, 2, 1), 20, QStringLiteral("a")).ok());
        QVERIFY(m_points->award(m_b, QDate(2026, 2, 1), 20, QStringLiteral("b")).ok());
        QVERIFY(m_points->award(m_c, QDate(2026, 2, 1), 50, QStringLiteral("c")).ok());
        QVERIFY(m_points->award(m_b, QDate(2025, 12, 31), 100, QStringLiteral("last year")).ok());
        QVERIFY(m_points->redeem(m_a, QDate(2026, 3, 1), 20, QStringLiteral("食用油")).ok()); // spending is not earning
        const auto undone = m_points->award(m_a, QDate(2026, 3, 2), 30, QStringLiteral("mistake"));
        QVERIFY(m_points->reverse(undone.value(), QDate(2026, 3, 3), QStringLiteral("wrong member")).ok());

        const auto community = m_points->ranking(m_communityA, QDate(2026, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(community.size(), 2);
        QCOMPARE(community.at(0).points, 20);
        QCOMPARE(community.at(1).points, 20);
        QCOMPARE(community.at(0).rank, 1);
        QCOMPARE(community.at(1).rank, 1); // tied
        const auto all = m_points->ranking(0, QDate(2026, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().memberId, m_c);
        QCOMPARE(all.at(1).rank, 2);
        // Every community has its 第1网格: a member's organisation is named with the one above it.
        for (const auto &row : all) {
            if (row.memberId == m_a)
                QCOMPARE(row.orgName, QStringLiteral("龙狮桥社区 › 第1网格"));
            if (row.memberId == m_c)
                QCOMPARE(row.orgName, QStringLiteral("新河路街道 › 炮营山社区"));
        }

        PointsRankingModel model(*m_points);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScope(0, QDate(2025, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.memberIdAt(0), m_b); // 120 with last year's
        QCOMPARE(model.index(0, PointsRankingModel::PointsColumn).data().toInt(), 120);
    }

    void historyModelFollowsTheLedger()
    {
        PointsHistoryModel model(*m_points);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMember(m_a);
        QCOMPARE(model.rowCount(), 0);
        const auto id = m_points->award(m_a, QDate(2026, 3, 5), 10, QStringLiteral("参加社区志愿服务"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PointsHistoryModel::PointsColumn).data().toString(), QStringLiteral("+10"));
        QVERIFY(m_points->award(m_b, QDate(2026, 3, 5), 10, QStringLiteral("other member")).ok());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(m_points->reverse(id.value(), QDate(2026, 3, 6), QStringLiteral("mistake")).ok());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    }
};

QTEST_MAIN(TestPoints)
#include "test_points.moc"
