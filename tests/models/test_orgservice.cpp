// Changing the tree: kind rules, names, moves without cycles, retirement with history, deletion
// only when nothing is attached, search and paths; and the field rules (data-driven).

#include "TestSupport.h"

#include "core/Language.h"
#include "org/OrgValidator.h"
#include "store/Maintenance.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace TestSupport;

class TestOrgService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrgService> m_orgs;
    qint64 m_root = 0, m_sub = 0, m_community = 0, m_grid = 0, m_group = 0, m_otherCommunity = 0;
    int m_file = 0;

private Q_SLOTS:
    void init()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("orgs-%1.db").arg(++m_file)));
        m_orgs = std::make_unique<OrgService>(*m_db);
        m_root = add(*m_orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        m_sub = add(*m_orgs, m_root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(*m_orgs, m_sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_otherCommunity = add(*m_orgs, m_sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        m_grid = add(*m_orgs, m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        m_group = add(*m_orgs, m_grid, OrgKind::BuildingGroup, QStringLiteral("3栋党小组"));
    }

    void cleanup()
    {
        QVERIFY(Maintenance::check(*m_db).isEmpty());
        m_orgs.reset();
        m_db.reset();
    }

    /// A full disk is told in the clerk's words, in the language shown; nothing is half saved.
    void fullDiskSaidInTheClerksWords()
    {
        SKIP_ON_SERVER("a file that may not grow stands for a full disk; a server's disk is its own");
        QSqlQuery pages(m_db->connection());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        const int now = pages.value(0).toInt();
        pages.finish();
        // The file may not grow: SQLite answers SQLITE_FULL, as on a full disk.
        QSqlQuery limit(m_db->connection());
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(now)));
        limit.finish();
        const auto countGrids = [this] {
            QSqlQuery count(m_db->connection());
            return count.exec(QStringLiteral("SELECT count(*) FROM organisation")) && count.next() ? count.value(0).toInt() : -1;
        };
        const int before = countGrids();
        Outcome refused = Outcome::success();
        for (int i = 0; i < 400 && refused.ok(); ++i) {
            Organisation grid;
            grid.parentId = m_community;
            grid.kind = OrgKind::Grid;
            grid.name = QStringLiteral("第%1网格").arg(i + 2);
            grid.notes = QString(800, QLatin1Char('x'));
            const auto added = m_orgs->add(grid);
            if (!added)
                refused = Outcome::failure(added.error());
        }
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("the disk is full")), qPrintable(refused.error()));
        QVERIFY2(!refused.error().contains(QStringLiteral("database or disk is full")), qPrintable(refused.error()));
        QVERIFY(countGrids() > before); // the ones before it were saved, the refused one not half
        Language::apply(QStringLiteral("zh_CN"));
        Organisation more;
        more.parentId = m_community;
        more.kind = OrgKind::Grid;
        more.name = QStringLiteral("第九百网格");
        more.notes = QString(4000, QLatin1Char('x'));
        const auto chinese = m_orgs->add(more);
        Language::apply(QStringLiteral("en"));
        QVERIFY(!chinese.ok());
        QVERIFY2(chinese.error().contains(QStringLiteral("磁盘已满")), qPrintable(chinese.error()));
        QSqlQuery unlimit(m_db->connection());
        QVERIFY(unlimit.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    }

    void addFollowsKindRules()
    {
        Organisation wrong;
        wrong.parentId = m_sub;
        wrong.kind = OrgKind::Grid;
        wrong.name = QStringLiteral("第9网格");
        const auto refused = m_orgs->add(wrong);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("cannot be placed under")), qPrintable(refused.error()));

        Organisation second;
        second.kind = OrgKind::District;
        second.name = QStringLiteral("大观区");
        QVERIFY(!m_orgs->add(second).ok());

        QSignalSpy spy(m_orgs.get(), &OrgService::added);
        QVERIFY(spy.isValid());
        Organisation household;
        household.parentId = m_group;
        household.kind = OrgKind::Household;
        household.name = QStringLiteral("王建国党员中心户");
        const auto id = m_orgs->add(household);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), id.value());
        QCOMPARE(spy.at(0).at(1).toLongLong(), m_group);
        QCOMPARE(m_orgs->repository().path(id.value()),
                 QStringLiteral("迎江区/新河路街道/龙狮桥社区/第1网格/3栋党小组/王建国党员中心户"));
    }

    void siblingNamesAreUnique()
    {
        Organisation twin;
        twin.parentId = m_sub;
        twin.kind = OrgKind::Community;
        twin.name = QStringLiteral(" 龙狮桥社区 ");
        const auto refused = m_orgs->add(twin);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("already an organisation named")));
        // The same name elsewhere is fine.
        twin.parentId = m_community;
        twin.kind = OrgKind::Grid;
        twin.name = QStringLiteral("3栋党小组");
        QVERIFY(m_orgs->add(twin).ok());
    }

    void updateSavesFieldsAndChecksThem()
    {
        auto org = *m_orgs->repository().find(m_grid);
        org.name = QStringLiteral("第一网格");
        org.secretary = QStringLiteral("孙玉萍");
        org.phone = QStringLiteral("13912345678");
        org.households = 312;
        org.establishedOn = QDate(2018, 5, 1);
        QSignalSpy spy(m_orgs.get(), &OrgService::changed);
        QVERIFY(m_orgs->update(org).ok());
        QCOMPARE(spy.count(), 1);
        const auto saved = *m_orgs->repository().find(m_grid);
        QCOMPARE(saved.name, QStringLiteral("第一网格"));
        QCOMPARE(saved.households, std::optional<int>(312));
        QCOMPARE(saved.establishedOn, QDate(2018, 5, 1));

        org.phone = QStringLiteral("12345");
        QVERIFY(!m_orgs->update(org).ok());
        org.phone.clear();
        org.households.reset();
        org.kind = OrgKind::TemporaryBranch; // a building group below cannot hang under a branch
        const Outcome refused = m_orgs->update(org);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("3栋党小组")), qPrintable(refused.error()));
    }

    void moveKeepsTreeValid()
    {
        // A cycle: a community under its own grid.
        QVERIFY(!m_orgs->canMove(m_sub, m_grid).ok());
        QVERIFY(m_orgs->canMove(m_sub, m_grid).error().contains(QStringLiteral("lies within")));
        // A kind rule: a grid under a sub-district.
        QVERIFY(!m_orgs->canMove(m_grid, m_sub).ok());
        // The top cannot move.
        QVERIFY(!m_orgs->canMove(m_root, m_sub).ok());

        const qint64 household = add(*m_orgs, m_group, OrgKind::Household, QStringLiteral("李静党员中心户"));
        QSignalSpy spy(m_orgs.get(), &OrgService::moved);
        QVERIFY(m_orgs->move(m_grid, m_otherCommunity).ok());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toLongLong(), m_community);
        QCOMPARE(spy.at(0).at(2).toLongLong(), m_otherCommunity);
        // The whole subtree follows, lineage included.
        QCOMPARE(m_orgs->repository().path(household),
                 QStringLiteral("迎江区/新河路街道/炮营山社区/第1网格/3栋党小组/李静党员中心户"));
        QCOMPARE(m_orgs->repository().lineage(household),
                 (QList<qint64>{m_root, m_sub, m_otherCommunity, m_grid, m_group, household}));
        QVERIFY(m_orgs->repository().isInSubtree(household, m_otherCommunity));
        QVERIFY(!m_orgs->repository().isInSubtree(household, m_community));

        // A household may also hang straight under a grid.
        QVERIFY(m_orgs->move(household, m_grid).ok());
        // A name already taken at the target is refused.
        add(*m_orgs, m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        QVERIFY(!m_orgs->canMove(m_grid, m_community).ok());
    }

    void retireKeepsHistoryAndCascades()
    {
        const QDate today(2026, 11, 23);
        QVERIFY(!m_orgs->retire(m_community, today.addDays(1), today).ok());
        QVERIFY(m_orgs->retire(m_community, QDate(2026, 6, 30), today).ok());
        for (qint64 id : {m_community, m_grid, m_group}) {
            const auto org = *m_orgs->repository().find(id);
            QCOMPARE(org.dissolvedOn, QDate(2026, 6, 30));
        }
        QVERIFY(m_orgs->repository().find(m_otherCommunity)->isActive());
        // Retired ones drop out of the active list but stay in the file.
        const auto active = m_orgs->repository().children(m_sub, false);
        QCOMPARE(active.size(), 1);
        QCOMPARE(m_orgs->repository().children(m_sub, true).size(), 2);
        // Nothing can be added under a retired organisation, nor moved there.
        Organisation grid;
        grid.parentId = m_community;
        grid.kind = OrgKind::Grid;
        grid.name = QStringLiteral("第2网格");
        QVERIFY(!m_orgs->add(grid).ok());
        // Reinstating goes top-down.
        QVERIFY(!m_orgs->reinstate(m_grid).ok());
        QVERIFY(m_orgs->reinstate(m_community).ok());
        QVERIFY(m_orgs->repository().find(m_community)->isActive());
    }

    void retireRefusesDateBeforeEstablishment()
    {
        auto org = *m_orgs->repository().find(m_grid);
        org.establishedOn = QDate(2019, 3, 1);
        QVERIFY(m_orgs->update(org).ok());
        const Outcome refused = m_orgs->retire(m_community, QDate(2018, 12, 31), QDate(2026, 11, 23));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("第1网格")), qPrintable(refused.error()));
        QVERIFY(m_orgs->repository().find(m_community)->isActive());
    }

    void deleteOnlyWithNothingAttached()
    {
        const Outcome refused = m_orgs->remove(m_grid);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("Retire it instead")));
        QSignalSpy spy(m_orgs.get(), &OrgService::removed);
        QVERIFY(m_orgs->remove(m_group).ok());
        QCOMPARE(spy.count(), 1);
        QVERIFY(!m_orgs->repository().find(m_group).has_value());
        QVERIFY(!m_orgs->remove(m_root).ok());
    }

    void searchAndPaths()
    {
        const auto hits = m_orgs->repository().search(QStringLiteral("狮桥"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, m_community);
        QCOMPARE(hits.first().path, QStringLiteral("迎江区/新河路街道/龙狮桥社区"));
        QVERIFY(m_orgs->repository().search(QStringLiteral("%"), 10).isEmpty());
        QCOMPARE(m_orgs->repository().search(QStringLiteral("社区"), 10).size(), 2);
        QCOMPARE(m_orgs->repository().findByPath(QStringLiteral("迎江区/新河路街道/龙狮桥社区/第1网格")),
                 std::optional<qint64>(m_grid));
        QVERIFY(!m_orgs->repository().findByPath(QStringLiteral("迎江区/新河路街道/无此社区")).has_value());
        const auto all = m_orgs->repository().listAll();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.first().path, QStringLiteral("迎江区"));
    }

    void childSummariesCountSubtrees()
    {
        auto grid = *m_orgs->repository().find(m_grid);
        grid.households = 300;
        QVERIFY(m_orgs->update(grid).ok());
        add(*m_orgs, m_group, OrgKind::Household, QStringLiteral("王建国党员中心户"));
        add(*m_orgs, m_grid, OrgKind::Household, QStringLiteral("李静党员中心户"));
        const auto rows = m_orgs->repository().childSummaries(m_sub, false);
        QCOMPARE(rows.size(), 2);
        // Pinyin order: 龙 (long) before 炮 (pao).
        QCOMPARE(rows.at(0).name, QStringLiteral("龙狮桥社区"));
        QCOMPARE(rows.at(0).grids, 1);
        QCOMPARE(rows.at(0).households, 2);
        QCOMPARE(rows.at(0).householdsServed, 300);
        QCOMPARE(rows.at(1).grids, 0);
    }

    void validatorRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("households");
        QTest::addColumn<QDate>("established");
        QTest::addColumn<QDate>("dissolved");
        QTest::addColumn<int>("problems");
        const QDate none;
        QTest::newRow("all fine") << "第1网格" << "grid" << "13912345678" << 300 << QDate(2018, 1, 1) << none << 0;
        QTest::newRow("landline") << "第1网格" << "grid" << "0556-5551234" << -1 << none << none << 0;
        QTest::newRow("name missing") << "  " << "grid" << "" << -1 << none << none << 1;
        QTest::newRow("slash in name") << "A/B" << "grid" << "" << -1 << none << none << 1;
        QTest::newRow("name too long") << QString(61, QChar(0x7F51)) << "grid" << "" << -1 << none << none << 1;
        QTest::newRow("phone short") << "第1网格" << "grid" << "1391234" << -1 << none << none << 1;
        QTest::newRow("phone letters") << "第1网格" << "grid" << "1391234567a" << -1 << none << none << 1;
        QTest::newRow("households for a branch") << "趣缘党支部" << "functional_branch" << "" << 10 << none << none << 1;
        QTest::newRow("households negative") << "第1网格" << "grid" << "" << -5 << none << none << 0;
        QTest::newRow("future establishment") << "第1网格" << "grid" << "" << -1 << QDate(2030, 1, 1) << none << 1;
        QTest::newRow("dissolved before established")
            << "第1网格" << "grid" << "" << -1 << QDate(2020, 1, 1) << QDate(2019, 1, 1) << 1;
        QTest::newRow("wrong kind under community") << "X" << "subdistrict" << "" << -1 << none << none << 1;
        QTest::newRow("two problems") << "" << "grid" << "abc" << -1 << none << none << 2;
    }

    void validatorRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, phone);
        QFETCH(int, households);
        QFETCH(QDate, established);
        QFETCH(QDate, dissolved);
        QFETCH(int, problems);
        Organisation org;
        org.name = name;
        org.kind = *OrgKinds::fromCode(kind);
        org.phone = phone;
        // -1 means "not given"; -5 stands for a negative figure given.
        if (households >= 0)
            org.households = households;
        if (households == -5)
            org.households = -5;
        org.establishedOn = established;
        org.dissolvedOn = dissolved;
        const int expected = households == -5 ? 1 : problems;
        const auto found = OrgValidator::check(org, OrgKind::Community, QDate(2026, 11, 23));
        QCOMPARE(found.size(), expected);
    }
};

QTEST_GUILESS_MAIN(TestOrgService)
#include "test_orgservice.moc"
