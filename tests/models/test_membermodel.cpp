// The members table model: pages read as the view scrolls, filters by subtree and by field,
// sorted pages that never overlap; checked by QAbstractItemModelTester throughout.

#include "TestSupport.h"

#include "members/MemberService.h"
#include "members/MemberTableModel.h"

#include <QAbstractItemModelTester>
#include <QSet>

using namespace TestSupport;

class TestMemberModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrgService> m_orgs;
    std::unique_ptr<MemberService> m_members;
    qint64 m_sub = 0, m_a = 0, m_b = 0, m_gridA = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("model.db")));
        m_orgs = std::make_unique<OrgService>(*m_db);
        m_members = std::make_unique<MemberService>(*m_db);
        const qint64 root = add(*m_orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        m_sub = add(*m_orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_a = add(*m_orgs, m_sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_b = add(*m_orgs, m_sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        m_gridA = add(*m_orgs, m_a, OrgKind::Grid, QStringLiteral("第1网格"));
        // 450 members: 300 in grid A (born 1950-1999), 150 in community B; every tenth flowing.
        QList<Member> batch;
        for (int i = 0; i < 450; ++i) {
            Member m;
            m.orgId = i < 300 ? m_gridA : m_b;
            m.name = QStringLiteral("党员%1").arg(i, 3, 10, QLatin1Char('0'));
            m.gender = i % 2 ? Gender::Female : Gender::Male;
            m.birthDate = QDate(1950 + i % 50, 1 + i % 12, 1 + i % 28);
            m.joinedOn = m.birthDate.addYears(25);
            m.fullMemberOn = i % 7 ? m.joinedOn.addYears(1) : QDate();
            m.category = i % 10 == 0 ? MemberCategory::Flowing : MemberCategory::Registered;
            m.flowingWhere = QStringLiteral("上海市");
            batch.append(m);
        }
        QVERIFY(m_members->addAll(batch).ok());
    }

    void cleanupTestCase()
    {
        m_members.reset();
        m_orgs.reset();
        m_db.reset();
    }

    void readsPageByPage()
    {
        MemberTableModel model(*m_members);
        QCOMPARE(model.rowCount(), 0); // nothing read before it is asked for
        model.refresh();
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), MemberTableModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * MemberTableModel::pageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.idAt(row));
        QCOMPARE(ids.size(), 450); // no row twice
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void filters()
    {
        MemberTableModel model(*m_members);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester would fetch from inside its own modelReset handler (see test_orgtreemodel).
        tester.setUseFetchMore(false);
        MemberFilter filter;
        filter.asOf = QDate(2026, 11, 23);
        filter.orgId = m_a; // the community and its grid
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 300);
        filter.orgId = m_b;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 150);
        QCOMPARE(model.rowCount(), 150);
        QVERIFY(!model.canFetchMore({}));
        filter.orgId = m_sub;
        filter.category = MemberCategory::Flowing;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 45);
        filter.category.reset();
        filter.minAge = 65;
        filter.maxAge = 79;
        model.setFilter(filter);
        for (int row = 0; row < model.rowCount(); ++row) {
            const int age = model.index(row, MemberTableModel::AgeColumn).data().toInt();
            QVERIFY2(age >= 65 && age <= 79, qPrintable(QString::number(age)));
        }
        QVERIFY(model.totalCount() > 0);
        filter.minAge = filter.maxAge = -1;
        filter.joinedYear = 1975;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 9); // born 1950: i = 0, 50, ..., 400
        filter.joinedYear = 0;
        filter.text = QStringLiteral("党员12");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 10); // 120-129
        filter.text.clear();
        filter.probationaryOnly = true;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 65); // every seventh of 450
        QCOMPARE(model.index(0, MemberTableModel::FullMemberColumn).data().toString(), QStringLiteral("probationary, overdue"));
    }

    void sortedPagesDoNotOverlap()
    {
        MemberTableModel model(*m_members);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.refresh();
        model.sort(MemberTableModel::BirthColumn);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, MemberTableModel::BirthColumn).data().toString()
                    <= model.index(row, MemberTableModel::BirthColumn).data().toString());
        model.sort(MemberTableModel::NameColumn);
        QCOMPARE(model.index(0, MemberTableModel::NameColumn).data().toString(), QStringLiteral("党员000"));

        // Descending, across pages: the reverse order, every member once.
        model.sort(MemberTableModel::NameColumn, Qt::DescendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.index(row, MemberTableModel::NameColumn).data().toString();
            seen.insert(name + model.index(row, MemberTableModel::BirthColumn).data().toString());
            if (row > 0)
                QVERIFY(model.index(row - 1, MemberTableModel::NameColumn).data().toString() >= name);
        }
        QCOMPARE(seen.size(), 450);
        // Age ascending is the youngest first: the latest birth date first.
        model.sort(MemberTableModel::AgeColumn, Qt::AscendingOrder);
        QVERIFY(model.index(0, MemberTableModel::BirthColumn).data().toString()
                >= model.index(1, MemberTableModel::BirthColumn).data().toString());
    }

    void followsChanges()
    {
        MemberTableModel model(*m_members);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester would fetch from inside its own modelReset handler (see test_orgtreemodel).
        tester.setUseFetchMore(false);
        MemberFilter filter;
        filter.orgId = m_b;
        model.setFilter(filter);
        const qint64 id = model.idAt(0);
        auto member = *m_members->repository().find(id);
        member.phone = QStringLiteral("13905561234");
        QVERIFY(m_members->update(member).ok());
        QCOMPARE(model.index(0, MemberTableModel::PhoneColumn).data().toString(), QStringLiteral("13905561234"));
        // Out of the filter (active members only): the row leaves the table and the count.
        const qint64 before = model.totalCount();
        QVERIFY(m_members->setStatus(id, MemberStatus::Deceased, QDate(2026, 1, 1)).ok());
        QCOMPARE(model.totalCount(), before - 1);
        QCOMPARE(model.rowOf(id), -1);
        QVERIFY(m_members->setStatus(id, MemberStatus::Active, QDate()).ok());
        QCOMPARE(model.totalCount(), before);
    }
};

QTEST_MAIN(TestMemberModel)
#include "test_membermodel.moc"
