#include "SpaceStandard.h"

#include "core/IsoDate.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SpaceStandard)
};

} // namespace

qint64 CommunitySpace::required() const
{
    return SpaceStandard::required(std::max<qint64>(0, households));
}

namespace SpaceStandard {

qint64 required(qint64 households)
{
    return (households * squareMetresPerHundredHouseholds + 99) / 100;
}

Result<QList<CommunitySpace>> compute(const QSqlDatabase &db, qint64 orgId, const QDate &on)
{
    using R = Result<QList<CommunitySpace>>;
    const QString day = IsoDate::format(on);
    SqlCondition communities;
    communities.add(QStringLiteral("c.kind = 'community'"));
    communities.add(QStringLiteral("(c.dissolved_on IS NULL OR c.dissolved_on > :on)"), QStringLiteral(":on"), day);
    communities.addSubtree(db, orgId, QStringLiteral("c.id"));
    // The grids' households summed in one pass (a correlated sum per community would walk the
    // kind index of a city's 40,000 grids once for each of its thousand communities).
    SqlCondition grids;
    grids.add(QStringLiteral("g.kind = 'grid'"));
    grids.add(QStringLiteral("(g.dissolved_on IS NULL OR g.dissolved_on > :on)"), QStringLiteral(":on"), day);
    grids.addSubtree(db, orgId, QStringLiteral("g.id"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.name, p.name, c.households, s.total "
                                 "FROM organisation c JOIN organisation p ON p.id = c.parent_id "
                                 "LEFT JOIN (SELECT g.parent_id, sum(g.households) AS total FROM organisation g%1 GROUP BY g.parent_id) s "
                                 "ON s.parent_id = c.id%2 ORDER BY c.lineage")
                      .arg(grids.sql(), communities.sql()));
    communities.bind(query);
    grids.bind(query); // the same names with the same values
    if (!SqlRead::run(query))
        return R::failure(Text::tr("The communities could not be read."));
    QList<CommunitySpace> out;
    QHash<QString, int> index; // community id (as in a lineage) → row
    while (query.next()) {
        CommunitySpace c;
        c.orgId = query.value(0).toLongLong();
        c.name = query.value(1).toString();
        c.parentName = query.value(2).toString();
        c.households = !query.value(3).isNull() ? query.value(3).toLongLong()
                       : !query.value(4).isNull() ? query.value(4).toLongLong()
                                                  : -1;
        index.insert(QString::number(c.orgId), int(out.size()));
        out.append(c);
    }
    if (!SqlRead::finished(query))
        return R::failure(Text::tr("The communities could not be read."));
    if (out.isEmpty())
        return out;

    // The venues, each given to the community on its lineage.
    SqlCondition venues;
    venues.add(QStringLiteral("v.service_facility = 1"));
    venues.add(QStringLiteral("(v.opened_on IS NULL OR v.opened_on <= :on)"), QStringLiteral(":on"), day);
    venues.add(QStringLiteral("(v.closed_on IS NULL OR v.closed_on > :on)"));
    venues.addSubtree(db, orgId, QStringLiteral("v.org_id"));
    QSqlQuery area(db);
    area.setForwardOnly(true);
    area.prepare(QStringLiteral("SELECT o.lineage, v.area FROM venue v JOIN organisation o ON o.id = v.org_id%1").arg(venues.sql()));
    venues.bind(area);
    if (!SqlRead::run(area))
        return R::failure(Text::tr("The venues could not be read."));
    while (area.next()) {
        const QStringList ids = area.value(0).toString().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            const auto found = index.constFind(id);
            if (found == index.constEnd())
                continue;
            CommunitySpace &c = out[*found];
            c.area += area.value(1).toLongLong();
            ++c.venues;
            break;
        }
    }
    if (!SqlRead::finished(area))
        return R::failure(Text::tr("The venues could not be read."));
    return out;
}

} // namespace SpaceStandard
