// Importing members from CSV: the reader's edge cases, all-or-nothing, every bad line by number.

#include "TestSupport.h"

#include "core/CsvReader.h"
#include "members/IdNumber.h"
#include "members/MemberImporter.h"
#include "members/MemberService.h"
#include "overview/Headline.h"

using namespace TestSupport;

class TestMemberImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrgService> m_orgs;
    std::unique_ptr<MemberService> m_members;
    int m_file = 0;

    static QByteArray csv(const QStringList &lines) { return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n"; }
    static const QString header() { return QStringLiteral("name,gender,birth_date,joined_on,phone,organisation,category"); }

    MemberImporter::Report run(const QByteArray &bytes)
    {
        MemberImporter importer(*m_db, *m_members);
        return importer.importBytes(bytes, QDate(2026, 11, 23));
    }

    static QList<int> lines(const MemberImporter::Report &report)
    {
        QList<int> out;
        for (const auto &problem : report.problems)
            if (!out.contains(problem.line))
                out.append(problem.line);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("import-%1.db").arg(++m_file)));
        m_orgs = std::make_unique<OrgService>(*m_db);
        m_members = std::make_unique<MemberService>(*m_db);
        const qint64 root = add(*m_orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(*m_orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        const qint64 community = add(*m_orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        add(*m_orgs, community, OrgKind::Grid, QStringLiteral("第1网格"));
        add(*m_orgs, community, OrgKind::Grid, QStringLiteral("第2网格"));
    }

    void cleanup()
    {
        m_members.reset();
        m_orgs.reset();
        m_db.reset();
    }

    void readerHandlesQuotesAndLines()
    {
        CsvReader reader;
        const QByteArray text = "\xEF\xBB\xBF" "a,b,c\r\n"
                                "1,\"two, with comma\",3\r\n"
                                "\r\n"
                                "4,\"multi\nline\",\"say \"\"hi\"\"\"\n"
                                "5,6,7";
        QVERIFY(reader.parse(text));
        QCOMPARE(reader.records().size(), 4);
        QCOMPARE(reader.records().at(0).fields, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(reader.records().at(1).fields.at(1), QStringLiteral("two, with comma"));
        QCOMPARE(reader.records().at(2).line, 4); // the blank line 3 is skipped
        QCOMPARE(reader.records().at(2).fields.at(1), QStringLiteral("multi\nline"));
        QCOMPARE(reader.records().at(2).fields.at(2), QStringLiteral("say \"hi\""));
        QCOMPARE(reader.records().at(3).line, 6); // after a record spanning two lines
        QCOMPARE(CsvReader::formatLine({QStringLiteral("a,b"), QStringLiteral("c\"d")}), QStringLiteral("\"a,b\",\"c\"\"d\"\r\n"));

        QVERIFY(!reader.parse("a,b\n1,\"open\n2,3\n"));
        QCOMPARE(reader.errorLine(), 2);
        QVERIFY(!reader.parse("a,b\nok,ok\n\xff\xfe,bad\n"));
        QCOMPARE(reader.errorLine(), 3);
    }

    void importsAGoodFile()
    {
        const QString id = IdNumber::make(QStringLiteral("340802"), QDate(1968, 4, 12), Gender::Female, 30);
        const QByteArray bytes = "\xEF\xBB\xBF" + csv({
            header() + QStringLiteral(",id_number,ethnicity,full_member_on,flowing_where"),
            QStringLiteral("孙玉萍,女,1968-04-12,1995-07-01,13905561234,迎江区/新河路街道/龙狮桥社区/第1网格,在册,%1,汉族,1996-07-01,").arg(id),
            QStringLiteral("王建国,男,1950/3/8,1976-5-4,,迎江区/新河路街道/龙狮桥社区/第2网格,flowing,,汉族,,上海市"),
            QStringLiteral("\"李, 静\",女,1990-01-01,2025-06-01,13905560000,迎江区/新河路街道/龙狮桥社区,registered,,,,"),
        });
        const auto report = run(bytes);
        QVERIFY2(report.ok(), qPrintable(report.text()));
        QCOMPARE(report.imported, 3);
        QCOMPARE(Headline::read(*m_db).members, 3);
        const auto rows = m_members->repository().page({}, MemberSort::Entered, std::nullopt, 10);
        QCOMPARE(rows.at(1).birthDate, QDate(1950, 3, 8));
        QCOMPARE(rows.at(1).category, MemberCategory::Flowing);
        QCOMPARE(rows.at(2).name, QStringLiteral("李, 静"));
        QVERIFY(!rows.at(2).fullMemberOn.isValid()); // probationary

        // The same file again would double them: refused, every line named.
        const auto again = run(bytes);
        QVERIFY(!again.ok());
        QCOMPARE(lines(again), (QList<int>{2, 3, 4}));
        QVERIFY(again.text().contains(QStringLiteral("already in the database")));
        QVERIFY2(again.text().contains(QStringLiteral("(born 1950-03-08, ")), qPrintable(again.text())); // the person, not a number
        QCOMPARE(Headline::read(*m_db).members, 3);
    }

    void oneBadLineRefusesAllAndEveryBadLineIsNamed()
    {
        const QByteArray bytes = csv({
            header(),
            QStringLiteral("孙玉萍,女,1968-04-12,1995-07-01,13905561234,迎江区/新河路街道/龙狮桥社区/第1网格,registered"),
            QStringLiteral("王建国,X,1950-03-08,1976-05-04,,迎江区/新河路街道/龙狮桥社区/第2网格,registered"),
            QStringLiteral("张伟,男,1950-02-30,1976-05-04,,迎江区/新河路街道/龙狮桥社区/第2网格,registered"),
            QStringLiteral("刘洋,男,1990-01-01,2000-01-01,123,迎江区/新河路街道/无此社区,party"),
            QStringLiteral("陈静,女,1990-01-01,2015-01-01,13905560000,迎江区/新河路街道/龙狮桥社区/第1网格"),
            QStringLiteral("孙玉萍,女,1968-04-12,1995-07-01,13905561234,迎江区/新河路街道/龙狮桥社区/第2网格,registered"),
        });
        const auto report = run(bytes);
        QVERIFY(!report.ok());
        QCOMPARE(report.imported, 0);
        QCOMPARE(lines(report), (QList<int>{3, 4, 5, 6, 7}));
        const QString text = report.text();
        QVERIFY2(text.contains(QStringLiteral("line 3, gender: must be 男 or 女")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("line 4, birth_date: \"1950-02-30\" is not a date")));
        QVERIFY(text.contains(QStringLiteral("there is no organisation \"迎江区/新河路街道/无此社区\"")));
        QVERIFY(text.contains(QStringLiteral("line 5, category: must be")));
        QVERIFY(text.contains(QStringLiteral("18th birthday")));
        QVERIFY(text.contains(QStringLiteral("11 digits")));
        QVERIFY(text.contains(QStringLiteral("line 6: it has 6 fields, but the header has 7")));
        QVERIFY(text.contains(QStringLiteral("line 7: 孙玉萍, born 1968-04-12, repeats line 2")));
        QCOMPARE(Headline::read(*m_db).members, 0);
    }

    void headerProblems()
    {
        auto report = run(csv({QStringLiteral("name,gender,birth,joined_on,phone,organisation,category")}));
        QVERIFY(!report.ok());
        QCOMPARE(report.problems.first().line, 1);
        QVERIFY(report.text().contains(QStringLiteral("Unknown column \"birth\"")));
        QVERIFY(report.text().contains(QStringLiteral("\"birth_date\" is missing")));
        report = run(QByteArray());
        QVERIFY(report.text().contains(QStringLiteral("empty")));
        report = run(csv({header()}));
        QVERIFY(report.text().contains(QStringLiteral("no members")));
        report = run(QByteArray("name,gender\n\xc3\x28,x\n"));
        QVERIFY2(report.text().contains(QStringLiteral("neither UTF-8 nor GBK")), qPrintable(report.text()));
    }

    void fileOnDisk()
    {
        const QString path = m_dir.filePath(QStringLiteral("members.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv({header(), QStringLiteral("孙玉萍,女,1968-04-12,1995-07-01,13905561234,迎江区/新河路街道/龙狮桥社区/第1网格,在册")}));
        file.close();
        MemberImporter importer(*m_db, *m_members);
        QCOMPARE(importer.importFile(path).imported, 1);
        QVERIFY(!importer.importFile(m_dir.filePath(QStringLiteral("nowhere.csv"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestMemberImport)
#include "test_memberimport.moc"
