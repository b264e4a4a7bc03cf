#include "OrgRepository.h"

#include "OrgOrder.h"
#include "SubtreeRange.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlRead.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, parent_id, kind, name, code, secretary, phone, address, households, established_on, dissolved_on, "
    "notes, version FROM organisation ");

Organisation readOrganisation(const QSqlQuery &query)
{
    Organisation org;
    org.id = query.value(0).toLongLong();
    org.parentId = query.value(1).toLongLong();
    org.kind = OrgKinds::fromCode(query.value(2).toString()).value_or(OrgKind::Community);
    org.name = query.value(3).toString();
    org.code = query.value(4).toString();
    org.secretary = query.value(5).toString();
    org.phone = query.value(6).toString();
    org.address = query.value(7).toString();
    if (!query.value(8).isNull())
        org.households = query.value(8).toInt();
    org.establishedOn = IsoDate::fromSql(query.value(9));
    org.dissolvedOn = IsoDate::fromSql(query.value(10));
    org.notes = query.value(11).toString();
    org.version = query.value(12).toInt();
    return org;
}

QList<qint64> idsOfLineage(const QString &lineage)
{
    QList<qint64> ids;
    const auto parts = QStringView(lineage).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const auto part : parts)
        ids.append(part.toLongLong());
    return ids;
}

} // namespace

OrgRepository::OrgRepository(const Database &database)
    : m_database(database)
{
}

std::optional<Organisation> OrgRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectColumns + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    return readOrganisation(query);
}

std::optional<OrgNodeInfo> OrgRepository::node(qint64 id, bool includeRetired) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT o.id, o.parent_id, o.kind, o.name, o.dissolved_on IS NULL, "
                                 "EXISTS (SELECT 1 FROM organisation c WHERE c.parent_id = o.id%1) "
                                 "FROM organisation o WHERE o.id = :id")
                      .arg(includeRetired ? QString() : QStringLiteral(" AND c.dissolved_on IS NULL")));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    return OrgNodeInfo{query.value(0).toLongLong(), query.value(1).toLongLong(),
                       OrgKinds::fromCode(query.value(2).toString()).value_or(OrgKind::Community),
                       query.value(3).toString(), query.value(4).toBool(), query.value(5).toBool()};
}

qint64 OrgRepository::rootId() const
{
    QSqlQuery query(m_database.connection());
    if (SqlRead::run(query, QStringLiteral("SELECT id FROM organisation WHERE parent_id IS NULL LIMIT 1")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool OrgRepository::isEmpty() const
{
    return rootId() == 0;
}

QList<OrgNodeInfo> OrgRepository::children(qint64 parentId, bool includeRetired) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString where = parentId == 0 ? QStringLiteral("o.parent_id IS NULL") : QStringLiteral("o.parent_id = :parent");
    query.prepare(QStringLiteral("SELECT o.id, o.kind, o.name, o.dissolved_on IS NULL, "
                                 "EXISTS (SELECT 1 FROM organisation c WHERE c.parent_id = o.id%1) "
                                 "FROM organisation o WHERE %2%3")
                      .arg(includeRetired ? QString() : QStringLiteral(" AND c.dissolved_on IS NULL"), where,
                           includeRetired ? QString() : QStringLiteral(" AND o.dissolved_on IS NULL")));
    if (parentId != 0)
        query.bindValue(QStringLiteral(":parent"), parentId);
    QList<OrgNodeInfo> nodes;
    if (!SqlRead::run(query))
        return nodes;
    while (query.next()) {
        nodes.append(OrgNodeInfo{query.value(0).toLongLong(), parentId,
                                 OrgKinds::fromCode(query.value(1).toString()).value_or(OrgKind::Community),
                                 query.value(2).toString(), query.value(3).toBool(), query.value(4).toBool()});
    }
    SqlRead::finished(query);
    OrgOrder::sort(nodes);
    return nodes;
}

QList<OrgChildSummary> OrgRepository::childSummaries(qint64 parentId, bool includeRetired) const
{
    // One pass: every child joined with its own subtree through the lineage index.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT c.id, c.kind, c.name, c.secretary, c.dissolved_on IS NULL, "
                      "  count(d.id) FILTER (WHERE d.kind = 'grid'), "
                      "  count(d.id) FILTER (WHERE d.kind = 'household'), "
                      "  coalesce(sum(d.households) FILTER (WHERE d.kind = 'grid'), 0), "
                      "  (SELECT count(*) FROM member m JOIN organisation md ON md.id = m.org_id "
                      "   WHERE md.lineage >= c.lineage AND md.lineage < %1 AND m.status = 'active') "
                      "FROM organisation c "
                      "LEFT JOIN organisation d ON d.lineage >= c.lineage AND d.lineage < %1 "
                      "  AND d.dissolved_on IS NULL "
                      "WHERE c.parent_id = :parent%2 GROUP BY c.id")
                      .arg(SubtreeRange::upperBoundSql(QStringLiteral("c.lineage")),
                           includeRetired ? QString() : QStringLiteral(" AND c.dissolved_on IS NULL")));
    query.bindValue(QStringLiteral(":parent"), parentId);
    QList<OrgChildSummary> rows;
    if (!SqlRead::run(query))
        return rows;
    while (query.next()) {
        OrgChildSummary row;
        row.id = query.value(0).toLongLong();
        row.kind = OrgKinds::fromCode(query.value(1).toString()).value_or(OrgKind::Community);
        row.name = query.value(2).toString();
        row.secretary = query.value(3).toString();
        row.active = query.value(4).toBool();
        row.grids = query.value(5).toInt();
        row.households = query.value(6).toInt();
        row.householdsServed = int(query.value(7).toDouble());
        row.members = query.value(8).toInt();
        rows.append(row);
    }
    SqlRead::finished(query);
    OrgOrder::sort(rows);
    return rows;
}

int OrgRepository::childCount(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM organisation WHERE parent_id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return SqlRead::run(query) && query.next() ? query.value(0).toInt() : 0;
}

QString OrgRepository::kindChangeBlocker(qint64 id, OrgKind kind) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM member WHERE org_id = :id), "
        "(SELECT count(*) FROM role WHERE org_id = :id AND kind IN ('grid_head', 'grid_worker')), "
        "(SELECT count(*) FROM role WHERE org_id = :id AND kind = 'building_head'), "
        "(SELECT member_id IS NOT NULL FROM organisation WHERE id = :id), "
        "(SELECT count(*) FROM ledger_item WHERE org_id = :id)"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return {};
    const auto translate = [](const char *text) { return QCoreApplication::translate("OrgRepository", text); };
    if (query.value(0).toInt() > 0 && (kind == OrgKind::District || kind == OrgKind::Household))
        return translate("party members belong to it.");
    if (query.value(1).toInt() > 0 && kind != OrgKind::Grid)
        return translate("it has grid heads or grid workers.");
    if (query.value(2).toInt() > 0 && kind != OrgKind::BuildingGroup)
        return translate("it has building heads.");
    if (query.value(3).toBool() && kind != OrgKind::Household)
        return translate("it is linked to a member as a party-member central household.");
    if (query.value(4).toInt() > 0 && kind != OrgKind::Grid && kind != OrgKind::Community)
        return translate("people's ledger items belong to it.");
    return {};
}

qint64 OrgRepository::householdMember(qint64 householdId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT member_id FROM organisation WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), householdId);
    return SqlRead::run(query) && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 OrgRepository::householdOf(qint64 memberId) const
{
    if (!memberId)
        return 0;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM organisation WHERE member_id = :member AND kind = 'household' AND dissolved_on IS NULL"));
    query.bindValue(QStringLiteral(":member"), memberId);
    return SqlRead::run(query) && query.next() ? query.value(0).toLongLong() : 0;
}

int OrgRepository::attachedRecords(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM member WHERE org_id = :id OR reported_to_id = :id) "
                                 "+ (SELECT count(*) FROM role WHERE org_id = :id) + (SELECT count(*) FROM ledger_item WHERE org_id = :id)"));
    query.bindValue(QStringLiteral(":id"), id);
    return SqlRead::run(query) && query.next() ? query.value(0).toInt() : 0;
}

int OrgRepository::descendantCount(qint64 id, bool activeOnly) const
{
    const QString lineage = lineageText(id);
    if (lineage.isEmpty())
        return 0;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM organisation WHERE lineage > :low AND lineage < :high%1")
                      .arg(activeOnly ? QStringLiteral(" AND dissolved_on IS NULL") : QString()));
    query.bindValue(QStringLiteral(":low"), lineage);
    query.bindValue(QStringLiteral(":high"), SubtreeRange::upperBound(lineage));
    return SqlRead::run(query) && query.next() ? query.value(0).toInt() : 0;
}

QString OrgRepository::lineageText(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT lineage FROM organisation WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return SqlRead::run(query) && query.next() ? query.value(0).toString() : QString();
}

QList<qint64> OrgRepository::lineage(qint64 id) const
{
    return idsOfLineage(lineageText(id));
}

bool OrgRepository::isInSubtree(qint64 candidate, qint64 id) const
{
    return lineage(candidate).contains(id);
}

QStringList OrgRepository::pathNames(qint64 id) const
{
    const QList<qint64> ids = lineage(id);
    if (ids.isEmpty())
        return {};
    QSqlQuery query(m_database.connection());
    QStringList placeholders;
    for (int i = 0; i < ids.size(); ++i)
        placeholders.append(QStringLiteral(":id%1").arg(i));
    query.prepare(QStringLiteral("SELECT id, name FROM organisation WHERE id IN (%1)").arg(placeholders.join(QLatin1Char(','))));
    for (int i = 0; i < ids.size(); ++i)
        query.bindValue(placeholders.at(i), ids.at(i));
    QHash<qint64, QString> names;
    if (SqlRead::run(query)) {
        while (query.next())
            names.insert(query.value(0).toLongLong(), query.value(1).toString());
        SqlRead::finished(query);
    }
    QStringList path;
    for (qint64 ancestor : ids)
        path.append(names.value(ancestor));
    return path;
}

QString OrgRepository::path(qint64 id) const
{
    return pathNames(id).join(QLatin1Char('/'));
}

Result<QHash<qint64, QString>> OrgRepository::paths(const QList<qint64> &ids) const
{
    using R = Result<QHash<qint64, QString>>;
    struct Node
    {
        qint64 parent = 0;
        QString name;
    };
    QHash<qint64, Node> known;
    QList<qint64> wanted;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            wanted.append(id);
        }
    }
    const QList<qint64> asked = wanted;
    constexpr int chunk = 500;
    while (!wanted.isEmpty()) { // a level of ancestors a round
        QList<qint64> parents;
        for (qsizetype from = 0; from < wanted.size(); from += chunk) {
            const QList<qint64> part = wanted.mid(from, chunk);
            QStringList numbers;
            for (qint64 id : part)
                numbers.append(QString::number(id)); // numbers of the program, not text from outside
            QSqlQuery query(m_database.connection());
            query.setForwardOnly(true);
            if (!SqlRead::run(query, QStringLiteral("SELECT id, parent_id, name FROM organisation WHERE id IN (%1)")
                                         .arg(numbers.join(QLatin1Char(',')))))
                return R::failure(QCoreApplication::translate("OrgRepository", "The organisations' paths could not be read."));
            while (query.next()) {
                const Node node{query.value(1).toLongLong(), query.value(2).toString()};
                known.insert(query.value(0).toLongLong(), node);
                if (node.parent && !seen.contains(node.parent)) {
                    seen.insert(node.parent);
                    parents.append(node.parent);
                }
            }
            if (!SqlRead::finished(query))
                return R::failure(QCoreApplication::translate("OrgRepository", "The organisations' paths could not be read."));
        }
        wanted = parents;
    }
    QHash<qint64, QString> out;
    for (qint64 id : asked) {
        if (!known.contains(id))
            continue;
        QStringList names;
        for (qint64 at = id; at && known.contains(at) && names.size() < 64; at = known.value(at).parent)
            names.prepend(known.value(at).name);
        out.insert(id, names.join(QLatin1Char('/')));
    }
    return out;
}

std::optional<qint64> OrgRepository::findByPath(const QString &path) const
{
    const QStringList names = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (names.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    qint64 current = 0;
    for (const QString &name : names) {
        if (current == 0) {
            query.prepare(QStringLiteral("SELECT id FROM organisation WHERE parent_id IS NULL AND name = :name"));
        } else {
            query.prepare(QStringLiteral("SELECT id FROM organisation WHERE parent_id = :parent AND name = :name"));
            query.bindValue(QStringLiteral(":parent"), current);
        }
        query.bindValue(QStringLiteral(":name"), name.trimmed());
        if (!SqlRead::run(query) || !query.next())
            return std::nullopt;
        current = query.value(0).toLongLong();
    }
    return current;
}

QList<OrgPathEntry> OrgRepository::within(qint64 orgId, const QList<OrgKind> &kinds, int limit) const
{
    QStringList codes;
    for (OrgKind kind : kinds)
        codes.append(QLatin1Char('\'') + OrgKinds::code(kind) + QLatin1Char('\''));
    const QString lineage = orgId ? lineageText(orgId) : QString();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT o.id, o.kind, o.name, p.name FROM organisation o "
                                 "LEFT JOIN organisation p ON p.id = o.parent_id WHERE o.dissolved_on IS NULL "
                                 "AND o.kind IN (%1)%2 ORDER BY o.lineage LIMIT :limit")
                      .arg(codes.join(QLatin1Char(',')),
                           lineage.isEmpty() ? QString() : QStringLiteral(" AND o.lineage >= :low AND o.lineage < :high")));
    if (!lineage.isEmpty()) {
        query.bindValue(QStringLiteral(":low"), lineage);
        query.bindValue(QStringLiteral(":high"), SubtreeRange::upperBound(lineage));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<OrgPathEntry> rows;
    if (!SqlRead::run(query))
        return rows;
    while (query.next()) {
        OrgPathEntry row;
        row.id = query.value(0).toLongLong();
        row.kind = OrgKinds::fromCode(query.value(1).toString()).value_or(OrgKind::Community);
        row.name = query.value(2).toString();
        row.path = query.value(3).isNull() ? row.name : query.value(3).toString() + QLatin1Char('/') + row.name;
        rows.append(row);
    }
    SqlRead::finished(query);
    return rows;
}

QList<OrgPathEntry> OrgRepository::listAll() const
{
    // Ordered by lineage, a parent comes before its children, so each path extends one seen.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QList<OrgPathEntry> rows;
    if (!SqlRead::run(query, QStringLiteral("SELECT id, parent_id, kind, name, dissolved_on IS NULL FROM organisation "
                                            "ORDER BY lineage")))
        return rows;
    QHash<qint64, QString> paths;
    while (query.next()) {
        OrgPathEntry row;
        row.id = query.value(0).toLongLong();
        const qint64 parentId = query.value(1).toLongLong();
        row.kind = OrgKinds::fromCode(query.value(2).toString()).value_or(OrgKind::Community);
        row.name = query.value(3).toString();
        row.active = query.value(4).toBool();
        row.path = parentId == 0 ? row.name : paths.value(parentId) + QLatin1Char('/') + row.name;
        paths.insert(row.id, row.path);
        rows.append(row);
    }
    SqlRead::finished(query);
    return rows;
}

QList<OrgPathEntry> OrgRepository::search(const QString &text, int limit) const
{
    QList<OrgPathEntry> rows;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return rows;
    QString escaped = needle;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, kind, name, dissolved_on IS NULL FROM organisation "
                                 "WHERE name LIKE :pattern ESCAPE '\\' "
                                 "ORDER BY dissolved_on IS NOT NULL, length(name), lineage LIMIT :limit"));
    query.bindValue(QStringLiteral(":pattern"), QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!SqlRead::run(query))
        return rows;
    while (query.next()) {
        OrgPathEntry row;
        row.id = query.value(0).toLongLong();
        row.kind = OrgKinds::fromCode(query.value(1).toString()).value_or(OrgKind::Community);
        row.name = query.value(2).toString();
        row.active = query.value(3).toBool();
        rows.append(row);
    }
    SqlRead::finished(query);
    query.finish();
    for (OrgPathEntry &row : rows)
        row.path = path(row.id);
    return rows;
}

bool OrgRepository::siblingNameTaken(qint64 parentId, const QString &name, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM organisation WHERE %1 AND name = :name AND id <> :except")
                      .arg(parentId == 0 ? QStringLiteral("parent_id IS NULL") : QStringLiteral("parent_id = :parent")));
    if (parentId != 0)
        query.bindValue(QStringLiteral(":parent"), parentId);
    query.bindValue(QStringLiteral(":name"), name.trimmed());
    query.bindValue(QStringLiteral(":except"), exceptId);
    return SqlRead::run(query) && query.next();
}
