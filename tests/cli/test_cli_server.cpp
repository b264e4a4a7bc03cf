// zongheng-cli on a PostgreSQL server (the throwaway one ctest starts: ZONGHENG_TEST_PGHOST): a
// database made by init, organisations, the ledger and its search, the figures; the addresses
// and databases it refuses.

#include "TestServer.h"
#include "store/SqlConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ZONGHENG_CLI), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    if (!process.waitForFinished(120000))
        qFatal("zongheng-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT

private:
    QString m_host;

    QString freshDatabase() { return TestServer::freshDatabase(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = TestServer::host();
        if (m_host.isEmpty())
            QSKIP("no PostgreSQL server for the tests (ctest starts one: ZONGHENG_TEST_PGHOST)");
    }

    /// init makes the schema in an empty database; the commands then work on it as on a file.
    void fromInitToSearch()
    {
        const QString db = freshDatabase();
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--district"), QStringLiteral("迎江区"),
                       QStringLiteral("--subdistrict"), QStringLiteral("新河路街道")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("迎江区/新河路街道")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("password")), qPrintable(run.out));
        for (const QStringList &add : {QStringList{QStringLiteral("迎江区/新河路街道"), QStringLiteral("community"), QStringLiteral("龙狮桥社区")},
                                       QStringList{QStringLiteral("迎江区/新河路街道/龙狮桥社区"), QStringLiteral("grid"), QStringLiteral("第一网格")},
                                       QStringList{QStringLiteral("迎江区"), QStringLiteral("subdistrict"), QStringLiteral("宜城路街道")}}) {
            run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--parent"), add.at(0),
                       QStringLiteral("--kind"), add.at(1), QStringLiteral("--name"), add.at(2)});
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("add"), QStringLiteral("--grid"),
                   QStringLiteral("迎江区/新河路街道/龙狮桥社区/第一网格"), QStringLiteral("--category"), QStringLiteral("设施维修"),
                   QStringLiteral("--title"), QStringLiteral("3栋路灯不亮"), QStringLiteral("--location"), QStringLiteral("华中路38号"),
                   QStringLiteral("--at"), QStringLiteral("2026-11-20")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString item = run.out.trimmed();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("act"), item, QStringLiteral("accept"),
                   QStringLiteral("--at"), QStringLiteral("2026-11-21")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // The community moves: its grid's item goes along (the server's trigger).
        run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("move"), QStringLiteral("迎江区/新河路街道/龙狮桥社区"),
                   QStringLiteral("--to"), QStringLiteral("迎江区/宜城路街道")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        for (const QString &word : {QStringLiteral("路灯"), QStringLiteral("灯"), QStringLiteral("路灯不亮"), QStringLiteral("华中路")}) {
            run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("list"), QStringLiteral("--org"),
                       QStringLiteral("迎江区/宜城路街道"), QStringLiteral("--text"), word, QStringLiteral("--json")});
            QVERIFY2(run.code == 0, qPrintable(run.err));
            const QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).array();
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        }
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("list"), QStringLiteral("--text"), QStringLiteral("井盖")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.trimmed().isEmpty());
        run = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(stats.value(QStringLiteral("subdistricts")).toInt(), 2);
        QCOMPARE(stats.value(QStringLiteral("communities")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("grids")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("ledger")).toObject().value(QStringLiteral("recorded")).toInt(), 1);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QStringList paths;
        for (const QJsonValue &org : QJsonDocument::fromJson(run.out.toUtf8()).array())
            paths.append(org.toObject().value(QStringLiteral("path")).toString());
        QVERIFY2(paths.contains(QStringLiteral("迎江区/宜城路街道/龙狮桥社区/第一网格")), qPrintable(paths.join(QLatin1Char(' '))));
        // A second init finds the database taken.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--district"), QStringLiteral("迎江区")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("already holds")), qPrintable(run.err));
    }

    /// An office's file moved onto a server: copy-from compares every table (its lines: table,
    /// rows, checksum), the figures agree, the copy is sound; a file written back from the server
    /// (backup) is the same again. A second copy into it is refused, and so is a file that is not
    /// sound, leaving the target as it was.
    void officeFileOntoTheServer()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("office.db"));
        Run run = cli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("small"),
                       QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString db = freshDatabase();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("copy-from"), file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("each the same in both")), qPrintable(run.out));
        QMap<QString, qint64> rows;
        for (const QString &line : run.out.split(QLatin1Char('\n'))) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() == 3) {
                QCOMPARE(fields.at(2).size(), 64); // SHA-256 sums added lane by lane
                rows.insert(fields.at(0), fields.at(1).toLongLong());
            }
        }
        {
            // As many rows of each table as the file holds, every table listed.
            SqlConnection source(QStringLiteral("source"));
            QVERIFY(source.open(file));
            QSqlQuery query(source.db());
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                                              "AND name NOT LIKE 'ledger_search%'")) && query.next());
            QCOMPARE(rows.size(), query.value(0).toInt());
            for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
                QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(it.key())) && query.next());
                QCOMPARE(it.value(), query.value(0).toLongLong());
            }
        }
        QVERIFY(rows.value(QStringLiteral("ledger_item")) > 1000);
        QVERIFY(rows.value(QStringLiteral("ledger_event")) > rows.value(QStringLiteral("ledger_item")));
        QVERIFY(rows.contains(QStringLiteral("office_key")));

        const auto stats = [](const QString &database) {
            const Run figures = cli({QStringLiteral("--db"), database, QStringLiteral("stats"), QStringLiteral("--json")});
            return figures.code == 0 ? figures.out : figures.err;
        };
        const QString fromFile = stats(file);
        QVERIFY(fromFile.contains(QStringLiteral("\"recorded\"")));
        QCOMPARE(stats(db), fromFile);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // What a clerk adds next gets an id after the copied ones.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString district = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject().value(QStringLiteral("path")).toString();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--parent"), district,
                   QStringLiteral("--kind"), QStringLiteral("subdistrict"), QStringLiteral("--name"), QStringLiteral("新设街道")});
        QVERIFY2(run.code == 0, qPrintable(run.err));

        const QString back = dir.filePath(QStringLiteral("back.db"));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), back});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(stats(back), stats(db));
        QCOMPARE(cli({QStringLiteral("--db"), back, QStringLiteral("check")}).code, 0);

        run = cli({QStringLiteral("--db"), db, QStringLiteral("copy-from"), file});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("already holds data")), qPrintable(run.err));

        // A file whose running count was changed behind the program's back is not copied.
        {
            SqlConnection broken(QStringLiteral("broken"));
            QVERIFY(broken.open(back));
            QSqlQuery query(broken.db());
            QVERIFY(query.exec(QStringLiteral("UPDATE tally SET value = value + 1 WHERE key = 'org.grid'")));
        }
        const QString other = freshDatabase();
        run = cli({QStringLiteral("--db"), other, QStringLiteral("copy-from"), back});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("org.grid")) && run.err.contains(QStringLiteral("nothing was copied")), qPrintable(run.err));
        QVERIFY2(cli({QStringLiteral("--db"), other, QStringLiteral("stats")}).err.contains(QStringLiteral("holds no ZongHeng data")),
                 "the target is left empty");
    }

    /// What is refused, saying what is wrong: a malformed address, a server that is not there, a
    /// database without ZongHeng's schema (read), another program's tables (init).
    void refusals()
    {
        Run run = cli({QStringLiteral("--db"), QStringLiteral("postgresql://zongheng@/"), QStringLiteral("stats")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not a PostgreSQL address")), qPrintable(run.err));
        run = cli({QStringLiteral("--db"), QStringLiteral("postgresql://zongheng@/nothing?host=/nonexistent"), QStringLiteral("stats")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cannot be reached")), qPrintable(run.err));
        // The server is there, the database or the user is not: said so, not "cannot be reached".
        run = cli({QStringLiteral("--db"), QStringLiteral("postgresql://zongheng@/no_such_office?host=%1").arg(TestServer::host()),
                   QStringLiteral("stats")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("holds no database of that name")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("cannot be reached")), qPrintable(run.err));
        run = cli({QStringLiteral("--db"), QStringLiteral("postgresql://nobody@/postgres?host=%1").arg(TestServer::host()),
                   QStringLiteral("stats")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("refused the user name or the password")), qPrintable(run.err));
        const QString empty = freshDatabase();
        run = cli({QStringLiteral("--db"), empty, QStringLiteral("stats")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("holds no ZongHeng data")), qPrintable(run.err));
        SqlConnection other(QStringLiteral("other"), QStringLiteral("QPSQL"));
        QSqlDatabase db = other.db();
        db.setHostName(m_host);
        db.setUserName(QStringLiteral("zongheng"));
        QVERIFY(other.open(empty.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0)));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE invoices (id integer)")));
        for (const QStringList &command : {QStringList{QStringLiteral("init"), QStringLiteral("--district"), QStringLiteral("迎江区")},
                                           QStringList{QStringLiteral("org"), QStringLiteral("list")}}) {
            run = cli(QStringList{QStringLiteral("--db"), empty} + command);
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(QStringLiteral("tables of another program")), qPrintable(run.err));
        }
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM invoices")) && query.next()); // left as it was
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "test_cli_server.moc"
