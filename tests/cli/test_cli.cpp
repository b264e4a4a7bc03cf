// zongheng-cli end to end: the built program run as a script would run it.

#include "TestSupport.h"

#include "core/XlsxReader.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QSqlQuery>

using namespace TestSupport;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    bool crashed = false; ///< ended by a signal (abort, segmentation fault), not by exit()
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// The database a test names: a file in the test's folder, or a fresh one on the test server
    /// when the tests run on that engine (TestSupport::databaseAt).
    QString database(const QString &name) const { return databaseAt(path(name)); }

    /// zongheng-cli under a locale, in a language (--lang; none: the settings' choice, else the
    /// system's), with the settings of a folder (XDG_CONFIG_HOME; none: the test's own).
    static Run cli(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"),
                   const QString &language = QStringLiteral("en"), const QString &config = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LC_ALL"), locale);
        if (!config.isEmpty())
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ZONGHENG_CLI),
                      language.isEmpty() ? arguments : QStringList{QStringLiteral("--lang"), language} + arguments);
        if (!process.waitForFinished(120000))
            qFatal("zongheng-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError()), process.exitStatus() == QProcess::CrashExit};
    }

    /// The text of a PDF (pdftotext, from poppler-utils, which .ci/install-deps installs).
    static QString pdfText(const QString &pdf)
    {
        QProcess extract;
        extract.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        if (!extract.waitForFinished(30000))
            qFatal("pdftotext did not finish");
        return QString::fromUtf8(extract.readAllStandardOutput());
    }

    static QJsonDocument json(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("not JSON: %s", qPrintable(run.out));
        return doc;
    }

private Q_SLOTS:
    void initListStats()
    {
        const QString db = database(QStringLiteral("init.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--district"),
                       QStringLiteral("迎江区"), QStringLiteral("--subdistrict"), QStringLiteral("新河路街道")});
        QVERIFY2(run.code == 0, qPrintable(run.err));

        run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonArray orgs = json(run).array();
        QCOMPARE(orgs.size(), 2);
        const QJsonObject sub = orgs.at(1).toObject();
        QCOMPARE(sub.value(QStringLiteral("kind")).toString(), QStringLiteral("subdistrict"));
        QCOMPARE(sub.value(QStringLiteral("name")).toString(), QStringLiteral("新河路街道"));
        QCOMPARE(sub.value(QStringLiteral("path")).toString(), QStringLiteral("迎江区/新河路街道"));
        QVERIFY(sub.value(QStringLiteral("id")).isDouble());

        run = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonObject stats = json(run).object();
        for (const char *key : {"subdistricts", "communities", "grids", "building_groups", "households", "members"})
            QVERIFY2(stats.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(stats.value(QStringLiteral("subdistricts")).toInt(), 1);

        // A second init is refused and changes nothing.
        const QByteArray before = fingerprint(db);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--district"), QStringLiteral("别的区")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("already holds")));
        QCOMPARE(fingerprint(db), before);

        // A district database has no sub-district.
        const QString district = database(QStringLiteral("district.db"));
        run = cli({QStringLiteral("--db"), district, QStringLiteral("init"), QStringLiteral("--district"), QStringLiteral("迎江区")});
        QCOMPARE(run.code, 0);
        run = cli({QStringLiteral("--db"), district, QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json(run).array().size(), 1);
    }

    void demoIsDeterministic()
    {
        QStringList lists;
        for (const QString &name : {QStringLiteral("d1.db"), QStringLiteral("d2.db")}) {
            Run run = cli({QStringLiteral("--db"), path(name), QStringLiteral("demo"), QStringLiteral("--profile"),
                           QStringLiteral("yingjiang"), QStringLiteral("--seed"), QStringLiteral("5"),
                           QStringLiteral("--as-of"), QStringLiteral("2026-10-31")});
            QVERIFY2(run.code == 0, qPrintable(run.err));
            run = cli({QStringLiteral("--db"), path(name), QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
            lists.append(run.out);
        }
        QCOMPARE(lists.at(0), lists.at(1));
        const Run stats = cli({QStringLiteral("--db"), path(QStringLiteral("d1.db")), QStringLiteral("stats"), QStringLiteral("--json")});
        const QJsonObject figures = json(stats).object();
        QCOMPARE(figures.value(QStringLiteral("subdistricts")).toInt(), 6);
        QCOMPARE(figures.value(QStringLiteral("communities")).toInt(), 31);
        QCOMPARE(figures.value(QStringLiteral("grids")).toInt(), 384);
        QCOMPARE(figures.value(QStringLiteral("households")).toInt(), 1357);

        Run bad = cli({QStringLiteral("--db"), path(QStringLiteral("d3.db")), QStringLiteral("demo"),
                       QStringLiteral("--profile"), QStringLiteral("village")});
        QCOMPARE(bad.code, 2);
        bad = cli({QStringLiteral("--db"), path(QStringLiteral("d3.db")), QStringLiteral("demo"), QStringLiteral("--as-of"),
                   QStringLiteral("2026-13-01")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("YYYY-MM-DD")));
        QVERIFY(!QFile::exists(path(QStringLiteral("d3.db"))));
    }

    void checkAndBackup()
    {
        const QString db = database(QStringLiteral("check.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).code, 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code, 0);

        const QString copy = path(QStringLiteral("check-copy.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), copy});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), copy, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(json(run).object().value(QStringLiteral("grids")).toInt(), 20);

        // Break a running count behind the program's back: check says so and fails.
        {
            auto opened = Database::open(copy, Database::Access::ReadWrite);
            QVERIFY(opened.ok());
            QSqlQuery query(opened.value()->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE tally SET value = value + 1 WHERE key = 'org.grid'")));
        }
        run = cli({QStringLiteral("--db"), copy, QStringLiteral("check")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("org.grid")));
    }

    void secondWriterRefusedReadersServed()
    {
        const QString db = database(QStringLiteral("held.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).code, 0);
        auto holder = Database::open(db, Database::Access::ReadWrite); // as the GUI holds it
        QVERIFY(holder.ok());
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--parent"),
                       QStringLiteral("迎江区/新河路街道"), QStringLiteral("--kind"), QStringLiteral("community"),
                       QStringLiteral("--name"), QStringLiteral("新建社区")});
        if (TestServer::isEngine()) {
            // On a server several clerks write at once: no lock, each change its own transaction.
            QVERIFY2(run.code == 0, qPrintable(run.err));
            return;
        }
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(run.err));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}).code, 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("list")}).code, 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code, 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"),
                      path(QStringLiteral("held-copy.db"))})
                     .code,
                 0);
        holder.value().reset();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--parent"),
                   QStringLiteral("迎江区/新河路街道"), QStringLiteral("--kind"), QStringLiteral("community"),
                   QStringLiteral("--name"), QStringLiteral("新建社区")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }

    void editsTheTree()
    {
        const QString db = database(QStringLiteral("edit.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).code, 0);
        // A community under its own grid: refused with the reason.
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("move"),
                       QStringLiteral("迎江区/新河路街道/龙狮桥社区"), QStringLiteral("--to"),
                       QStringLiteral("迎江区/新河路街道/龙狮桥社区/第1网格")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("lies within")));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("move"),
                   QStringLiteral("迎江区/新河路街道/龙狮桥社区/第1网格"), QStringLiteral("--to"),
                   QStringLiteral("迎江区/新河路街道/炮营山社区")});
        QCOMPARE(run.code, 1); // 炮营山社区 has its own 第1网格
        QVERIFY(run.err.contains(QStringLiteral("already there")));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("retire"),
                   QStringLiteral("迎江区/新河路街道/龙狮桥社区"), QStringLiteral("--on"), QStringLiteral("2026-06-30")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(json(run).object().value(QStringLiteral("communities")).toInt(), 4);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json"),
                   QStringLiteral("--all")});
        bool found = false;
        for (const QJsonValue &value : json(run).array()) {
            const QJsonObject org = value.toObject();
            if (org.value(QStringLiteral("name")).toString() == QStringLiteral("龙狮桥社区")) {
                found = true;
                QCOMPARE(org.value(QStringLiteral("active")).toBool(), false);
            }
        }
        QVERIFY(found);
    }

    void membersAndPoints()
    {
        const QString db = database(QStringLiteral("members.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).code, 0);
        const QString csvPath = path(QStringLiteral("new-members.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("\xEF\xBB\xBF" "name,gender,birth_date,joined_on,phone,organisation,category\r\n");
        csv.write(QStringLiteral("测试甲,男,1970-01-01,1995-01-01,13905561234,迎江区/新河路街道/龙狮桥社区/第1网格,在册\r\n").toUtf8());
        csv.write(QStringLiteral("测试乙,女,1975-05-05,2000-01-01,,迎江区/新河路街道/龙狮桥社区/第1网格,registered\r\n").toUtf8());
        csv.close();
        const int before = json(cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}))
                               .object().value(QStringLiteral("members")).toInt();
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"), csvPath});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("2")));
        QCOMPARE(json(cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}))
                     .object().value(QStringLiteral("members")).toInt(),
                 before + 2);
        // Again: every line is already there; nothing changes; the lines are named.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"), csvPath});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line 2:")) && run.err.contains(QStringLiteral("line 3:")), qPrintable(run.err));
        QCOMPARE(json(cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}))
                     .object().value(QStringLiteral("members")).toInt(),
                 before + 2);

        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--json"),
                   QStringLiteral("--limit"), QStringLiteral("1")});
        const QString id = QString::number(json(run).array().first().toObject().value(QStringLiteral("id")).toInteger());
        run = cli({QStringLiteral("--db"), db, QStringLiteral("points"), QStringLiteral("balance"), QStringLiteral("--member"), id});
        QCOMPARE(run.code, 0);
        const int balance = run.out.trimmed().toInt();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("points"), QStringLiteral("award"), QStringLiteral("--member"), id,
                   QStringLiteral("--points"), QStringLiteral("15"), QStringLiteral("--reason"), QStringLiteral("防汛值守")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed().toInt(), balance + 15);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("points"), QStringLiteral("redeem"), QStringLiteral("--member"), id,
                   QStringLiteral("--points"), QString::number(balance + 16), QStringLiteral("--item"), QStringLiteral("大米")});
        QCOMPARE(run.code, 1);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("points"), QStringLiteral("balance"), QStringLiteral("--member"), id});
        QCOMPARE(run.out.trimmed().toInt(), balance + 15);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("points"), QStringLiteral("balance"), QStringLiteral("--member"),
                   QStringLiteral("99999999")});
        QCOMPARE(run.code, 1);
    }

    void ledgerAndCalendar()
    {
        const QString db = database(QStringLiteral("ledger.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--district"), QStringLiteral("迎江区"),
                      QStringLiteral("--subdistrict"), QStringLiteral("新河路街道")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--parent"),
                      QStringLiteral("迎江区/新河路街道"), QStringLiteral("--kind"), QStringLiteral("community"),
                      QStringLiteral("--name"), QStringLiteral("龙狮桥社区")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--parent"),
                      QStringLiteral("迎江区/新河路街道/龙狮桥社区"), QStringLiteral("--kind"), QStringLiteral("grid"),
                      QStringLiteral("--name"), QStringLiteral("第1网格")})
                     .code,
                 0);
        // The clock: National Day 2026 and its make-up Saturday.
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("due"), QStringLiteral("--from"), QStringLiteral("2026-09-30"),
                       QStringLiteral("--days"), QStringLiteral("3")});
        QCOMPARE(run.out.trimmed(), QStringLiteral("2026-10-10"));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--year"),
                   QStringLiteral("2026"), QStringLiteral("--json")});
        QVERIFY(json(run).array().size() > 30);
        // Next year's notice: a later line for a date replaces the earlier.
        const QString file = path(QStringLiteral("2027.csv"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("date,kind,name\n2027-01-01,holiday,元旦\n2027-01-01,holiday,新年\n").toUtf8());
        csv.close();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("import"), file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--year"),
                   QStringLiteral("2027")});
        QVERIFY(run.out.contains(QStringLiteral("2027-01-01,holiday,新年")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,kind,name\n2027-01-04,workday,x\n"); // a Monday
        csv.close();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("import"), file});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("line 2")));

        // The loop, headless.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("add"), QStringLiteral("--grid"),
                   QStringLiteral("迎江区/新河路街道/龙狮桥社区/第1网格"), QStringLiteral("--category"), QStringLiteral("设施维修"),
                   QStringLiteral("--title"), QStringLiteral("3栋路灯不亮"), QStringLiteral("--urgency"), QStringLiteral("urgent"),
                   QStringLiteral("--at"), QStringLiteral("2026-09-30")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString id = run.out.trimmed();
        const auto act = [&](const QStringList &more) {
            return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("act"), id} + more);
        };
        run = act({QStringLiteral("visit"), QStringLiteral("--satisfaction"), QStringLiteral("satisfied"), QStringLiteral("--at"),
                   QStringLiteral("2026-10-08")});
        QCOMPARE(run.code, 1); // not closed yet
        QCOMPARE(act({QStringLiteral("accept"), QStringLiteral("--at"), QStringLiteral("2026-09-30")}).code, 0);
        QCOMPARE(act({QStringLiteral("escalate"), QStringLiteral("--whistle"), QStringLiteral("tough"), QStringLiteral("--at"),
                      QStringLiteral("2026-10-08")})
                     .code,
                 0);
        QCOMPARE(act({QStringLiteral("report"), QStringLiteral("--to"), QStringLiteral("区城管局"), QStringLiteral("--at"),
                      QStringLiteral("2026-10-09")})
                     .code,
                 0);
        QCOMPARE(act({QStringLiteral("close"), QStringLiteral("--at"), QStringLiteral("2026-10-12")}).code, 1); // no result
        run = act({QStringLiteral("close"), QStringLiteral("--note"), QStringLiteral("已更换灯泡"), QStringLiteral("--at"),
                   QStringLiteral("2026-10-12")});
        QCOMPARE(run.out.trimmed(), QStringLiteral("closed"));
        QCOMPARE(act({QStringLiteral("frobnicate")}).code, 2);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("show"), id, QStringLiteral("--json")});
        const QJsonObject item = json(run).object();
        QCOMPARE(item.value(QStringLiteral("id")).toInteger(), id.toLongLong());
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(item.value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-10-10"));
        QCOMPARE(item.value(QStringLiteral("events")).toArray().size(), 5);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("list"), QStringLiteral("--text"),
                   QStringLiteral("路灯"), QStringLiteral("--json")});
        QCOMPARE(json(run).array().size(), 1);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("list"), QStringLiteral("--state"),
                   QStringLiteral("overdue"), QStringLiteral("--json")});
        QCOMPARE(json(run).array().size(), 0);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--from"),
                   QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"), QStringLiteral("--org"),
                   QStringLiteral("迎江区/新河路街道/龙狮桥社区")});
        const QJsonObject ledger = json(run).object().value(QStringLiteral("ledger")).toObject();
        QCOMPARE(ledger.value(QStringLiteral("recorded")).toInt(), 1);
        QCOMPARE(ledger.value(QStringLiteral("closed")).toInt(), 1);
        QCOMPARE(ledger.value(QStringLiteral("completion_rate")).toDouble(), 1.0);
        QCOMPARE(ledger.value(QStringLiteral("satisfaction_rate")).toDouble(), 0.0);
        for (const char *key : {"visited", "overdue"})
            QVERIFY(ledger.value(QLatin1String(key)).isDouble());
        QCOMPARE(json(run).object().value(QStringLiteral("grids")).toInt(), 1);
    }

    /// 乡街吹哨、部门报到, headless: the demo's catalogue of 33 matters, an item escalated for one
    /// of them from 办理中, its departments reporting in and done, closing refused until they have,
    /// and the figures per department.
    void whistleAndDepartments()
    {
        const QString db = database(QStringLiteral("whistle.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("yingjiang"),
                       QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("whistle"), QStringLiteral("catalogue"), QStringLiteral("--json")});
        const QJsonArray matters = json(run).array();
        QCOMPARE(matters.size(), 33);
        QMap<QString, int> byWhistle;
        for (const QJsonValue &matter : matters) {
            ++byWhistle[matter[QStringLiteral("whistle")].toString()];
            QVERIFY(!matter[QStringLiteral("departments")].toArray().isEmpty());
        }
        QCOMPARE(byWhistle.keys(), (QStringList{QStringLiteral("emergency"), QStringLiteral("quick"), QStringLiteral("tough")}));
        // A new matter, summoning two departments.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("whistle"), QStringLiteral("add"), QStringLiteral("楼道堆物清理"),
                   QStringLiteral("--whistle"), QStringLiteral("quick"), QStringLiteral("--departments"),
                   QStringLiteral("区消防救援大队，区城管局"), QStringLiteral("--days"), QStringLiteral("2")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("add"), QStringLiteral("--grid"),
                   QStringLiteral("迎江区/新河路街道/龙狮桥社区/第1网格"), QStringLiteral("--category"), QStringLiteral("环境卫生"),
                   QStringLiteral("--title"), QStringLiteral("楼道堆放杂物"), QStringLiteral("--at"), QStringLiteral("2026-11-16")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString id = run.out.trimmed();
        const auto act = [&](const QStringList &more) {
            return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("act"), id} + more
                       + QStringList{QStringLiteral("--at"), QStringLiteral("2026-11-17")});
        };
        QCOMPARE(act({QStringLiteral("accept")}).code, 0);
        QCOMPARE(act({QStringLiteral("progress"), QStringLiteral("--note"), QStringLiteral("网格劝导无果")}).out.trimmed(),
                 QStringLiteral("in_progress"));
        run = act({QStringLiteral("escalate"), QStringLiteral("--whistle"), QStringLiteral("quick")});
        QCOMPARE(run.code, 1); // the catalogue's matter is asked for
        run = act({QStringLiteral("escalate"), QStringLiteral("--matter"), QStringLiteral("无此事项")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("无此事项")));
        QCOMPARE(act({QStringLiteral("escalate"), QStringLiteral("--matter"), QStringLiteral("楼道堆物清理")}).out.trimmed(),
                 QStringLiteral("escalated"));
        QCOMPARE(act({QStringLiteral("report"), QStringLiteral("--to"), QStringLiteral("区城管局")}).out.trimmed(),
                 QStringLiteral("in_progress"));
        QCOMPARE(act({QStringLiteral("report"), QStringLiteral("--to"), QStringLiteral("区消防救援大队")}).code, 0);
        QCOMPARE(act({QStringLiteral("report_done"), QStringLiteral("--to"), QStringLiteral("区城管局")}).code, 0);
        run = act({QStringLiteral("close"), QStringLiteral("--note"), QStringLiteral("已清理")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("区消防救援大队")), qPrintable(run.err));
        QCOMPARE(act({QStringLiteral("report_done")}).code, 0); // the only one left
        QCOMPARE(act({QStringLiteral("close"), QStringLiteral("--note"), QStringLiteral("已清理")}).out.trimmed(), QStringLiteral("closed"));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("show"), id, QStringLiteral("--json")});
        const QJsonObject item = json(run).object();
        QCOMPARE(item[QStringLiteral("whistle_matter")].toString(), QStringLiteral("楼道堆物清理"));
        const QJsonArray summons = item[QStringLiteral("summons")].toArray();
        QCOMPARE(summons.size(), 2);
        for (const QJsonValue &one : summons) {
            QCOMPARE(one[QStringLiteral("reported_on")].toString(), QStringLiteral("2026-11-17"));
            QCOMPARE(one[QStringLiteral("done_on")].toString(), QStringLiteral("2026-11-17"));
            QCOMPARE(one[QStringLiteral("due_on")].toString(), QStringLiteral("2026-11-19"));
        }
        // The figures: the demo's escalations and this one, per department; per unit dispatched to.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("handling"), QStringLiteral("--json")});
        const QJsonObject handling = json(run).object();
        qint64 summoned = 0;
        for (const QJsonValue &row : handling[QStringLiteral("departments")].toArray()) {
            summoned += row[QStringLiteral("summoned")].toInteger();
            QVERIFY(row[QStringLiteral("done")].toInteger() <= row[QStringLiteral("summoned")].toInteger());
            QVERIFY(row[QStringLiteral("on_time")].toInteger() <= row[QStringLiteral("done")].toInteger());
        }
        QVERIFY(summoned > 100);
        QVERIFY(!handling[QStringLiteral("units")].toArray().isEmpty());

        // The grid staff: the demo's visits and reporters, a visit logged, the assessment and its weights.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("grid-staff"), QStringLiteral("assess"), QStringLiteral("--quarter"),
                   QStringLiteral("2026Q3"), QStringLiteral("--org"), QStringLiteral("迎江区/新河路街道"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray staff = json(run).object()[QStringLiteral("staff")].toArray();
        QVERIFY(staff.size() > 100);
        int kept = 0;
        int reported = 0;
        for (const QJsonValue &one : staff) {
            QCOMPARE(one[QStringLiteral("weeks")].toInt(), 13); // the Mondays of 2026Q3: 6 July to 28 September
            kept += one[QStringLiteral("weeks_met")].toInt();
            reported += one[QStringLiteral("raised")].toInt();
            QVERIFY(one[QStringLiteral("score")].toDouble() >= 0 && one[QStringLiteral("score")].toDouble() <= 100);
        }
        QVERIFY(kept > staff.size() * 13 / 2); // most weeks kept
        QVERIFY(reported > 0);
        const qint64 role = staff.at(0)[QStringLiteral("role_id")].toInteger();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("grid-staff"), QStringLiteral("visit"), QStringLiteral("--role"),
                   QString::number(role), QStringLiteral("--at"), QStringLiteral("2026-11-16"), QStringLiteral("--hours"),
                   QStringLiteral("2.5"), QStringLiteral("--households"), QStringLiteral("8")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("grid-staff"), QStringLiteral("visit"), QStringLiteral("--role"),
                      QString::number(role), QStringLiteral("--hours"), QStringLiteral("30")})
                     .code,
                 1); // more than a day
        run = cli({QStringLiteral("--db"), db, QStringLiteral("grid-staff"), QStringLiteral("visits"), QStringLiteral("--from"),
                   QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-16"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue &one : json(run).array())
            found = found || (one[QStringLiteral("role_id")].toInteger() == role && one[QStringLiteral("minutes")].toInt() == 150);
        QVERIFY(found);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("grid-staff"), QStringLiteral("weights"), QStringLiteral("--org"),
                   QStringLiteral("迎江区/新河路街道"), QStringLiteral("--set"), QStringLiteral("hours=40,raised=20")});
        QCOMPARE(run.code, 1); // 40 + 20 + 25 + 25 is not 100
        run = cli({QStringLiteral("--db"), db, QStringLiteral("grid-staff"), QStringLiteral("weights"), QStringLiteral("--org"),
                   QStringLiteral("迎江区/新河路街道"), QStringLiteral("--set"), QStringLiteral("hours=40,raised=10,on_time=25,satisfaction=25")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(json(run).object()[QStringLiteral("hours")].toInt(), 40);
        // A ledger item named as raised by a grid worker.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("add"), QStringLiteral("--grid"),
                   QStringLiteral("迎江区/新河路街道/龙狮桥社区/第1网格"), QStringLiteral("--category"), QStringLiteral("环境卫生"),
                   QStringLiteral("--title"), QStringLiteral("垃圾桶满溢"), QStringLiteral("--reporter"), QStringLiteral("role:999999")});
        QCOMPARE(run.code, 1);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code, 0);
    }

    /// 阵地 and the 保障清单, headless, on the demo of whistleAndDepartments: the venues (the seed's
    /// 35 red posts among them), the space standard and stats' guarantee agreeing, funds that
    /// cannot be overspent, an inspection whose follow-ups become tasks, a venue closed.
    void placesAndGuarantee()
    {
        const QString db = database(QStringLiteral("whistle.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("venues"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray venues = json(run).array();
        QMap<QString, int> byKind;
        for (const QJsonValue &v : venues)
            ++byKind[v[QStringLiteral("kind")].toString()];
        QCOMPARE(byKind.value(QStringLiteral("red_post")), 35);
        QCOMPARE(byKind.value(QStringLiteral("service_centre")), 6);
        QVERIFY(byKind.value(QStringLiteral("service_station")) > 31); // every community and many grids
        run = cli({QStringLiteral("--db"), db, QStringLiteral("guarantee"), QStringLiteral("space"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        int below = 0;
        qint64 shortTotal = 0;
        for (const QJsonValue &c : json(run).array()) {
            if (!c[QStringLiteral("meets")].toBool()) {
                ++below;
                shortTotal += c[QStringLiteral("short_m2")].toInteger();
                QVERIFY(c[QStringLiteral("area_m2")].toInteger() < c[QStringLiteral("required_m2")].toInteger());
            }
        }
        QVERIFY(below >= 2 && below <= 8); // a few of 31
        run = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        const QJsonObject guarantee = json(run).object()[QStringLiteral("guarantee")].toObject();
        QCOMPARE(guarantee[QStringLiteral("communities_below_space_standard")].toInt(), below);
        QCOMPARE(guarantee[QStringLiteral("space_short_m2")].toInteger(), shortTotal);
        QVERIFY(guarantee[QStringLiteral("funds_allotted_yuan")].toDouble() > 20000000); // 2000多万元 a year
        QVERIFY(guarantee[QStringLiteral("funds_spent_yuan")].toDouble() < guarantee[QStringLiteral("funds_allotted_yuan")].toDouble());
        // The seeds' figures: every property company covered (seed 002), not yet every other unit.
        const QJsonObject work = json(run).object()[QStringLiteral("work")].toObject();
        const QJsonObject coverage = work[QStringLiteral("party_coverage")].toObject();
        QCOMPARE(coverage[QStringLiteral("property")][QStringLiteral("rate")].toDouble(), 1.0);
        QVERIFY(coverage[QStringLiteral("private")][QStringLiteral("rate")].toDouble() < 1.0);
        QVERIFY(work[QStringLiteral("items_by_source")][QStringLiteral("order")].toInteger() > 0);
        QVERIFY(work[QStringLiteral("part_time_members")].toInteger() > 100); // 172 in seed 002
        QVERIFY(work[QStringLiteral("participants")].toInteger() > work[QStringLiteral("joint_activities")].toInteger());

        // Funds: allotted, spent, and no more than was allotted.
        const QString community = QStringLiteral("迎江区/新河路街道/龙狮桥社区");
        const QString grid = community + QStringLiteral("/第1网格");
        run = cli({QStringLiteral("--db"), db, QStringLiteral("funds"), QStringLiteral("add"), QStringLiteral("--org"), grid,
                   QStringLiteral("--allot"), QStringLiteral("5000"), QStringLiteral("--year"), QStringLiteral("2026"),
                   QStringLiteral("--on"), QStringLiteral("2026-11-02"), QStringLiteral("--source"), QStringLiteral("街道")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("funds"), QStringLiteral("add"), QStringLiteral("--org"), grid,
                   QStringLiteral("--spend"), QStringLiteral("5000.01"), QStringLiteral("--on"), QStringLiteral("2026-11-03"),
                   QStringLiteral("--purpose"), QStringLiteral("网格党群服务站桌椅")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("5,000.00")), qPrintable(run.err));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("funds"), QStringLiteral("add"), QStringLiteral("--org"), grid,
                      QStringLiteral("--spend"), QStringLiteral("12.345"), QStringLiteral("--purpose"), QStringLiteral("x")})
                     .code,
                 2); // not an amount
        run = cli({QStringLiteral("--db"), db, QStringLiteral("funds"), QStringLiteral("add"), QStringLiteral("--org"), grid,
                   QStringLiteral("--spend"), QStringLiteral("1200"), QStringLiteral("--on"), QStringLiteral("2026-11-03"),
                   QStringLiteral("--purpose"), QStringLiteral("网格党群服务站桌椅")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("funds"), QStringLiteral("list"), QStringLiteral("--org"), grid,
                   QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json")});
        const QJsonArray use = json(run).array();
        QCOMPARE(use.size(), 1);
        QCOMPARE(use.at(0)[QStringLiteral("balance_yuan")].toDouble(), 3800.0);

        // An inspection and its follow-ups.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("inspections"), QStringLiteral("add"), QStringLiteral("--org"), community,
                   QStringLiteral("--on"), QStringLiteral("2026-11-05"), QStringLiteral("--inspectors"), QStringLiteral("区委组织部巡查组"),
                   QStringLiteral("--findings"), QStringLiteral("三会一课台账缺失"), QStringLiteral("--task"), QStringLiteral("补齐台账"),
                   QStringLiteral("--task"), QStringLiteral("组织专题学习"), QStringLiteral("--due"), QStringLiteral("2026-12-05")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const qint64 inspection = run.out.trimmed().toLongLong();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("inspections"), QStringLiteral("list"), QStringLiteral("--org"), community,
                   QStringLiteral("--from"), QStringLiteral("2026-11-05"), QStringLiteral("--to"), QStringLiteral("2026-11-05"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue &i : json(run).array())
            found = found || (i[QStringLiteral("id")].toInteger() == inspection && i[QStringLiteral("tasks")].toInt() == 2);
        QVERIFY(found);

        // A venue registered, then closed; a second close is refused.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("venues"), QStringLiteral("add"), QStringLiteral("--org"), grid,
                   QStringLiteral("--kind"), QStringLiteral("activity_room"), QStringLiteral("--name"), QStringLiteral("楼道议事角"),
                   QStringLiteral("--area"), QStringLiteral("25"), QStringLiteral("--opened"), QStringLiteral("2026-01-05")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString venue = run.out.trimmed();
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("venues"), QStringLiteral("add"), QStringLiteral("--org"), grid,
                      QStringLiteral("--kind"), QStringLiteral("shop"), QStringLiteral("--name"), QStringLiteral("x"),
                      QStringLiteral("--area"), QStringLiteral("5")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("venues"), QStringLiteral("close"), venue, QStringLiteral("--on"),
                      QStringLiteral("2026-11-30")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("venues"), QStringLiteral("close"), venue}).code, 1);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code, 0);
    }

    /// 双联双管, headless: the in-service members with their employers and communities, their
    /// cards of a quarter as figures and as PDFs, a batch per employer, in the language chosen.
    void inServiceCards()
    {
        const QString db = database(QStringLiteral("whistle.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--category"),
                       QStringLiteral("in_service"), QStringLiteral("--limit"), QStringLiteral("50"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray inService = json(run).array();
        QCOMPARE(inService.size(), 50);
        for (const QJsonValue &m : inService) {
            QCOMPARE(m[QStringLiteral("category")].toString(), QStringLiteral("in_service"));
            QVERIFY(!m[QStringLiteral("employer")].toString().isEmpty());
            QVERIFY2(m[QStringLiteral("reported_to")].toString().endsWith(QStringLiteral("社区")),
                     qPrintable(m[QStringLiteral("reported_to")].toString()));
            QVERIFY(m[QStringLiteral("reported_to_id")].toInteger() > 0);
        }
        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--limit"),
                   QStringLiteral("20"), QStringLiteral("--category"), QStringLiteral("registered"), QStringLiteral("--json")});
        for (const QJsonValue &m : json(run).array())
            QVERIFY(m[QStringLiteral("employer")].isNull() && m[QStringLiteral("reported_to")].isNull());
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--category"),
                      QStringLiteral("retired")}).code, 2);

        // The quarter's figures: every in-service member's card, most with activities on it.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("cards"), QStringLiteral("--quarter"),
                   QStringLiteral("2026Q3"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray cards = json(run).object()[QStringLiteral("cards")].toArray();
        QVERIFY(cards.size() > 100);
        int withActivities = 0;
        QMap<QString, int> byEmployer;
        for (const QJsonValue &card : cards) {
            QCOMPARE(card[QStringLiteral("quarter")].toString(), QStringLiteral("2026Q3"));
            const QJsonArray activities = card[QStringLiteral("activities")].toArray();
            withActivities += activities.isEmpty() ? 0 : 1;
            double hours = 0;
            for (const QJsonValue &a : activities) {
                QVERIFY(a[QStringLiteral("held_on")].toString() >= QStringLiteral("2026-07-01"));
                QVERIFY(a[QStringLiteral("held_on")].toString() <= QStringLiteral("2026-09-30"));
                hours += a[QStringLiteral("hours")].toDouble();
            }
            QCOMPARE(card[QStringLiteral("hours")].toDouble(), hours);
            ++byEmployer[card[QStringLiteral("employer")].toString()];
        }
        QVERIFY2(withActivities > cards.size() * 3 / 5, qPrintable(QString::number(withActivities)));

        // A batch for one employer, as a PDF in the language chosen.
        const QString employer = byEmployer.firstKey();
        QTemporaryDir out;
        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("cards"), QStringLiteral("--quarter"),
                   QStringLiteral("2026Q3"), QStringLiteral("--employer"), employer, QStringLiteral("--out"), out.path()},
                  QStringLiteral("C.UTF-8"), QStringLiteral("zh_CN"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QStringList files = QDir(out.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().contains(employer), qPrintable(files.first()));
        const QString text = pdfText(QDir(out.path()).filePath(files.first()));
        QVERIFY(text.contains(QStringLiteral("在职党员")));
        QVERIFY(text.contains(employer));
        QCOMPARE(text.count(QStringLiteral("2026Q3")), text.count(QLatin1Char('\f'))); // each page names the quarter
        QVERIFY(text.count(QLatin1Char('\f')) >= byEmployer.value(employer));
        // A file per member; nothing for an employer nobody has.
        QTemporaryDir each;
        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("cards"), QStringLiteral("--quarter"),
                   QStringLiteral("2026Q3"), QStringLiteral("--employer"), employer, QStringLiteral("--per-member"),
                   QStringLiteral("--out"), each.path()});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(int(QDir(each.path()).entryList(QDir::Files | QDir::Hidden).size()), byEmployer.value(employer));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("cards"), QStringLiteral("--quarter"),
                   QStringLiteral("2026Q3"), QStringLiteral("--employer"), QStringLiteral("无此单位"), QStringLiteral("--json")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("无此单位")));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("cards"), QStringLiteral("--quarter"),
                      QStringLiteral("2026Q3")}).code, 2); // neither --out nor --json
    }

    /// Activities and councils of every kind, headless: the demo's, by kind; a grid's
    /// organisational life and council logged, the council's resolution a task; what the rules
    /// refuse; the figures count them apart.
    void activitiesAndCouncils()
    {
        const QString db = database(QStringLiteral("councils.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("small"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QMap<QString, int> kinds;
        run = cli({QStringLiteral("--db"), db, QStringLiteral("activities"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        for (const QJsonValue &a : json(run).array()) {
            ++kinds[a[QStringLiteral("kind")].toString()];
            QCOMPARE(a[QStringLiteral("kind")].toString() == QLatin1String("joint"), !a[QStringLiteral("agreement_id")].isNull());
        }
        for (const char *kind : {"joint", "organisational_life", "volunteer_service"})
            QVERIFY2(kinds.value(QLatin1String(kind)) > 0, kind);
        QMap<QString, int> meetingKinds;
        run = cli({QStringLiteral("--db"), db, QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &m : json(run).array())
            ++meetingKinds[m[QStringLiteral("kind")].toString()];
        QVERIFY(meetingKinds.value(QStringLiteral("joint")) > 0);
        QVERIFY(meetingKinds.value(QStringLiteral("party_mass")) > 0);

        run = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
        QString gridPath;
        for (const QJsonValue &org : json(run).array()) {
            if (org[QStringLiteral("kind")].toString() == QLatin1String("grid") && gridPath.isEmpty())
                gridPath = org[QStringLiteral("path")].toString();
        }
        QVERIFY(!gridPath.isEmpty());
        run = cli({QStringLiteral("--db"), db, QStringLiteral("activities"), QStringLiteral("log"), QStringLiteral("--org"), gridPath,
                   QStringLiteral("--kind"), QStringLiteral("organisational_life"), QStringLiteral("--title"), QStringLiteral("主题党日"),
                   QStringLiteral("--on"), QStringLiteral("2026-11-18"), QStringLiteral("--participants"), QStringLiteral("14"),
                   QStringLiteral("--hours"), QStringLiteral("1.5")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const qint64 activityId = run.out.trimmed().toLongLong();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("activities"), QStringLiteral("list"), QStringLiteral("--org"), gridPath,
                   QStringLiteral("--kind"), QStringLiteral("organisational_life"), QStringLiteral("--json")});
        const QJsonArray mine = json(run).array();
        QVERIFY(!mine.isEmpty());
        QCOMPARE(mine.first()[QStringLiteral("id")].toInteger(), activityId);
        QCOMPARE(mine.first()[QStringLiteral("hours")].toDouble(), 1.5);
        QCOMPARE(mine.first()[QStringLiteral("participants")].toInt(), 14);
        // A joint one without an agreement; a grid's joint meeting: refused, saying why.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("activities"), QStringLiteral("log"), QStringLiteral("--org"), gridPath,
                   QStringLiteral("--kind"), QStringLiteral("joint"), QStringLiteral("--title"), QStringLiteral("x")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("agreement")), qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("meetings"), QStringLiteral("record"), QStringLiteral("--org"), gridPath,
                   QStringLiteral("--on"), QStringLiteral("2026-11-18"), QStringLiteral("--topics"), QStringLiteral("x")});
        QCOMPARE(run.code, 1);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("meetings"), QStringLiteral("record"), QStringLiteral("--org"), gridPath,
                      QStringLiteral("--kind"), QStringLiteral("council")}).code, 2);

        run = cli({QStringLiteral("--db"), db, QStringLiteral("meetings"), QStringLiteral("record"), QStringLiteral("--org"), gridPath,
                   QStringLiteral("--kind"), QStringLiteral("grid_party_mass"), QStringLiteral("--on"), QStringLiteral("2026-11-18"),
                   QStringLiteral("--topics"), QStringLiteral("电动车充电点选址"), QStringLiteral("--resolution"),
                   QStringLiteral("网格员摸排意向户"), QStringLiteral("--resolution"), QStringLiteral("联系物业出方案")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString meetingId = run.out.trimmed();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("tasks"), QStringLiteral("add"), QStringLiteral("--meeting"), meetingId,
                   QStringLiteral("--title"), QStringLiteral("网格员摸排意向户"), QStringLiteral("--due"), QStringLiteral("2026-12-10")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("meetings"), QStringLiteral("list"), QStringLiteral("--org"), gridPath,
                   QStringLiteral("--kind"), QStringLiteral("grid_party_mass"), QStringLiteral("--from"), QStringLiteral("2026-11-18"),
                   QStringLiteral("--json")});
        const QJsonArray councils = json(run).array();
        QCOMPARE(councils.size(), 1);
        QCOMPARE(councils.first()[QStringLiteral("id")].toInteger(), meetingId.toLongLong());
        QCOMPARE(councils.first()[QStringLiteral("tasks")].toInt(), 1);
        QCOMPARE(councils.first()[QStringLiteral("level")].toString(), QStringLiteral("grid"));

        // The figures: councils apart from joint meetings, activities by kind.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        const QJsonObject stats = json(run).object();
        int councilsListed = 0;
        for (auto it = meetingKinds.begin(); it != meetingKinds.end(); ++it)
            councilsListed += it.key() == QLatin1String("joint") ? 0 : it.value();
        QCOMPARE(stats[QStringLiteral("councils")].toInt(), councilsListed + 1);
        QCOMPARE(stats[QStringLiteral("meetings")].toInt(), meetingKinds.value(QStringLiteral("joint")));
    }

    /// 述职评议, headless: the demo's reviews of the year before, weighed and ranked by kind; a
    /// score changed and weighed again; the weights; the sheets as a PDF.
    void yearEndReview()
    {
        const QString db = database(QStringLiteral("whistle.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("review"), QStringLiteral("year"), QStringLiteral("--year"),
                       QStringLiteral("2025"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray rows = json(run).array();
        QCOMPARE(rows.size(), 37); // 6 sub-districts, 31 communities
        int communitiesRanked = 0;
        QString top;
        for (const QJsonValue &row : rows) {
            const QJsonObject weights = row[QStringLiteral("weights")].toObject();
            QVERIFY(weights[QStringLiteral("service")].toInt() + weights[QStringLiteral("members")].toInt()
                    > weights[QStringLiteral("above")].toInt());
            if (row[QStringLiteral("kind")].toString() == QLatin1String("community") && !row[QStringLiteral("rank")].isNull()) {
                ++communitiesRanked;
                if (row[QStringLiteral("rank")].toInt() == 1)
                    top = row[QStringLiteral("path")].toString();
                QVERIFY(row[QStringLiteral("total")].toDouble() > 0);
            }
        }
        QVERIFY(communitiesRanked > 20);
        QVERIFY(!top.isEmpty());
        // The first community scored down by its members falls from the top.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("review"), QStringLiteral("score"), QStringLiteral("--org"), top,
                   QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--members"), QStringLiteral("10")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("review"), QStringLiteral("year"), QStringLiteral("--year"),
                   QStringLiteral("2025"), QStringLiteral("--json")});
        for (const QJsonValue &row : json(run).array()) {
            if (row[QStringLiteral("path")].toString() == top) {
                QCOMPARE(row[QStringLiteral("score_members")].toDouble(), 10.0);
                QVERIFY(row[QStringLiteral("rank")].toInt() > 1);
            }
        }
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("review"), QStringLiteral("score"), QStringLiteral("--org"), top,
                      QStringLiteral("--members"), QStringLiteral("101")}).code,
                 2);
        // Weights: together 100, or refused.
        const QString sub = top.section(QLatin1Char('/'), 0, 1);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("review"), QStringLiteral("weights"), QStringLiteral("--org"), sub,
                   QStringLiteral("--set"), QStringLiteral("above=20,service=50,members=30")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(json(run).object()[QStringLiteral("service")].toInt(), 50);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("review"), QStringLiteral("weights"), QStringLiteral("--org"), sub,
                      QStringLiteral("--set"), QStringLiteral("above=50")}).code,
                 1);
        // The sheets of a sub-district, in the language chosen.
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("评议表.pdf"));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("review"), QStringLiteral("sheet"), QStringLiteral("--year"),
                   QStringLiteral("2025"), QStringLiteral("--org"), sub, QStringLiteral("--out"), pdf},
                  QStringLiteral("C.UTF-8"), QStringLiteral("zh_CN"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("述职评议表")));
        QVERIFY(text.contains(top.section(QLatin1Char('/'), -1)));
        QVERIFY(text.count(QLatin1Char('\f')) >= 2);
    }

    void cobuildingAndMeetings()
    {
        const QString db = database(QStringLiteral("cobuild.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("yingjiang"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // The seeds' scale: 81+ pairing units (36 organs, 45 non-public and social), 100+ agreements,
        // needs and resources, 43+ secretary projects.
        const QJsonObject stats = json(cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")})).object();
        const QJsonObject cobuilding = stats.value(QStringLiteral("cobuilding")).toObject();
        for (const char *key : {"units", "agreements", "needs", "needs_matched", "resources", "projects", "activities"})
            QVERIFY2(cobuilding.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(cobuilding.value(QStringLiteral("units")).toInt() >= 81);
        QVERIFY(cobuilding.value(QStringLiteral("agreements")).toInt() >= 100);
        QVERIFY(cobuilding.value(QStringLiteral("needs")).toInt() >= 100);
        QVERIFY(cobuilding.value(QStringLiteral("resources")).toInt() >= 100);
        QVERIFY(cobuilding.value(QStringLiteral("projects")).toInt() >= 43);
        QVERIFY(stats.value(QStringLiteral("meetings")).toInt() > 0);
        QVERIFY(stats.value(QStringLiteral("tasks")).toInt() > 0);

        run = cli({QStringLiteral("--db"), db, QStringLiteral("cobuild"), QStringLiteral("needs"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonArray needs = json(run).array();
        QCOMPARE(needs.size(), cobuilding.value(QStringLiteral("needs")).toInt());
        qint64 openNeed = 0;
        QString openCategory;
        for (const QJsonValue &value : needs) {
            const QJsonObject need = value.toObject();
            for (const char *key : {"id", "category", "state", "organisation"})
                QVERIFY2(need.contains(QLatin1String(key)), key);
            if (!openNeed && need.value(QStringLiteral("state")).toString() == QLatin1String("open")) {
                openNeed = need.value(QStringLiteral("id")).toInteger();
                openCategory = need.value(QStringLiteral("category")).toString();
            }
        }
        QVERIFY(openNeed > 0);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("cobuild"), QStringLiteral("match"), QStringLiteral("--need"),
                   QString::number(openNeed), QStringLiteral("--as-of"), QStringLiteral("2026-11-20"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonArray ranked = json(run).array();
        QVERIFY(!ranked.isEmpty());
        bool seenOther = false;
        for (const QJsonValue &value : ranked) {
            const QJsonObject resource = value.toObject();
            for (const char *key : {"id", "category", "unit"})
                QVERIFY2(resource.contains(QLatin1String(key)), key);
            // Same category first: once another category shows, the need's own does not come back.
            const bool same = resource.value(QStringLiteral("category")).toString() == openCategory;
            QVERIFY(!(seenOther && same));
            seenOther = seenOther || !same;
        }
        const qint64 best = ranked.first().toObject().value(QStringLiteral("id")).toInteger();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("cobuild"), QStringLiteral("link"), QStringLiteral("--need"),
                   QString::number(openNeed), QStringLiteral("--resource"), QString::number(best)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("cobuild"), QStringLiteral("needs"), QStringLiteral("--state"),
                   QStringLiteral("open"), QStringLiteral("--json")});
        for (const QJsonValue &value : json(run).array())
            QVERIFY(value.toObject().value(QStringLiteral("id")).toInteger() != openNeed);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("cobuild"), QStringLiteral("match"), QStringLiteral("--need"), QStringLiteral("999999")});
        QCOMPARE(run.code, 1);

        run = cli({QStringLiteral("--db"), db, QStringLiteral("meetings"), QStringLiteral("due"), QStringLiteral("--as-of"),
                   QStringLiteral("2026-11-20"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonArray due = json(run).array();
        QVERIFY(!due.isEmpty());
        for (const QJsonValue &value : due) {
            const QJsonObject entry = value.toObject();
            const QString level = entry.value(QStringLiteral("level")).toString();
            QVERIFY(level == QLatin1String("district") || level == QLatin1String("subdistrict") || level == QLatin1String("community"));
            const QString status = entry.value(QStringLiteral("status")).toString();
            QVERIFY(status == QLatin1String("due") || status == QLatin1String("overdue"));
            QVERIFY(entry.contains(QStringLiteral("last_held")));
            // Nobody listed met in the current quarter (or month, for the district).
            const QString last = entry.value(QStringLiteral("last_held")).toString();
            QVERIFY2(last < (level == QLatin1String("district") ? QStringLiteral("2026-11-01") : QStringLiteral("2026-10-01")), qPrintable(last));
        }
        run = cli({QStringLiteral("--db"), db, QStringLiteral("meetings"), QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
        QCOMPARE(run.code, 2);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(run.code, 0);
    }

    void monthlyReportInChinese()
    {
        const QString db = database(QStringLiteral("report.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("small"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString pdf = path(QStringLiteral("月报-2026-10.pdf"));
        // In Chinese, as the clerk runs it: fontconfig names fonts in Chinese then.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                   QStringLiteral("2026-10"), QStringLiteral("--org"), QStringLiteral("迎江区/新河路街道"), QStringLiteral("--out"), pdf},
                  QStringLiteral("zh_CN.UTF-8"), QString());
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(pdf));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess extract;
        extract.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(30000));
        const QString text = QString::fromUtf8(extract.readAllStandardOutput());
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                     qPrintable(QStringLiteral("radical U+%1 in the PDF text").arg(c.unicode(), 4, 16)));
        const QJsonObject ledger = json(cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json"),
                                             QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                                             QStringLiteral("2026-10-31"), QStringLiteral("--org"), QStringLiteral("迎江区/新河路街道")}))
                                       .object()
                                       .value(QStringLiteral("ledger"))
                                       .toObject();
        const QString rate = QString::number(ledger.value(QStringLiteral("completion_rate")).toDouble() * 100, 'f', 1) + QLatin1Char('%');
        QVERIFY2(text.contains(QStringLiteral("党建工作月报")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("网格")));
        QVERIFY(text.contains(QStringLiteral("2026年10月")));
        QVERIFY2(text.contains(rate), qPrintable(rate));
        QVERIFY(text.contains(QString::number(ledger.value(QStringLiteral("recorded")).toInt())));

        run = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                   QStringLiteral("2026-13"), QStringLiteral("--out"), pdf});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("YYYY-MM")));
    }

    void membersFromTheOfficesOwnFiles()
    {
        const QString db = database(QStringLiteral("office-files.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).code, 0);
        const auto members = [&] {
            return json(cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")})).object().value(QStringLiteral("members")).toInt();
        };
        const int before = members();
        // The template: headings in the language of the run, nothing below them.
        const QString workbook = path(QStringLiteral("党员导入模板.xlsx"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("template"), QStringLiteral("--out"), workbook},
                      QStringLiteral("C.UTF-8"), QStringLiteral("zh_CN"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto sheet = XlsxReader().readFirstSheet(workbook);
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet.value().first().fields.first(), QStringLiteral("姓名"));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"), workbook});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no members")), qPrintable(run.err));

        // Excel's "CSV" on a Chinese Windows: GBK, Chinese headings, values as the clerk writes them.
        const QString gbk = path(QStringLiteral("名册.csv"));
        QFile file(gbk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QStringEncoder encoder("GBK");
        file.write(encoder(QStringLiteral("姓名,性别,出生日期,入党日期,手机号码,所在组织,党员类别\r\n"
                                          "测试丙,男,1970/1/1,1995年7月1日,13905561234,迎江区/新河路街道/龙狮桥社区/第1网格,在册\r\n"
                                          "测试丁,女,1975-05-05,2000-01-01,,迎江区/新河路街道/龙狮桥社区/第1网格,在册党员\r\n")));
        file.close();
        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"), gbk, QStringLiteral("--check")});
        QVERIFY2(run.code == 0 && run.out.contains(QStringLiteral("2 members can be imported")), qPrintable(run.out + run.err));
        QCOMPARE(members(), before); // --check writes nothing
        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"), gbk});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(members(), before + 2);
        // Again: each row named by its line and why, nothing written.
        run = cli({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"), gbk, QStringLiteral("--check")}, QStringLiteral("C.UTF-8"),
                  QStringLiteral("zh_CN"));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("第 2 行")) && run.err.contains(QStringLiteral("第 3 行")), qPrintable(run.err));
        QCOMPARE(members(), before + 2);
    }

    void aBackupKilledHalfWayLeavesTheLastGoodOne()
    {
        SKIP_ON_SERVER("backups belong to desk files");
        const QString db = path(QStringLiteral("backed-up.db"));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("small")}).code, 0);
        {
            // Ballast, so that a backup takes long enough to be killed half way (300 MB).
            QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ballast"));
            file.setDatabaseName(db);
            QVERIFY(file.open());
            QSqlQuery query(file);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE ballast (b BLOB)")));
            QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                                              "INSERT INTO ballast SELECT randomblob(1048576) FROM n")));
            file.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ballast"));
        const QString folder = path(QStringLiteral("backups"));
        const QStringList now{QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("now"), QStringLiteral("--folder"), folder};
        const QStringList list{QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--folder"), folder};
        Run run = cli(now);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray good = json(cli(list)).array();
        QCOMPARE(good.size(), 1);

        // The next one killed while it writes.
        QProcess process;
        process.start(QStringLiteral(ZONGHENG_CLI), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + now);
        QVERIFY(process.waitForStarted());
        QString half;
        QElapsedTimer waited;
        waited.start();
        while (half.isEmpty() && process.state() == QProcess::Running && waited.elapsed() < 60000) {
            for (const QFileInfo &file : QDir(folder).entryInfoList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden)) {
                if (file.size() > (32 << 20))
                    half = file.absoluteFilePath();
            }
            QThread::msleep(1);
        }
        QVERIFY2(!half.isEmpty(), "the backup ended before it could be killed");
        process.kill();
        process.waitForFinished();
        QVERIFY(QFile::exists(half));
        const QJsonArray after = json(cli(list)).array();
        QCOMPARE(after, good); // the half copy is not listed; the last good one is there
        QVERIFY(QFile::exists(good.first().toObject().value(QStringLiteral("file")).toString()));

        // The next backup clears the half copy; a restore of the good one gives a sound file.
        run = cli(now);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(!QFile::exists(half));
        QCOMPARE(json(cli(list)).array().size(), 2);
        run = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), good.first().toObject().value(QStringLiteral("file")).toString()});
        QVERIFY2(run.code == 0 && run.out.contains(QStringLiteral("kept as")), qPrintable(run.out + run.err));
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code, 0);
    }

    void languageFollowsTheSettingNotTheEnvironment()
    {
        const QString db = database(QStringLiteral("language.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("small"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // A scheduled job: LANG=C, a fresh account's settings (none). Chinese, the office's language.
        const QString fresh = path(QStringLiteral("config-fresh"));
        const QString pdf = path(QStringLiteral("job-report.pdf"));
        const QStringList report{QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"),
                                 QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"), pdf};
        run = cli(report, QStringLiteral("C"), QString(), fresh);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(pdfText(pdf).contains(QStringLiteral("党建工作月报")), qPrintable(pdfText(pdf).left(200)));
        const QStringList missing{QStringLiteral("--db"), db, QStringLiteral("ledger"), QStringLiteral("list"),
                                  QStringLiteral("--org"), QStringLiteral("无此组织")};
        run = cli(missing, QStringLiteral("C"), QString(), fresh);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("没有组织")), qPrintable(run.err));
        const QString outbox = path(QStringLiteral("job-outbox"));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("quarter"), QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
                   QStringLiteral("--org"), QStringLiteral("迎江区/新河路街道"), QStringLiteral("--out"), outbox},
                  QStringLiteral("C"), QString(), fresh);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QStringList workbooks = QDir(outbox).entryList({QStringLiteral("*.xlsx")});
        QCOMPARE(workbooks.size(), 1);
        const auto sheet = XlsxReader().readFirstSheet(QDir(outbox).filePath(workbooks.first()));
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet.value().first().fields.first(), QStringLiteral("组织")); // the headings of the first sheet

        // The clerk chose English in the settings (the window's file, which the command line reads).
        const QString english = path(QStringLiteral("config-english"));
        QVERIFY(QDir().mkpath(english + QStringLiteral("/ZongHeng")));
        QFile settings(english + QStringLiteral("/ZongHeng/zongheng.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=en\n");
        settings.close();
        run = cli(missing, QStringLiteral("zh_CN.UTF-8"), QString(), english);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("there is no organisation")), qPrintable(run.err));
        run = cli(report, QStringLiteral("zh_CN.UTF-8"), QString(), english);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(pdfText(pdf).contains(QStringLiteral("Party-building monthly report")), qPrintable(pdfText(pdf).left(200)));

        // --lang overrides the setting for one run; a language we do not have is refused.
        run = cli(missing, QStringLiteral("C"), QStringLiteral("zh_CN"), english);
        QVERIFY2(run.err.contains(QStringLiteral("没有组织")), qPrintable(run.err));
        run = cli(missing, QStringLiteral("C"), QStringLiteral("fr"), english);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("zh_CN|en")), qPrintable(run.err));
    }

    void badInputGetsClearErrors()
    {
        Run run = cli({QStringLiteral("--db"), path(QStringLiteral("x.db")), QStringLiteral("frobnicate")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("Unknown command")));

        run = cli({QStringLiteral("--db"), path(QStringLiteral("missing.db")), QStringLiteral("stats")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("does not exist")));
        QVERIFY(run.out.isEmpty());

        const QString text = path(QStringLiteral("notes.db"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        const QByteArray before = fingerprint(text);
        for (const QString &command : {QStringLiteral("stats"), QStringLiteral("check"), QStringLiteral("demo")}) {
            run = cli({QStringLiteral("--db"), text, command});
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(QStringLiteral("not an SQLite database")), qPrintable(run.err));
        }
        QCOMPARE(fingerprint(text), before);

        run = cli({QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("org list")));
    }

    /// `stats --json` of a fixed demo seed, locked by golden files: the whole database, and one
    /// sub-district over a closed period.
    void statsMatchGolden()
    {
        const QString db = database(QStringLiteral("golden.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("small"),
                       QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--from"),
                   QStringLiteral("2025-11-21"), QStringLiteral("--to"), QStringLiteral("2026-11-20")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        compareWithGolden(QStringLiteral("stats-small-7.json"), run.out.toUtf8());
        run = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--org"),
                   QStringLiteral("迎江区/新河路街道"), QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                   QStringLiteral("2026-10-31")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        compareWithGolden(QStringLiteral("stats-small-7-subdistrict-2026-10.json"), run.out.toUtf8());
    }

    /// The quarterly exchange from end to end: a package is refused at the district until the
    /// sender's key file is registered; a key handed over to a new one is taken with the next
    /// package; a retired key signs no more.
    void exchangeWithKeys()
    {
        const QString office = database(QStringLiteral("keys-office.db"));
        const QString district = database(QStringLiteral("keys-district.db"));
        const QString out = path(QStringLiteral("outbox"));
        const QString keyFile = path(QStringLiteral("新河路街道.key"));
        Run run = cli({QStringLiteral("--db"), office, QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("small"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), office, QStringLiteral("keys"), QStringLiteral("show")});
        QCOMPARE(run.code, 0);
        static const QRegularExpression fingerprintPattern(QStringLiteral("[0-9A-F]{4}(-[0-9A-F]{4}){4}"));
        const QString fingerprint = fingerprintPattern.match(run.out).captured(0);
        QVERIFY2(!fingerprint.isEmpty(), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("迎江区/新河路街道")));
        run = cli({QStringLiteral("--db"), office, QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), keyFile});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(fingerprint));
        run = cli({QStringLiteral("--db"), office, QStringLiteral("export"), QStringLiteral("quarter"), QStringLiteral("--quarter"),
                   QStringLiteral("2026Q3"), QStringLiteral("--out"), out});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString package = QDir(out).filePath(QStringLiteral("新河路街道-2026Q3.zhq"));
        QVERIFY(QFile::exists(package));

        QCOMPARE(cli({QStringLiteral("--db"), district, QStringLiteral("init"), QStringLiteral("--district"), QStringLiteral("迎江区")}).code, 0);
        run = cli({QStringLiteral("--db"), district, QStringLiteral("import"), package});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(fingerprint) && run.err.contains(QStringLiteral("keys add")), qPrintable(run.err));
        // --for is required; a sender outside the district is refused; a damaged key file too.
        QCOMPARE(cli({QStringLiteral("--db"), district, QStringLiteral("keys"), QStringLiteral("add"), keyFile}).code, 2);
        run = cli({QStringLiteral("--db"), district, QStringLiteral("keys"), QStringLiteral("add"), keyFile, QStringLiteral("--for"),
                   QStringLiteral("宜秀区/大龙山镇")});
        QCOMPARE(run.code, 1);
        run = cli({QStringLiteral("--db"), district, QStringLiteral("keys"), QStringLiteral("add"), package, QStringLiteral("--for"),
                   QStringLiteral("迎江区/新河路街道")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("key file")), qPrintable(run.err));

        run = cli({QStringLiteral("--db"), district, QStringLiteral("keys"), QStringLiteral("add"), keyFile, QStringLiteral("--for"),
                   QStringLiteral("迎江区/新河路街道")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(fingerprint));
        run = cli({QStringLiteral("--db"), district, QStringLiteral("import"), package});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), district, QStringLiteral("check")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));

        // The office takes a new key; its next package carries the handover.
        run = cli({QStringLiteral("--db"), office, QStringLiteral("keys"), QStringLiteral("rotate")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString fresh = fingerprintPattern.match(run.out).captured(0);
        QVERIFY(!fresh.isEmpty() && fresh != fingerprint);
        QThread::msleep(5);
        QCOMPARE(cli({QStringLiteral("--db"), office, QStringLiteral("export"), QStringLiteral("quarter"), QStringLiteral("--quarter"),
                      QStringLiteral("2026Q3"), QStringLiteral("--out"), out}).code, 0);
        run = cli({QStringLiteral("--db"), district, QStringLiteral("import"), package});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), district, QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonArray keys = json(run).array();
        QCOMPARE(keys.size(), 2);
        QJsonObject current;
        for (const QJsonValue &key : keys) {
            if (key.toObject().value(QStringLiteral("current")).toBool())
                current = key.toObject();
        }
        QCOMPARE(current.value(QStringLiteral("fingerprint")).toString(), fresh);
        QCOMPARE(current.value(QStringLiteral("how")).toString(), QStringLiteral("rotation"));
        QCOMPARE(current.value(QStringLiteral("sender")).toString(), QStringLiteral("迎江区/新河路街道"));

        // Retired at the district, the key signs nothing more.
        run = cli({QStringLiteral("--db"), district, QStringLiteral("keys"), QStringLiteral("retire"), fresh});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({QStringLiteral("--db"), district, QStringLiteral("import"), package});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("retired")), qPrintable(run.err));
    }

    /// Every option (and argument) that takes a date, month, quarter, number or organisation,
    /// found from the commands' own --help, gets malformed and out-of-range values: each is
    /// refused with exit 1 or 2 and a message naming it, and never ends the program by a signal.
    void badDatesAndNumbersRefused()
    {
        const QString db = database(QStringLiteral("fuzz.db"));
        Run run = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("small"),
                       QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString grid = [&] {
            const Run orgs = cli({QStringLiteral("--db"), db, QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
            for (const QJsonValue &org : json(orgs).array()) {
                if (org.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("grid"))
                    return org.toObject().value(QStringLiteral("path")).toString();
            }
            return QString();
        }();
        QVERIFY(!grid.isEmpty());

        // A good invocation of each command; one of its values at a time is replaced by bad ones.
        const QString date = QStringLiteral("2026-10-12");
        const QMap<QString, QStringList> good = {
            {QStringLiteral("demo"), {QStringLiteral("--profile"), QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("3"),
                                      QStringLiteral("--as-of"), date}},
            {QStringLiteral("stats"), {QStringLiteral("--from"), date, QStringLiteral("--to"), date, QStringLiteral("--org"), QStringLiteral("1")}},
            {QStringLiteral("due"), {QStringLiteral("--from"), date, QStringLiteral("--days"), QStringLiteral("5")}},
            {QStringLiteral("calendar list"), {QStringLiteral("--year"), QStringLiteral("2026")}},
            {QStringLiteral("ledger add"), {QStringLiteral("--grid"), grid, QStringLiteral("--category"), QStringLiteral("1"),
                                            QStringLiteral("--title"), QStringLiteral("路灯不亮"), QStringLiteral("--at"), date,
                                            QStringLiteral("--household"), QStringLiteral("1")}},
            {QStringLiteral("venues list"), {QStringLiteral("--org"), QStringLiteral("1")}},
            {QStringLiteral("review year"), {QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--org"), QStringLiteral("1")}},
            {QStringLiteral("review score"), {QStringLiteral("--org"), grid, QStringLiteral("--year"), QStringLiteral("2026"),
                                              QStringLiteral("--on"), date}},
            {QStringLiteral("review weights"), {QStringLiteral("--org"), QStringLiteral("1")}},
            {QStringLiteral("review sheet"), {QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--org"), QStringLiteral("1"),
                                              QStringLiteral("--out"), QStringLiteral("/nonexistent/x.pdf")}},
            {QStringLiteral("members cards"), {QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--member"),
                                               QStringLiteral("1"), QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--json")}},
            {QStringLiteral("venues add"), {QStringLiteral("--org"), grid, QStringLiteral("--kind"), QStringLiteral("activity_room"),
                                            QStringLiteral("--name"), QStringLiteral("活动室"), QStringLiteral("--area"), QStringLiteral("40"),
                                            QStringLiteral("--opened"), date}},
            {QStringLiteral("venues close"), {QStringLiteral("1"), QStringLiteral("--on"), date}},
            {QStringLiteral("guarantee space"), {QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--on"), date}},
            {QStringLiteral("funds add"), {QStringLiteral("--org"), grid, QStringLiteral("--allot"), QStringLiteral("1000"),
                                           QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--on"), date,
                                           QStringLiteral("--source"), QStringLiteral("街道")}},
            {QStringLiteral("funds list"), {QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--year"), QStringLiteral("2026")}},
            {QStringLiteral("inspections add"), {QStringLiteral("--org"), grid, QStringLiteral("--on"), date, QStringLiteral("--inspectors"),
                                                 QStringLiteral("巡查组"), QStringLiteral("--findings"), QStringLiteral("台账不全"),
                                                 QStringLiteral("--task"), QStringLiteral("补齐台账"), QStringLiteral("--due"), date}},
            {QStringLiteral("inspections list"), {QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--from"), date,
                                                  QStringLiteral("--to"), date}},
            {QStringLiteral("grid-staff visit"), {QStringLiteral("--role"), QStringLiteral("1"), QStringLiteral("--at"), date,
                                                  QStringLiteral("--hours"), QStringLiteral("2"), QStringLiteral("--households"),
                                                  QStringLiteral("5")}},
            {QStringLiteral("grid-staff visits"), {QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--from"), date,
                                                   QStringLiteral("--to"), date}},
            {QStringLiteral("grid-staff assess"), {QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--month"),
                                                   QStringLiteral("2026-10"), QStringLiteral("--org"), QStringLiteral("1")}},
            {QStringLiteral("grid-staff weights"), {QStringLiteral("--org"), QStringLiteral("1")}},
            {QStringLiteral("ledger act"), {QStringLiteral("1"), QStringLiteral("progress"), QStringLiteral("--at"), date,
                                            QStringLiteral("--to"), QStringLiteral("member:1"), QStringLiteral("--limit"), date}},
            {QStringLiteral("ledger handling"), {QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--from"), date,
                                                 QStringLiteral("--to"), date}},
            {QStringLiteral("whistle add"), {QStringLiteral("占道经营"), QStringLiteral("--whistle"), QStringLiteral("quick"),
                                             QStringLiteral("--departments"), QStringLiteral("区城管局"), QStringLiteral("--days"),
                                             QStringLiteral("3")}},
            {QStringLiteral("ledger show"), {QStringLiteral("1")}},
            {QStringLiteral("ledger list"), {QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--from"), date,
                                             QStringLiteral("--to"), date, QStringLiteral("--limit"), QStringLiteral("5")}},
            {QStringLiteral("members list"), {QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("5")}},
            {QStringLiteral("points balance"), {QStringLiteral("--member"), QStringLiteral("1")}},
            {QStringLiteral("points award"), {QStringLiteral("--member"), QStringLiteral("1"), QStringLiteral("--points"), QStringLiteral("2"),
                                              QStringLiteral("--on"), date, QStringLiteral("--reason"), QStringLiteral("x")}},
            {QStringLiteral("points redeem"), {QStringLiteral("--member"), QStringLiteral("1"), QStringLiteral("--points"), QStringLiteral("2"),
                                               QStringLiteral("--on"), date, QStringLiteral("--item"), QStringLiteral("x")}},
            {QStringLiteral("org add"), {QStringLiteral("--parent"), grid, QStringLiteral("--kind"), QStringLiteral("building_group"),
                                         QStringLiteral("--name"), QStringLiteral("新楼"), QStringLiteral("--households"), QStringLiteral("30"),
                                         QStringLiteral("--established"), date}},
            {QStringLiteral("org move"), {grid, QStringLiteral("--to"), QStringLiteral("1")}},
            {QStringLiteral("org retire"), {grid, QStringLiteral("--on"), date}},
            {QStringLiteral("cobuild needs"), {QStringLiteral("--org"), QStringLiteral("1")}},
            {QStringLiteral("cobuild match"), {QStringLiteral("--need"), QStringLiteral("1"), QStringLiteral("--as-of"), date}},
            {QStringLiteral("cobuild link"), {QStringLiteral("--need"), QStringLiteral("1"), QStringLiteral("--resource"), QStringLiteral("1"),
                                              QStringLiteral("--on"), date}},
            {QStringLiteral("meetings due"), {QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--as-of"), date}},
            {QStringLiteral("meetings list"), {QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--from"), date,
                                               QStringLiteral("--to"), date}},
            {QStringLiteral("meetings record"), {QStringLiteral("--org"), grid, QStringLiteral("--kind"), QStringLiteral("long_bench"),
                                                 QStringLiteral("--on"), date, QStringLiteral("--topics"), QStringLiteral("停车"),
                                                 QStringLiteral("--unit"), QStringLiteral("1"), QStringLiteral("--venue"), QStringLiteral("1")}},
            {QStringLiteral("tasks add"), {QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("x"),
                                           QStringLiteral("--org"), grid, QStringLiteral("--set"), date, QStringLiteral("--due"), date}},
            {QStringLiteral("activities list"), {QStringLiteral("--org"), QStringLiteral("1"), QStringLiteral("--from"), date,
                                                 QStringLiteral("--to"), date}},
            {QStringLiteral("activities log"), {QStringLiteral("--org"), grid, QStringLiteral("--kind"), QStringLiteral("theme"),
                                                QStringLiteral("--agreement"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("x"),
                                                QStringLiteral("--on"), date, QStringLiteral("--participants"), QStringLiteral("5"),
                                                QStringLiteral("--member"), QStringLiteral("1"), QStringLiteral("--points"), QStringLiteral("2"),
                                                QStringLiteral("--venue"), QStringLiteral("1")}},
            {QStringLiteral("report monthly"), {QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--org"), QStringLiteral("1"),
                                                QStringLiteral("--out"), path(QStringLiteral("fuzz.pdf"))}},
            {QStringLiteral("export quarter"), {QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--org"), QStringLiteral("1"),
                                                QStringLiteral("--out"), path(QStringLiteral("fuzz-out"))}},
        };
        const QString huge(5000, QLatin1Char('9'));
        const QStringList badNumbers = {QString(), QStringLiteral("x"), QStringLiteral("-1"), QStringLiteral("99999999999999999999"),
                                        QStringLiteral("-9223372036854775809"), QStringLiteral("1e9"), QStringLiteral("0x10"),
                                        QStringLiteral("+5"), QStringLiteral(" 5"), QStringLiteral("5abc"), QStringLiteral("٣"),
                                        QStringLiteral("５"), huge};
        const QStringList badDates = {QString(), QStringLiteral("x"), QStringLiteral("1399-01-01"), QStringLiteral("1899-12-31"),
                                      QStringLiteral("2101-01-01"), QStringLiteral("9999-12-31"), QStringLiteral("10000-01-01"),
                                      QStringLiteral("2026-02-30"), QStringLiteral("2026-1-1"), QStringLiteral("２０２６-01-01"),
                                      QStringLiteral("-2026-01-01"), huge};
        const QMap<QString, QStringList> badByKind = {
            {QStringLiteral("YYYY-MM-DD"), badDates},
            {QStringLiteral("YYYY-MM"), {QString(), QStringLiteral("x"), QStringLiteral("1399-01"), QStringLiteral("2101-01"),
                                         QStringLiteral("2026-13"), QStringLiteral("2026-00"), QStringLiteral("２０２６-01"), huge}},
            {QStringLiteral("YYYYQn"), {QString(), QStringLiteral("x"), QStringLiteral("1399Q1"), QStringLiteral("2101Q1"),
                                        QStringLiteral("2026Q5"), QStringLiteral("2026Q0"), QStringLiteral("２０２６Q1"), huge}},
            {QStringLiteral("N"), badNumbers},
            {QStringLiteral("ID"), badNumbers},
            {QStringLiteral("YYYY"), badNumbers + QStringList{QStringLiteral("1399"), QStringLiteral("2101")}},
            {QStringLiteral("ID|PATH"), {QString(), QStringLiteral("-1"), QStringLiteral("99999999999999999999"), huge,
                                         QStringLiteral("无此区/无此街道")}},
            {QStringLiteral("PATH|ID"), {QString(), QStringLiteral("-1"), QStringLiteral("99999999999999999999"), huge}},
        };

        // What the program says it takes: options with a value of those kinds, and ID arguments.
        const Run help = cli({QStringLiteral("--help")});
        static const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+(?: [a-z]+)?)((?: [A-Z|.]+)*)\\s{2,}"));
        static const QRegularExpression optionLine(QStringLiteral("^\\s+--([a-z-]+) <([^>]+)>"));
        int tried = 0;
        QSet<QString> covered;
        for (const QString &line : help.out.split(QLatin1Char('\n'))) {
            const auto command = commandLine.match(line);
            if (!command.hasMatch())
                continue;
            const QString words = command.captured(1);

            const QStringList positionals = command.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const Run usage = cli((words.split(QLatin1Char(' ')) << QStringLiteral("--help")));
            QList<std::pair<QString, QString>> targets; // option name ("" for the first argument), kind
            for (const QString &optionText : usage.out.split(QLatin1Char('\n'))) {
                const auto option = optionLine.match(optionText);
                if (option.hasMatch() && badByKind.contains(option.captured(2)))
                    targets.append({option.captured(1), option.captured(2)});
            }
            if (!positionals.isEmpty() && badByKind.contains(positionals.first()))
                targets.append({QString(), positionals.first()});
            if (targets.isEmpty())
                continue;
            QVERIFY2(good.contains(words), qPrintable(QStringLiteral("no good invocation of \"%1\" to vary").arg(words)));
            const QStringList base = good.value(words);
            for (const auto &[option, kind] : targets) {
                covered.insert(words + QLatin1Char(' ') + (option.isEmpty() ? kind : QLatin1String("--") + option));
                for (const QString &bad : badByKind.value(kind)) {
                    QStringList args = base;
                    if (option.isEmpty()) {
                        args[0] = bad;
                    } else {
                        const qsizetype at = args.indexOf(QLatin1String("--") + option);
                        QVERIFY2(at >= 0, qPrintable(QStringLiteral("%1: the good invocation lacks --%2").arg(words, option)));
                        args[at + 1] = bad;
                    }
                    const Run result = cli(QStringList{QStringLiteral("--db"), db} + words.split(QLatin1Char(' ')) + args);
                    const QString what = QStringLiteral("%1 %2 \"%3\": exit %4, %5")
                                             .arg(words, option.isEmpty() ? kind : QLatin1String("--") + option, bad.left(40))
                                             .arg(result.code)
                                             .arg(result.err.left(200));
                    QVERIFY2(!result.crashed, qPrintable(what));
                    QVERIFY2(result.code == 1 || result.code == 2, qPrintable(what));
                    // The message names what was wrong: the option, or the value given.
                    const bool named = (!option.isEmpty() && result.err.contains(QLatin1String("--") + option))
                                       || (!bad.isEmpty() && result.err.contains(bad.left(40)))
                                       || (option.isEmpty() && !result.err.trimmed().isEmpty());
                    QVERIFY2(named, qPrintable(what));
                    ++tried;
                }
            }
        }
        // Every kind of value was met, on the options that take them.
        for (const char *expected : {"due --days", "due --from", "calendar list --year", "report monthly --month", "export quarter --quarter",
                                     "ledger act ID", "ledger list --limit", "points award --points", "demo --seed", "org add --households",
                                     "cobuild link --resource", "stats --org"})
            QVERIFY2(covered.contains(QLatin1String(expected)), expected);
        QVERIFY(tried > 300);
        // Still sound after all of that.
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
