// Demo data: the seeds' figures for yingjiang, the size of the other profiles, the same data for
// the same seed, and nothing left behind when cancelled.

#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "stats/Headline.h"
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
    }

    void smallProfile()
    {
        auto db = generate(QStringLiteral("small"), 1);
        const Headline figures = Headline::read(*db);
        QCOMPARE(figures.subdistricts, 1);
        QCOMPARE(figures.communities, 5);
        QCOMPARE(figures.grids, 20);
        QCOMPARE(db->meta(QStringLiteral("scope")), QStringLiteral("subdistrict"));
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
