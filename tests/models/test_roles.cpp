// Roles in organisations: the "1+3" of a grid, the rules, ending a role, and the staff model.

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
};

QTEST_MAIN(TestRoles)
#include "test_roles.moc"
