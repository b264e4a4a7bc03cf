#include "DemoArea.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Result<DemoArea> DemoArea::read(const QSqlDatabase &db)
{
    using R = Result<DemoArea>;
    DemoArea area;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The later stages build on these places: a failed read fails the generation (and rolls it
    // back) instead of leaving them without communities or members.
    const auto failed = [&query] { return R::failure(StoreHealth::describe(query.lastError())); };
    if (!query.exec(QStringLiteral("SELECT id, name FROM organisation WHERE parent_id IS NULL")))
        return failed();
    if (query.next()) {
        area.districtId = query.value(0).toLongLong();
        area.districtName = query.value(1).toString();
    } else if (query.lastError().isValid()) {
        return failed();
    }
    if (!query.exec(QStringLiteral("SELECT id, name FROM organisation WHERE kind = 'subdistrict' AND dissolved_on IS NULL ORDER BY id")))
        return failed();
    while (query.next()) {
        area.subdistricts.append(query.value(0).toLongLong());
        area.subdistrictNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    if (query.lastError().isValid())
        return failed();
    if (!query.exec(QStringLiteral("SELECT id, parent_id, name FROM organisation WHERE kind = 'community' AND dissolved_on IS NULL ORDER BY id")))
        return failed();
    while (query.next()) {
        area.communityIndex.insert(query.value(0).toLongLong(), int(area.communities.size()));
        area.communities.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(), {}});
    }
    if (query.lastError().isValid())
        return failed();
    if (!query.exec(QStringLiteral("SELECT id, parent_id FROM organisation WHERE kind = 'grid' AND dissolved_on IS NULL ORDER BY id")))
        return failed();
    while (query.next()) {
        const int at = area.communityIndex.value(query.value(1).toLongLong(), -1);
        if (at >= 0)
            area.communities[at].grids.append(query.value(0).toLongLong());
    }
    if (query.lastError().isValid())
        return failed();
    // A member's community is the third id of its organisation's lineage (/district/sub-district/community/…).
    if (!query.exec(QStringLiteral("SELECT m.id, o.lineage FROM member m JOIN organisation o ON o.id = m.org_id "
                                   "WHERE m.status = 'active' ORDER BY m.id")))
        return failed();
    while (query.next()) {
        const QStringList ids = query.value(1).toString().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (ids.size() >= 3) {
            const qint64 community = ids.at(2).toLongLong();
            if (area.communityIndex.contains(community))
                area.membersByCommunity[community].append(query.value(0).toLongLong());
        }
    }
    if (query.lastError().isValid())
        return failed();
    return area;
}

void DemoArea::addUnit(const UnitPlace &unit)
{
    const int at = int(units.size());
    units.append(unit);
    unitsBySubdistrict[unit.subdistrictId].append(at);
    if (unit.communityId)
        unitsByCommunity[unit.communityId].append(at);
}
