// Roles in organisations: the "1+3" of a grid, the rules, ending a role, and the staff model; the
// roles the seeds name — the forces sent down to a grid, 书记助理, 居委会主任 and "一肩挑".

#include "TestSupport.h"

#include "roles/RoleService.h"
#include "roles/RoleTableModel.h"

#include <QAbstractItemModelTester>

using namespace TestSupport;

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridStaffing()
    {
        QTemporaryDir dir;
        auto db = createDatabase(dir.filePath(QStringLiteral("roles.db")));
        OrgService orgs(*db);
        RoleService roles(*db);
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        const qint64 community = add(orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        const qint64 grid = add(orgs, community, OrgKind::Grid, QStringLiteral("第1网格"));

        RoleTableModel model(roles);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganisation(grid);
        QVERIFY(!roles.staffing(grid).isComplete());

        Role role;
        role.orgId = grid;
        role.kind = RoleKind::GridHead;
        role.personName = QStringLiteral("孙玉萍");
        role.startedOn = QDate(2019, 3, 1);
        QVERIFY(roles.add(role).ok());
        role.kind = RoleKind::GridWorker;
        QList<qint64> workers;
        for (const QString &name : {QStringLiteral("王芳"), QStringLiteral("李强"), QStringLiteral("赵敏")}) {
            role.personName = name;
            const auto id = roles.add(role);
            QVERIFY(id.ok());
            workers.append(id.value());
        }
        QVERIFY(roles.staffing(grid).isComplete());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, RoleTableModel::KindColumn).data().toString(), QStringLiteral("Grid head"));

        // A worker leaves: no longer complete; the role is kept as history.
        QVERIFY(!roles.end(workers.first(), QDate(2019, 1, 1)).ok());
        QVERIFY(roles.end(workers.first(), QDate(2026, 1, 31)).ok());
        QVERIFY(!roles.end(workers.first(), QDate(2026, 2, 1)).ok());
        const GridStaffing staffing = roles.staffing(grid, QDate(2026, 11, 23));
        QCOMPARE(staffing.workers, 2);
        QVERIFY(!staffing.isComplete());
        QCOMPARE(model.rowCount(), 3);
        model.setShowEnded(true);
        QCOMPARE(model.rowCount(), 4);

        // Grid roles only in grids; a phone must be a mobile number.
        role.orgId = community;
        QVERIFY(!roles.add(role).ok());
        role.kind = RoleKind::Informant;
        role.phone = QStringLiteral("12345");
        QVERIFY(!roles.add(role).ok());
        role.phone = QStringLiteral("13905561234");
        QVERIFY(roles.add(role).ok());
    }

    void rolesTheSeedsName()
    {
        QTemporaryDir dir;
        auto db = createDatabase(dir.filePath(QStringLiteral("seeds.db")));
        OrgService orgs(*db);
        RoleService roles(*db);
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        const qint64 community = add(orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        const qint64 grid = add(orgs, community, OrgKind::Grid, QStringLiteral("第1网格"));
        const QDate day(2026, 11, 23);

        // "1+3+X": the forces sent down serve a grid, from their unit.
        Role force;
        force.orgId = grid;
        force.kind = RoleKind::Police;
        force.personName = QStringLiteral("李警官");
        force.unitName = QStringLiteral("龙狮桥派出所");
        QVERIFY(roles.add(force).ok());
        force.kind = RoleKind::UrbanManagement;
        force.orgId = community;
        const auto notGrid = roles.add(force);
        QVERIFY(!notGrid.ok());
        QVERIFY2(notGrid.error().contains(QStringLiteral("grid")), qPrintable(notGrid.error()));
        // A building head on a grid, for a building without a party group.
        Role head;
        head.orgId = grid;
        head.kind = RoleKind::BuildingHead;
        head.personName = QStringLiteral("周楼长");
        QVERIFY(roles.add(head).ok());

        // 书记助理: a community's, sent down for a term that starts on a day.
        Role assistant;
        assistant.orgId = community;
        assistant.kind = RoleKind::SecretaryAssistant;
        assistant.personName = QStringLiteral("陈助理");
        QVERIFY(!roles.add(assistant).ok());
        assistant.startedOn = QDate(2026, 3, 1);
        assistant.endedOn = QDate(2027, 2, 28);
        QVERIFY(roles.add(assistant).ok());
        assistant.orgId = grid;
        QVERIFY(!roles.add(assistant).ok());

        // "一肩挑": the secretary is the residents' committee director too.
        Role secretary;
        secretary.orgId = community;
        secretary.kind = RoleKind::Secretary;
        secretary.personName = QStringLiteral("孙玉萍");
        secretary.startedOn = QDate(2021, 1, 1);
        QVERIFY(roles.add(secretary).ok());
        QVERIFY(!roles.secretaryHoldsBoth(community, day));
        Role director = secretary;
        director.kind = RoleKind::CommitteeDirector;
        director.personName = QStringLiteral("王主任");
        const auto other = roles.add(director);
        QVERIFY(other.ok());
        QVERIFY(!roles.secretaryHoldsBoth(community, day));
        QVERIFY(roles.end(other.value(), QDate(2026, 6, 30)).ok());
        director.personName = QStringLiteral("孙玉萍");
        director.startedOn = QDate(2026, 7, 1);
        QVERIFY(roles.add(director).ok());
        QVERIFY(roles.secretaryHoldsBoth(community, day));
        QVERIFY(!roles.secretaryHoldsBoth(community, QDate(2026, 6, 1)));
        QCOMPARE(RoleKinds::fromCode(QStringLiteral("market_regulation")), std::optional<RoleKind>(RoleKind::MarketRegulation));
    }
};

QTEST_MAIN(TestRoles)
#include "test_roles.moc"
