#include "Headline.h"

#include "org/SubtreeRange.h"
#include "store/Database.h"
#include "store/SqlRead.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

Headline Headline::read(const Database &database)
{
    QHash<QString, qint64> tally;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (SqlRead::run(query, QStringLiteral("SELECT key, value FROM tally"))) {
        while (query.next())
            tally.insert(query.value(0).toString(), query.value(1).toLongLong());
        SqlRead::finished(query);
    }
    Headline figures;
    figures.subdistricts = tally.value(QStringLiteral("org.subdistrict"));
    figures.communities = tally.value(QStringLiteral("org.community"));
    figures.grids = tally.value(QStringLiteral("org.grid"));
    figures.buildingGroups = tally.value(QStringLiteral("org.building_group"));
    figures.households = tally.value(QStringLiteral("org.household"));
    figures.functionalBranches = tally.value(QStringLiteral("org.functional_branch"));
    figures.temporaryBranches = tally.value(QStringLiteral("org.temporary_branch"));
    figures.sectorCommittees = tally.value(QStringLiteral("org.sector_committee"));
    figures.buildingCommittees = tally.value(QStringLiteral("org.building_committee"));
    figures.businessCommittees = tally.value(QStringLiteral("org.business_committee"));
    figures.temporaryGroups = tally.value(QStringLiteral("org.temporary_group"));
    figures.partyGroups = tally.value(QStringLiteral("org.party_group"));
    figures.members = tally.value(QStringLiteral("member.active"));
    // A district database also counts the members its sub-districts reported (quarterly packages).
    if (SqlRead::run(query, QStringLiteral("SELECT coalesce(sum(active), 0) FROM member_figures")) && query.next())
        figures.members += query.value(0).toLongLong();
    return figures;
}

QJsonObject Headline::toJson() const
{
    return {
        {QStringLiteral("subdistricts"), subdistricts},
        {QStringLiteral("communities"), communities},
        {QStringLiteral("grids"), grids},
        {QStringLiteral("building_groups"), buildingGroups},
        {QStringLiteral("households"), households},
        {QStringLiteral("functional_branches"), functionalBranches},
        {QStringLiteral("temporary_branches"), temporaryBranches},
        {QStringLiteral("sector_committees"), sectorCommittees},
        {QStringLiteral("building_committees"), buildingCommittees},
        {QStringLiteral("business_committees"), businessCommittees},
        {QStringLiteral("temporary_groups"), temporaryGroups},
        {QStringLiteral("party_groups"), partyGroups},
        {QStringLiteral("members"), members},
    };
}

Headline Headline::readSubtree(const Database &database, qint64 orgId)
{
    Headline figures;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT lineage FROM organisation WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), orgId);
    if (!SqlRead::run(query) || !query.next())
        return figures;
    const QString lineage = query.value(0).toString();
    query.finish();
    query.prepare(QStringLiteral(
        "SELECT count(*) FILTER (WHERE kind = 'subdistrict'), count(*) FILTER (WHERE kind = 'community'), "
        "count(*) FILTER (WHERE kind = 'grid'), count(*) FILTER (WHERE kind = 'building_group'), "
        "count(*) FILTER (WHERE kind = 'household'), count(*) FILTER (WHERE kind = 'functional_branch'), "
        "count(*) FILTER (WHERE kind = 'temporary_branch'), count(*) FILTER (WHERE kind = 'sector_committee'), "
        "count(*) FILTER (WHERE kind = 'building_committee'), count(*) FILTER (WHERE kind = 'business_committee'), "
        "count(*) FILTER (WHERE kind = 'temporary_group'), count(*) FILTER (WHERE kind = 'party_group'), "
        "(SELECT count(*) FROM member m JOIN organisation mo ON mo.id = m.org_id WHERE m.status = 'active' "
        " AND mo.lineage >= :low AND mo.lineage < :high) "
        "+ (SELECT coalesce(sum(f.active), 0) FROM member_figures f JOIN organisation fo ON fo.id = f.org_id "
        " WHERE fo.lineage >= :low AND fo.lineage < :high) "
        "FROM organisation WHERE lineage >= :low AND lineage < :high AND dissolved_on IS NULL"));
    query.bindValue(QStringLiteral(":low"), lineage);
    query.bindValue(QStringLiteral(":high"), SubtreeRange::upperBound(lineage));
    if (SqlRead::run(query) && query.next()) {
        figures.subdistricts = query.value(0).toLongLong();
        figures.communities = query.value(1).toLongLong();
        figures.grids = query.value(2).toLongLong();
        figures.buildingGroups = query.value(3).toLongLong();
        figures.households = query.value(4).toLongLong();
        figures.functionalBranches = query.value(5).toLongLong();
        figures.temporaryBranches = query.value(6).toLongLong();
        figures.sectorCommittees = query.value(7).toLongLong();
        figures.buildingCommittees = query.value(8).toLongLong();
        figures.businessCommittees = query.value(9).toLongLong();
        figures.temporaryGroups = query.value(10).toLongLong();
        figures.partyGroups = query.value(11).toLongLong();
        figures.members = query.value(12).toLongLong();
    }
    return figures;
}
