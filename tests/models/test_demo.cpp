// Demo data: the seeds' figures for yingjiang, the size of the other profiles, the same data for
// the same seed, and nothing left behind when cancelled.

#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "members/MemberRepository.h"
#include "members/MemberValidator.h"
#include "overview/Headline.h"
#include "store/Maintenance.h"

#include <QSqlQuery>

using namespace TestSupport;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;

    std::unique_ptr<Database> generate(const QString &profile, quint64 seed)
    {
        auto db = createDatabase(m_dir.filePath(QStringLiteral("demo-%1.db").arg(++m_file)));
        DemoGenerator::Options options;
        options.profile = profile;
        options.seed = seed;
        options.asOf = QDate(2026, 11, 1);
        const Outcome done = DemoGenerator::run(*db, options);
        if (!done)
            qFatal("demo failed: %s", qPrintable(done.error()));
        return db;
    }

    static QStringList paths(const Database &db)
    {
        QStringList out;
        for (const OrgPathEntry &row : OrgRepository(db).listAll())
            out.append(QString::number(row.id) + QLatin1Char(' ') + row.path);
        return out;
    }

private Q_SLOTS:
    void yingjiangHasTheSeedsFigures()
    {
        auto db = generate(QStringLiteral("yingjiang"), 7);
        const Headline figures = Headline::read(*db);
        QCOMPARE(figures.subdistricts, 6);
        QCOMPARE(figures.communities, 31);
        QCOMPARE(figures.grids, 384);
        QCOMPARE(figures.households, 1357);
        QVERIFY(figures.buildingGroups >= 384);
        QVERIFY(Maintenance::check(*db).isEmpty());
        OrgRepository repository(*db);
        QVERIFY(repository.findByPath(QStringLiteral("迎江区/新河路街道/龙狮桥社区")).has_value());
        // Every grid serves about 300 households and has a secretary; nothing lies after as-of.
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT min(households), max(households), count(secretary) FROM organisation "
                                          "WHERE kind = 'grid'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 200);
        QVERIFY(query.value(1).toInt() <= 400);
        QCOMPARE(query.value(2).toInt(), 384);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM organisation WHERE established_on > '2026-11-01'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);

        // 10,523 active members, each grid staffed "1+3", every central household a member's home.
        QCOMPARE(figures.members, 10523);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*) FROM organisation g WHERE g.kind = 'grid' AND "
            "(SELECT count(*) FROM role r WHERE r.org_id = g.id AND r.kind = 'grid_head') = 1 AND "
            "(SELECT count(*) FROM role r WHERE r.org_id = g.id AND r.kind = 'grid_worker') = 3")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 384);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM organisation o JOIN member m ON m.id = o.member_id "
                                          "WHERE o.kind = 'household' AND o.name = m.name || '党员中心户'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1357);
        // Realistic: every ID number valid and agreeing, joined at 18 or later, categories mixed.
        MemberRepository members(*db);
        const auto sample = members.page({}, MemberSort::Entered, std::nullopt, 500);
        for (const MemberRow &row : sample) {
            const auto member = *members.find(row.id);
            QVERIFY2(MemberValidator::check(member, OrgKind::Grid, member.reportedToId ? std::optional(OrgKind::Community)
                                                                                         : std::nullopt,
                                            QDate(2026, 11, 1))
                         .isEmpty(),
                     qPrintable(member.name + QLatin1Char(' ') + member.idNumber));
        }
        QVERIFY(query.exec(QStringLiteral("SELECT count(DISTINCT category), min(birth_date) < '1950-01-01', "
                                          "max(birth_date) > '1995-01-01', count(*) FILTER (WHERE full_member_on IS NULL) "
                                          "FROM member")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        QVERIFY(query.value(1).toBool());
        QVERIFY(query.value(2).toBool());
        QVERIFY(query.value(3).toInt() > 50); // some probationary members
    }

    void smallProfile()
    {
        auto db = generate(QStringLiteral("small"), 1);
        const Headline figures = Headline::read(*db);
        QCOMPARE(figures.subdistricts, 1);
        QCOMPARE(figures.communities, 5);
        QCOMPARE(figures.grids, 20);
        QCOMPARE(db->meta(QStringLiteral("scope")), QStringLiteral("subdistrict"));
        QCOMPARE(figures.members, 560);
        // Made with row checks off for speed: every constraint and reference is checked here.
        QVERIFY(Maintenance::check(*db).isEmpty());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE community_id IS NULL) FROM ledger_item")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 3000);
        QCOMPARE(query.value(1).toInt(), 0);
    }

    void sameSeedSameData()
    {
        auto first = generate(QStringLiteral("small"), 42);
        auto second = generate(QStringLiteral("small"), 42);
        auto other = generate(QStringLiteral("small"), 43);
        QCOMPARE(paths(*first), paths(*second));
        QVERIFY(paths(*first) != paths(*other));
    }

    void refusesNonEmptyDatabaseAndUnknownProfile()
    {
        auto db = generate(QStringLiteral("small"), 1);
        DemoGenerator::Options options;
        QVERIFY(!DemoGenerator::run(*db, options).ok());
        auto empty = createDatabase(m_dir.filePath(QStringLiteral("unknown.db")));
        options.profile = QStringLiteral("village");
        const Outcome refused = DemoGenerator::run(*empty, options);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("small, yingjiang, city")));
    }

    void cancelLeavesNothing()
    {
        auto db = createDatabase(m_dir.filePath(QStringLiteral("cancelled.db")));
        DemoGenerator::Options options;
        options.profile = QStringLiteral("yingjiang");
        int calls = 0;
        const Outcome done = DemoGenerator::run(*db, options, [&](double, const QString &) { return ++calls < 5; });
        QVERIFY(!done.ok());
        QVERIFY(OrgRepository(*db).isEmpty());
        QCOMPARE(Headline::read(*db).grids, 0);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
