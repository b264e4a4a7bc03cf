// The children table of the organisation page: figures of each child's subtree, kept current.

#include "TestSupport.h"

#include "org/OrgChildrenModel.h"

#include <QAbstractItemModelTester>

using namespace TestSupport;

class TestOrgChildrenModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsChildrenWithFigures()
    {
        QTemporaryDir dir;
        auto db = createDatabase(dir.filePath(QStringLiteral("children.db")));
        OrgService orgs(*db);
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        const qint64 a = add(orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        add(orgs, sub, OrgKind::FunctionalBranch, QStringLiteral("小个专党支部"));

        OrgChildrenModel model(orgs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setParentId(sub);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(OrgChildrenModel::ColumnCount));
        QCOMPARE(model.index(0, OrgChildrenModel::NameColumn).data().toString(), QStringLiteral("龙狮桥社区"));
        QCOMPARE(model.index(0, OrgChildrenModel::GridsColumn).data().toInt(), 0);
        QCOMPARE(model.headerData(OrgChildrenModel::GridsColumn, Qt::Horizontal).toString(), QStringLiteral("Grids"));

        // Changes below a child show at once in its figures.
        Organisation grid;
        grid.parentId = a;
        grid.kind = OrgKind::Grid;
        grid.name = QStringLiteral("第1网格");
        grid.households = 280;
        const auto gridId = orgs.add(grid);
        QVERIFY(gridId.ok());
        add(orgs, gridId.value(), OrgKind::Household, QStringLiteral("王建国党员中心户"));
        QCOMPARE(model.index(0, OrgChildrenModel::GridsColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, OrgChildrenModel::HouseholdsColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, OrgChildrenModel::ServedColumn).data().toInt(), 280);
        QCOMPARE(model.idAt(0), a);

        QVERIFY(orgs.retire(a, QDate::currentDate()).ok());
        QCOMPARE(model.rowCount(), 1);
        model.setShowRetired(true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, OrgChildrenModel::StatusColumn).data().toString(), QStringLiteral("Retired"));
    }
};

QTEST_MAIN(TestOrgChildrenModel)
#include "test_orgchildrenmodel.moc"
