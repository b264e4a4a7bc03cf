#include "Headline.h"

#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

Headline Headline::read(const Database &database)
{
    QHash<QString, qint64> tally;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT key, value FROM tally"))) {
        while (query.next())
            tally.insert(query.value(0).toString(), query.value(1).toLongLong());
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
    figures.members = tally.value(QStringLiteral("member.active"));
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
        {QStringLiteral("members"), members},
    };
}
