// The kind rules of the tree: which kind may hang under which, as DESIGN.md lists them.

#include "org/OrgKind.h"

#include <QTest>

class TestOrgKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesRoundTrip()
    {
        QCOMPARE(OrgKinds::all().size(), 13);
        for (OrgKind kind : OrgKinds::all())
            QCOMPARE(OrgKinds::fromCode(OrgKinds::code(kind)), std::optional<OrgKind>(kind));
        QVERIFY(!OrgKinds::fromCode(QStringLiteral("street")).has_value());
        QCOMPARE(OrgKinds::code(OrgKind::BuildingGroup), QStringLiteral("building_group"));
    }

    void parentRules_data()
    {
        QTest::addColumn<QString>("child");
        QTest::addColumn<QStringList>("parents");
        const auto list = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
        QTest::newRow("district") << "district" << list("");
        QTest::newRow("subdistrict") << "subdistrict" << list("district");
        QTest::newRow("community") << "community" << list("subdistrict");
        QTest::newRow("grid") << "grid" << list("community");
        QTest::newRow("building_group") << "building_group" << list("grid");
        QTest::newRow("household") << "household" << list("grid building_group");
        QTest::newRow("functional_branch") << "functional_branch"
                                           << list("subdistrict community sector_committee building_committee business_committee");
        QTest::newRow("temporary_branch") << "temporary_branch"
                                          << list("subdistrict community grid sector_committee building_committee business_committee");
        QTest::newRow("sector_committee") << "sector_committee" << list("district subdistrict");
        QTest::newRow("building_committee") << "building_committee" << list("subdistrict community");
        QTest::newRow("business_committee") << "business_committee" << list("subdistrict community");
        QTest::newRow("temporary_group") << "temporary_group" << list("community grid functional_branch temporary_branch");
        QTest::newRow("party_group") << "party_group" << list("functional_branch temporary_branch");
    }

    void parentRules()
    {
        QFETCH(QString, child);
        QFETCH(QStringList, parents);
        const OrgKind kind = *OrgKinds::fromCode(child);
        // Every one of the 169 pairs is checked against the table, both ways.
        for (OrgKind parent : OrgKinds::all()) {
            const bool expected = parents.contains(OrgKinds::code(parent));
            QVERIFY2(OrgKinds::mayHangUnder(kind, parent) == expected,
                     qPrintable(child + QStringLiteral(" under ") + OrgKinds::code(parent)));
            QCOMPARE(OrgKinds::allowedChildren(parent).contains(kind), expected);
        }
    }

    void householdsAreForGrids()
    {
        for (OrgKind kind : OrgKinds::all())
            QCOMPARE(OrgKinds::keepsHouseholds(kind), kind == OrgKind::Grid);
    }
};

QTEST_GUILESS_MAIN(TestOrgKind)
#include "test_orgkind.moc"
