// Members: the citizen ID number, the field rules (data-driven), and the service's changes.

#include "TestSupport.h"

#include "members/IdNumber.h"
#include "members/MemberService.h"
#include "members/MemberValidator.h"
#include "overview/Headline.h"
#include "store/Maintenance.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace TestSupport;

class TestMembers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrgService> m_orgs;
    std::unique_ptr<MemberService> m_members;
    qint64 m_community = 0, m_grid = 0, m_household = 0;
    int m_file = 0;

    Member sample() const
    {
        Member m;
        m.orgId = m_grid;
        m.name = QStringLiteral("孙玉萍");
        m.gender = Gender::Female;
        m.birthDate = QDate(1968, 4, 12);
        m.joinedOn = QDate(1995, 7, 1);
        m.fullMemberOn = QDate(1996, 7, 1);
        m.phone = QStringLiteral("13905561234");
        return m;
    }

private Q_SLOTS:
    void init()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("members-%1.db").arg(++m_file)));
        m_orgs = std::make_unique<OrgService>(*m_db);
        m_members = std::make_unique<MemberService>(*m_db);
        const qint64 root = add(*m_orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(*m_orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(*m_orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(*m_orgs, m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        m_household = add(*m_orgs, m_grid, OrgKind::Household, QStringLiteral("孙玉萍党员中心户"));
    }

    void cleanup()
    {
        QVERIFY(Maintenance::check(*m_db).isEmpty());
        m_members.reset();
        m_orgs.reset();
        m_db.reset();
    }

    void idNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("gender"); // 0 male, 1 female
        // The standard's own example and numbers made with the check digit rule.
        QTest::newRow("GB 11643 example") << "11010519491231002X" << true << QDate(1949, 12, 31) << 1;
        QTest::newRow("lower-case x normalised") << IdNumber::normalised(QStringLiteral("11010519491231002x")) << true
                                                 << QDate(1949, 12, 31) << 1;
        QTest::newRow("made male") << IdNumber::make(QStringLiteral("340802"), QDate(1968, 4, 12), Gender::Male, 12)
                                   << true << QDate(1968, 4, 12) << 0;
        QTest::newRow("wrong check digit") << "110105194912310021" << false << QDate() << 1;
        QTest::newRow("impossible date") << "110105194902300027" << false << QDate() << 1;
        QTest::newRow("17 characters") << "11010519491231002" << false << QDate() << 1;
        QTest::newRow("letters") << "11010519491231A02X" << false << QDate() << 1;
    }

    void idNumber()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QFETCH(QDate, birth);
        QFETCH(int, gender);
        QCOMPARE(IdNumber::isValid(number), valid);
        if (valid) {
            QCOMPARE(IdNumber::birthDate(number), std::optional<QDate>(birth));
            QCOMPARE(IdNumber::gender(number), std::optional<Gender>(gender == 0 ? Gender::Male : Gender::Female));
            QCOMPARE(IdNumber::masked(number), number.left(4) + QStringLiteral("**********") + number.right(4));
        }
    }

    void rules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected"); // part of the message; empty: no problem
        QTest::newRow("fine") << "" << "";
        QTest::newRow("no name") << "name=" << "name is required";
        QTest::newRow("born in the future") << "birth=2030-01-01" << "birth date is not possible";
        QTest::newRow("joined at 17") << "joined=1985-04-11" << "18th birthday";
        QTest::newRow("joined at 18") << "joined=1986-04-12" << "";
        QTest::newRow("joined in the future") << "joined=2030-01-01" << "future";
        QTest::newRow("full member too early") << "full=1996-06-30" << "one year after joining";
        QTest::newRow("probationary") << "full=" << "";
        QTest::newRow("phone short") << "phone=1390556" << "11 digits";
        QTest::newRow("landline not a mobile") << "phone=05565551234" << "11 digits";
        QTest::newRow("valid ID") << "id=ok" << "";
        QTest::newRow("ID of another birth date") << "id=otherbirth" << "gives the birth date";
        QTest::newRow("ID of a man") << "id=male" << "belongs to a";
        QTest::newRow("ID bad check digit") << "id=bad" << "not valid";
        QTest::newRow("flowing without place") << "category=flowing" << "place where they are";
        QTest::newRow("flowing with place") << "category=flowing;where=上海市" << "";
        QTest::newRow("in service without employer") << "category=in_service;reported=yes" << "employer";
        QTest::newRow("in service without community") << "category=in_service;employer=安庆市税务局"
                                                      << "community reported to";
        QTest::newRow("branch is a household") << "org=household" << "cannot belong to";
    }

    void rules()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        Member m = sample();
        for (const QString &part : change.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString key = part.section(QLatin1Char('='), 0, 0);
            const QString value = part.section(QLatin1Char('='), 1);
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (key == QLatin1String("name"))
                m.name = value;
            else if (key == QLatin1String("birth"))
                m.birthDate = date;
            else if (key == QLatin1String("joined"))
                m.joinedOn = date;
            else if (key == QLatin1String("full"))
                m.fullMemberOn = date;
            else if (key == QLatin1String("phone"))
                m.phone = value;
            else if (key == QLatin1String("category"))
                m.category = *MemberEnums::categoryFromCode(value);
            else if (key == QLatin1String("where"))
                m.flowingWhere = value;
            else if (key == QLatin1String("employer"))
                m.employer = value;
            else if (key == QLatin1String("reported"))
                m.reportedToId = m_community;
            else if (key == QLatin1String("org"))
                m.orgId = m_household;
            else if (key == QLatin1String("id")) {
                if (value == QLatin1String("ok"))
                    m.idNumber = IdNumber::make(QStringLiteral("340802"), m.birthDate, Gender::Female, 40);
                else if (value == QLatin1String("otherbirth"))
                    m.idNumber = IdNumber::make(QStringLiteral("340802"), QDate(1969, 4, 12), Gender::Female, 40);
                else if (value == QLatin1String("male"))
                    m.idNumber = IdNumber::make(QStringLiteral("340802"), m.birthDate, Gender::Male, 41);
                else
                    m.idNumber = QStringLiteral("340802196804120401");
            }
        }
        const auto problems = m_members->problems(m, QDate(2026, 11, 23));
        const QString text = MemberValidator::describe(problems);
        if (expected.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(text));
        else
            QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void probation()
    {
        Member m = sample();
        m.joinedOn = QDate(2025, 6, 1);
        m.fullMemberOn = QDate();
        QVERIFY(m.isProbationary());
        QCOMPARE(m.fullMembershipDue(), QDate(2026, 6, 1));
        QVERIFY(!m.isOverdueForFullMembership(QDate(2026, 5, 31)));
        QVERIFY(m.isOverdueForFullMembership(QDate(2026, 6, 2)));
        m.fullMemberOn = QDate(2026, 6, 3);
        QVERIFY(!m.isOverdueForFullMembership(QDate(2026, 11, 23)));
        QCOMPARE(m.ageOn(QDate(2026, 4, 11)), 57);
        QCOMPARE(m.ageOn(QDate(2026, 4, 12)), 58);
    }

    void addUpdateAndCount()
    {
        QSignalSpy added(m_members.get(), &MemberService::added);
        Member m = sample();
        m.idNumber = IdNumber::make(QStringLiteral("340802"), m.birthDate, Gender::Female, 20);
        const auto id = m_members->add(m);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(added.count(), 1);
        QCOMPARE(Headline::read(*m_db).members, 1);
        auto saved = *m_members->repository().find(id.value());
        QCOMPARE(saved.idNumber, m.idNumber);
        QCOMPARE(saved.phone, m.phone);

        // The same ID number cannot be given to a second member.
        Member twin = sample();
        twin.name = QStringLiteral("孙玉");
        twin.idNumber = m.idNumber;
        const auto refused = m_members->add(twin);
        QVERIFY(!refused.ok());
        // Named as the clerk knows them: the person, born when, in which branch — no internal number.
        QVERIFY2(refused.error().contains(QStringLiteral("already that of 孙玉萍 (born 1968-04-12, 龙狮桥社区 › 第1网格)")),
                 qPrintable(refused.error()));

        // Category details of another category are not kept.
        saved.category = MemberCategory::Flowing;
        saved.flowingWhere = QStringLiteral("上海市");
        QVERIFY(m_members->update(saved).ok());
        // A second save counts on the version the first one made: read again, as a form is.
        const int before = saved.version;
        saved = *m_members->repository().find(id.value());
        QCOMPARE(saved.version, before + 1);
        saved.category = MemberCategory::Registered;
        QVERIFY(m_members->update(saved).ok());
        QVERIFY(m_members->repository().find(id.value())->flowingWhere.isEmpty());

        QCOMPARE(m_members->repository().likelyDuplicates(m.name, m.birthDate).size(), 1);
        QCOMPARE(m_members->repository().likelyDuplicates(m.name, m.birthDate, id.value()).size(), 0);
    }

    void statusKeepsHistory()
    {
        const auto id = m_members->add(sample());
        QVERIFY(id.ok());
        QVERIFY(!m_members->setStatus(id.value(), MemberStatus::TransferredOut, QDate(2030, 1, 1), QDate(2026, 11, 23)).ok());
        QVERIFY(!m_members->setStatus(id.value(), MemberStatus::TransferredOut, QDate(1990, 1, 1), QDate(2026, 11, 23)).ok());
        QVERIFY(m_members->setStatus(id.value(), MemberStatus::TransferredOut, QDate(2026, 3, 1), QDate(2026, 11, 23)).ok());
        QCOMPARE(Headline::read(*m_db).members, 0);
        const auto member = *m_members->repository().find(id.value());
        QCOMPARE(member.status, MemberStatus::TransferredOut);
        QCOMPARE(member.statusOn, QDate(2026, 3, 1));
        QVERIFY(m_members->setStatus(id.value(), MemberStatus::Active, QDate()).ok());
        QCOMPARE(Headline::read(*m_db).members, 1);
        QVERIFY(!m_members->repository().find(id.value())->statusOn.isValid());
    }

    void deleteOnlyWithoutHistory()
    {
        const auto first = m_members->add(sample());
        Member other = sample();
        other.name = QStringLiteral("王建国");
        other.gender = Gender::Male;
        const auto second = m_members->add(other);
        QVERIFY(first.ok() && second.ok());
        // A household links the first: it has history.
        QVERIFY(m_members->linkHousehold(m_household, first.value()).ok());
        QCOMPARE(m_members->repository().householdOf(first.value()), m_household);
        QVERIFY(!m_members->remove(first.value()).ok());
        QVERIFY(!m_members->linkHousehold(m_grid, second.value()).ok());
        QVERIFY(m_members->remove(second.value()).ok());
        QVERIFY(!m_members->repository().find(second.value()).has_value());
        // An organisation with members cannot be deleted, even without organisations below it.
        QVERIFY(m_orgs->remove(m_household).ok());
        const Outcome refused = m_orgs->canRemove(m_grid);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("member")), qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestMembers)
#include "test_members.moc"
