#include "ResourceMatcher.h"

#include "core/IsoDate.h"
#include "store/SqlRead.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace ResourceMatcher {

void rank(QList<MatchCandidate> &candidates)
{
    const auto key = [](const MatchCandidate &c) {
        return std::make_tuple(!c.sameCategory, !c.sameCommunity, !c.sameSubdistrict, !c.availableNow,
                               c.availableFrom.toJulianDay(), c.resourceId);
    };
    std::sort(candidates.begin(), candidates.end(),
              [&](const MatchCandidate &a, const MatchCandidate &b) { return key(a) < key(b); });
}

QList<MatchCandidate> suggest(const QSqlDatabase &db, qint64 needId, const QDate &asOf, int limit)
{
    // The need's community and sub-district: a need hangs on a community or on one of its grids;
    // a unit is resident in a community or a sub-district.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "WITH n AS (SELECT need.category_id AS category, "
        "             CASE o.kind WHEN 'community' THEN o.id ELSE o.parent_id END AS community "
        "           FROM need JOIN organisation o ON o.id = need.org_id WHERE need.id = :need), "
        "     nc AS (SELECT n.category, n.community, c.parent_id AS subdistrict FROM n JOIN organisation c ON c.id = n.community) "
        "SELECT r.id, r.title, u.name, cat.name, r.capacity, r.available_from, "
        "       r.category_id = nc.category, "
        "       uo.kind = 'community' AND uo.id = nc.community, "
        "       CASE uo.kind WHEN 'subdistrict' THEN uo.id ELSE uo.parent_id END = nc.subdistrict "
        "FROM resource r JOIN unit u ON u.id = r.unit_id JOIN organisation uo ON uo.id = u.org_id "
        "JOIN cobuild_category cat ON cat.id = r.category_id, nc "
        "WHERE r.withdrawn_on IS NULL AND (r.available_to IS NULL OR r.available_to >= :asOf) "
        "AND r.id NOT IN (SELECT resource_id FROM need_resource WHERE need_id = :need)"));
    query.bindValue(QStringLiteral(":need"), needId);
    query.bindValue(QStringLiteral(":asOf"), IsoDate::format(asOf));
    QList<MatchCandidate> list;
    if (!SqlRead::run(query))
        return list;
    while (query.next()) {
        MatchCandidate c;
        c.resourceId = query.value(0).toLongLong();
        c.title = query.value(1).toString();
        c.unit = query.value(2).toString();
        c.category = query.value(3).toString();
        c.capacity = query.value(4).toString();
        c.availableFrom = IsoDate::fromSql(query.value(5));
        c.sameCategory = query.value(6).toBool();
        c.sameCommunity = query.value(7).toBool();
        c.sameSubdistrict = query.value(8).toBool();
        c.availableNow = c.availableFrom <= asOf;
        list.append(c);
    }
    SqlRead::finished(query);
    rank(list);
    if (limit > 0 && list.size() > limit)
        list.resize(limit);
    return list;
}

} // namespace ResourceMatcher
