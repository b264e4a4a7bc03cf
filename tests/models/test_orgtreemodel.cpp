// The lazy tree model: checked by QAbstractItemModelTester through loading, adding, renaming,
// moving, retiring and deleting; children load only when asked; drag and drop moves by the rules.

#include "TestSupport.h"

#include "org/OrgTreeModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace TestSupport;

class TestOrgTreeModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrgService> m_orgs;
    qint64 m_root = 0, m_sub = 0, m_a = 0, m_b = 0, m_grid = 0;
    int m_file = 0;

    /// Loads the whole tree as a view expanding every node would.
    static void expandAll(QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        if (model.canFetchMore(parent))
            model.fetchMore(parent);
        for (int row = 0; row < model.rowCount(parent); ++row)
            expandAll(model, model.index(row, 0, parent));
    }

private Q_SLOTS:
    void init()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("tree-%1.db").arg(++m_file)));
        m_orgs = std::make_unique<OrgService>(*m_db);
        m_root = add(*m_orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        m_sub = add(*m_orgs, m_root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_a = add(*m_orgs, m_sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_b = add(*m_orgs, m_sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        m_grid = add(*m_orgs, m_a, OrgKind::Grid, QStringLiteral("第1网格"));
        for (int i = 2; i <= 12; ++i)
            add(*m_orgs, m_a, OrgKind::Grid, QStringLiteral("第%1网格").arg(i));
    }

    void cleanup()
    {
        m_orgs.reset();
        m_db.reset();
    }

    void loadsLazily()
    {
        OrgTreeModel model(*m_orgs);
        // Only the top is read at first; below it is known to have children without loading them.
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex district = model.index(0, 0);
        QCOMPARE(model.idAt(district), m_root);
        QVERIFY(model.hasChildren(district));
        QCOMPARE(model.rowCount(district), 0); // not loaded yet
        model.fetchMore(district);
        QCOMPARE(model.rowCount(district), 1);
        const QModelIndex sub = model.index(0, 0, district);
        model.fetchMore(sub);
        QCOMPARE(model.rowCount(sub), 2);
        // Chinese order by pinyin: 龙 (long) before 炮 (pao).
        QCOMPARE(model.index(0, 0, sub).data().toString(), QStringLiteral("龙狮桥社区"));
        // A leaf says so without loading.
        const QModelIndex b = model.index(1, 0, sub);
        QVERIFY(!model.hasChildren(b));
        QVERIFY(!model.canFetchMore(b));
        // Numbers in names sort by value.
        const QModelIndex a = model.index(0, 0, sub);
        model.fetchMore(a);
        QCOMPARE(model.index(1, 0, a).data().toString(), QStringLiteral("第2网格"));
        QCOMPARE(model.index(11, 0, a).data().toString(), QStringLiteral("第12网格"));
        QCOMPARE(model.data(a, OrgTreeModel::KindRole).toString(), QStringLiteral("community"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void indexOfLoadsAncestors()
    {
        OrgTreeModel model(*m_orgs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex grid = model.indexOf(m_grid);
        QVERIFY(grid.isValid());
        QCOMPARE(model.idAt(grid), m_grid);
        QCOMPARE(model.idAt(grid.parent()), m_a);
        QCOMPARE(model.idAt(grid.parent().parent().parent()), m_root);
        QVERIFY(!model.indexOf(987654).isValid());
    }

    void followsChanges()
    {
        OrgTreeModel model(*m_orgs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester would fetch children from inside its own modelReset handler, which it then
        // reports as an insertion during the reset; this test fetches explicitly instead.
        tester.setUseFetchMore(false);
        expandAll(model);
        const QModelIndex a = model.indexOf(m_a);
        const int gridsBefore = model.rowCount(a);

        // Add: the new row appears in its sorted place.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(inserted.isValid());
        const qint64 grid0 = add(*m_orgs, m_a, OrgKind::Grid, QStringLiteral("第0网格"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(a), gridsBefore + 1);
        QCOMPARE(model.idAt(model.index(0, 0, a)), grid0);

        // Rename: the row moves to keep the order, and persistent indexes follow it.
        QPersistentModelIndex persistent(model.indexOf(grid0));
        auto org = *m_orgs->repository().find(grid0);
        org.name = QStringLiteral("第99网格");
        QVERIFY(m_orgs->update(org).ok());
        QCOMPARE(persistent.data().toString(), QStringLiteral("第99网格"));
        QCOMPARE(persistent.row(), model.rowCount(a) - 1);

        // Move between two loaded parents.
        QVERIFY(m_orgs->move(m_grid, m_b).ok());
        const QModelIndex moved = model.indexOf(m_grid);
        QCOMPARE(model.idAt(moved.parent()), m_b);
        QCOMPARE(model.rowCount(model.indexOf(m_b)), 1);

        // Retire: hidden while retired ones are not shown, back when asked for.
        QVERIFY(m_orgs->retire(m_grid, QDate::currentDate()).ok());
        QVERIFY(!model.indexOf(m_grid).isValid());
        model.setShowRetired(true);
        const QModelIndex retired = model.indexOf(m_grid);
        QVERIFY(retired.isValid());
        QCOMPARE(model.data(retired, OrgTreeModel::ActiveRole).toBool(), false);
        QVERIFY(m_orgs->reinstate(m_grid).ok());
        QCOMPARE(model.data(model.indexOf(m_grid), OrgTreeModel::ActiveRole).toBool(), true);

        // Delete.
        QVERIFY(m_orgs->remove(grid0).ok());
        QVERIFY(!model.indexOf(grid0).isValid());
    }

    void addUnderUnloadedParentLoadsIt()
    {
        OrgTreeModel model(*m_orgs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex b = model.indexOf(m_b);
        QVERIFY(!model.hasChildren(b));
        const qint64 grid = add(*m_orgs, m_b, OrgKind::Grid, QStringLiteral("第1网格"));
        QVERIFY(model.hasChildren(model.indexOf(m_b)));
        QVERIFY(model.indexOf(grid).isValid());
    }

    void dragAndDropMovesByTheRules()
    {
        OrgTreeModel model(*m_orgs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        expandAll(model);
        const QModelIndex grid = model.indexOf(m_grid);
        std::unique_ptr<QMimeData> mime(model.mimeData({grid}));
        QCOMPARE(OrgTreeModel::idsFromMime(mime.get()), QList<qint64>{m_grid});
        QVERIFY(model.flags(grid) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model.flags(model.indexOf(m_root)) & Qt::ItemIsDragEnabled));

        // A grid may go to another community, not to a sub-district.
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.indexOf(m_b)));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.indexOf(m_sub)));

        QSignalSpy refused(&model, &OrgTreeModel::moveRefused);
        QVERIFY(refused.isValid());
        QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.indexOf(m_sub)));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(m_orgs->repository().node(m_grid)->parentId, m_a);

        // The drop moves through the service and returns false so that no view removes rows.
        QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.indexOf(m_b)));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(m_orgs->repository().node(m_grid)->parentId, m_b);
        QCOMPARE(model.idAt(model.indexOf(m_grid).parent()), m_b);
    }

    void resetReloads()
    {
        OrgTreeModel model(*m_orgs);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // see followsChanges()
        expandAll(model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_orgs->retire(m_sub, QDate::currentDate()).ok()); // many rows: one reset
        QCOMPARE(reset.count(), 1);
        expandAll(model);
        QCOMPARE(model.rowCount(model.indexOf(m_root)), 0);
    }
};

QTEST_MAIN(TestOrgTreeModel)
#include "test_orgtreemodel.moc"
