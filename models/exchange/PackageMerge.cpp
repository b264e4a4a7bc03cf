#include "PackageMerge.h"

#include "org/OrgRepository.h"
#include "org/OrgService.h"
#include "store/BulkInsert.h"
#include "store/SqlDialect.h"
#include "store/Database.h"
#include "store/SqlWrite.h"
#include "store/SqliteRows.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QVariant>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageMerge)
};

QString failedQuery(const QSqlQuery &query)
{
    return StoreHealth::describe(query.lastError());
}

QStringList placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?"));
}

} // namespace

PackageMerge::PackageMerge(Database &database, const PackageInfo &info, const QSqlDatabase &package, qint64 topParent, bool updates)
    : m_database(database)
    , m_info(info)
    , m_package(package)
    , m_now(SqlWrite::now())
    , m_nowUtf8(m_now.toUtf8())
    , m_sourceUtf8(info.source.toUtf8())
    , m_topParent(topParent)
    , m_updates(updates)
{
}

PackageMerge::~PackageMerge() = default;

BulkInsert *PackageMerge::bulk(const QString &sql)
{
    auto it = m_bulk.find(sql);
    if (it == m_bulk.end()) {
        auto statement = std::make_unique<BulkInsert>(m_database.connection(), sql);
        if (!statement->isValid())
            return nullptr;
        it = m_bulk.emplace(sql, std::move(statement)).first;
    }
    return it->second.get();
}

QSqlQuery *PackageMerge::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        if (!query->prepare(sql))
            return nullptr;
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second.get();
}

Outcome PackageMerge::run(QSqlQuery *query)
{
    if (!query)
        return Outcome::failure(Text::tr("a statement of the merge cannot be prepared."));
    if (const Outcome sent = BulkInsert::flush(m_database.connection()); !sent)
        return sent;
    if (!query->exec())
        return Outcome::failure(failedQuery(*query));
    return Outcome::success();
}

Outcome PackageMerge::loadKeys()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT table_name, source_id, local_id FROM import_key WHERE source = :source"));
    query.bindValue(QStringLiteral(":source"), m_info.source);
    if (!query.exec())
        return Outcome::failure(failedQuery(query));
    while (query.next())
        m_map[query.value(0).toString()].insert(query.value(1).toLongLong(), query.value(2).toLongLong());
    query.prepare(QStringLiteral("SELECT item_source_id, last_event_id FROM import_event_mark WHERE source = :source"));
    query.bindValue(QStringLiteral(":source"), m_info.source);
    if (!query.exec())
        return Outcome::failure(failedQuery(query));
    while (query.next())
        m_eventMarks.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return Outcome::success();
}

qint64 PackageMerge::known(const QString &table, qint64 sourceId) const
{
    const auto map = m_map.constFind(table);
    return map == m_map.constEnd() ? 0 : map->value(sourceId, 0);
}

Outcome PackageMerge::remember(const QString &table, qint64 sourceId, qint64 localId)
{
    return remember(m_map[table], table.toUtf8(), sourceId, localId);
}

Outcome PackageMerge::remember(QHash<qint64, qint64> &map, const QByteArray &table, qint64 sourceId, qint64 localId)
{
    auto it = map.find(sourceId);
    if (it != map.end() && it.value() == localId)
        return Outcome::success();
    map.insert(sourceId, localId);
    BulkInsert *insert = bulk(QStringLiteral("INSERT INTO import_key (source, table_name, source_id, local_id) VALUES (?, ?, ?, ?) "
                                             "ON CONFLICT (source, table_name, source_id) DO UPDATE SET local_id = excluded.local_id"));
    if (!insert)
        return Outcome::failure(Text::tr("a statement of the merge cannot be prepared."));
    insert->bind(1, m_sourceUtf8);
    insert->bind(2, table);
    insert->bind(3, sourceId);
    insert->bind(4, localId);
    if (!insert->exec())
        return Outcome::failure(insert->error());
    return Outcome::success();
}

Outcome PackageMerge::run()
{
    if (!m_package.isOpen())
        return Outcome::failure(Text::tr("the package cannot be opened."));
    using Step = Outcome (PackageMerge::*)();
    // Each step's rows are all written (BulkInsert::flush) before the next one reads.
    const auto sent = [this] { return BulkInsert::flush(m_database.connection()); };
    // The tree as it is, with no clerk adding or moving an organisation until the commit (the
    // merge takes the next ids and the lineages from it), as OrgService does.
    if (const Outcome turn = OrgService::takeTreeTurn(m_database); !turn)
        return turn;
    for (Step step : {&PackageMerge::loadKeys, &PackageMerge::mergeOrganisations, &PackageMerge::mergeUnits}) {
        if (const Outcome done = (this->*step)(); !done)
            return done;
        if (const Outcome done = sent(); !done)
            return done;
    }
    for (const QString &table : {QStringLiteral("ledger_category"), QStringLiteral("cobuild_category")}) {
        if (const Outcome done = mergeCategories(table); !done)
            return done;
    }
    const QString org = QStringLiteral("organisation");
    const QList<Spec> specs = {
        {QStringLiteral("ledger_item"),
         {QStringLiteral("org_id"), QStringLiteral("source"), QStringLiteral("category_id"), QStringLiteral("title"),
          QStringLiteral("description"), QStringLiteral("location"), QStringLiteral("resident_name"), QStringLiteral("resident_phone"),
          QStringLiteral("urgency"), QStringLiteral("recorded_on"), QStringLiteral("due_on"), QStringLiteral("state"),
          QStringLiteral("holder"), QStringLiteral("suspended_since"), QStringLiteral("closed_on"), QStringLiteral("close_days"),
          QStringLiteral("result"), QStringLiteral("visited_on"), QStringLiteral("satisfaction"), QStringLiteral("reopened")},
         {{QStringLiteral("org_id"), org}, {QStringLiteral("category_id"), QStringLiteral("ledger_category")}},
         {QStringLiteral("due_on"), QStringLiteral("state"), QStringLiteral("holder"), QStringLiteral("suspended_since"),
          QStringLiteral("closed_on"), QStringLiteral("close_days"), QStringLiteral("result"), QStringLiteral("visited_on"),
          QStringLiteral("satisfaction"), QStringLiteral("reopened")},
         {}},
        {QStringLiteral("agreement"),
         {QStringLiteral("org_id"), QStringLiteral("unit_id"), QStringLiteral("kind"), QStringLiteral("signed_on"),
          QStringLiteral("ends_on"), QStringLiteral("commitments"), QStringLiteral("target_per_year")},
         {{QStringLiteral("org_id"), org}, {QStringLiteral("unit_id"), QStringLiteral("unit")}},
         {QStringLiteral("ends_on"), QStringLiteral("commitments"), QStringLiteral("target_per_year")},
         {}},
        // A package's activities are joint ones; each held by the organisation that signed its agreement.
        {QStringLiteral("activity"),
         {QStringLiteral("agreement_id"), QStringLiteral("held_on"), QStringLiteral("title"), QStringLiteral("participants"),
          QStringLiteral("org_id")},
         {{QStringLiteral("agreement_id"), QStringLiteral("agreement")}, {QStringLiteral("org_id"), org}},
         {},
         {},
         QStringLiteral("(SELECT t.id, t.agreement_id, t.held_on, t.title, t.participants, a.org_id FROM activity t "
                        "JOIN agreement a ON a.id = t.agreement_id)")},
        {QStringLiteral("need"),
         {QStringLiteral("org_id"), QStringLiteral("category_id"), QStringLiteral("title"), QStringLiteral("description"),
          QStringLiteral("posted_on"), QStringLiteral("state"), QStringLiteral("state_on")},
         {{QStringLiteral("org_id"), org}, {QStringLiteral("category_id"), QStringLiteral("cobuild_category")}},
         {QStringLiteral("state"), QStringLiteral("state_on")},
         {}},
        {QStringLiteral("resource"),
         {QStringLiteral("unit_id"), QStringLiteral("category_id"), QStringLiteral("title"), QStringLiteral("capacity"),
          QStringLiteral("available_from"), QStringLiteral("available_to"), QStringLiteral("withdrawn_on")},
         {{QStringLiteral("unit_id"), QStringLiteral("unit")}, {QStringLiteral("category_id"), QStringLiteral("cobuild_category")}},
         {QStringLiteral("capacity"), QStringLiteral("available_to"), QStringLiteral("withdrawn_on")},
         {}},
        {QStringLiteral("project"),
         {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("org_id"), QStringLiteral("secretary"), QStringLiteral("stage"),
          QStringLiteral("approved_on"), QStringLiteral("advancing_on"), QStringLiteral("results_on"), QStringLiteral("concluded_on"),
          QStringLiteral("budget"), QStringLiteral("description")},
         {{QStringLiteral("org_id"), org}},
         {QStringLiteral("secretary"), QStringLiteral("stage"), QStringLiteral("advancing_on"), QStringLiteral("results_on"),
          QStringLiteral("concluded_on"), QStringLiteral("budget"), QStringLiteral("description")},
         {}},
        // Claims by members stay with the sub-district: the district holds no members.
        {QStringLiteral("project_claim"),
         {QStringLiteral("project_id"), QStringLiteral("unit_id"), QStringLiteral("claimed_on")},
         {{QStringLiteral("project_id"), QStringLiteral("project")}, {QStringLiteral("unit_id"), QStringLiteral("unit")}},
         {},
         QStringLiteral("unit_id")},
        {QStringLiteral("project_review"),
         {QStringLiteral("project_id"), QStringLiteral("kind"), QStringLiteral("held_on"), QStringLiteral("note")},
         {{QStringLiteral("project_id"), QStringLiteral("project")}},
         {},
         {}},
        {QStringLiteral("meeting"),
         {QStringLiteral("org_id"), QStringLiteral("held_on"), QStringLiteral("attendees"), QStringLiteral("topics"),
          QStringLiteral("resolutions")},
         {{QStringLiteral("org_id"), org}},
         {},
         {}},
        {QStringLiteral("task"),
         {QStringLiteral("org_id"), QStringLiteral("meeting_id"), QStringLiteral("title"), QStringLiteral("set_on"),
          QStringLiteral("due_on"), QStringLiteral("state"), QStringLiteral("done_on")},
         {{QStringLiteral("org_id"), org}, {QStringLiteral("meeting_id"), QStringLiteral("meeting")}},
         {QStringLiteral("due_on"), QStringLiteral("state"), QStringLiteral("done_on")},
         {}},
    };
    for (const Spec &spec : specs) {
        Outcome done = mergeRows(spec);
        if (done)
            done = sent();
        if (!done)
            return Outcome::failure(QStringLiteral("%1: %2").arg(spec.table, done.error()));
        // The steps right after their items.
        if (spec.table == QLatin1String("ledger_item")) {
            done = mergeEvents();
            if (done)
                done = sent();
            if (!done)
                return Outcome::failure(QStringLiteral("ledger_event: %1").arg(done.error()));
        }
    }
    if (const Outcome done = mergeNeedResources(); !done)
        return done;
    if (const Outcome done = mergeMemberFigures(); !done)
        return done;
    return sent();
}

Outcome PackageMerge::mergeOrganisations()
{
    const OrgRepository orgs(m_database);
    // Parents before children.
    SqliteRows rows(m_package, QStringLiteral("WITH RECURSIVE tree (id, depth) AS (SELECT id, 0 FROM organisation WHERE parent_id IS NULL "
                                              "UNION SELECT o.id, tree.depth + 1 FROM organisation o JOIN tree ON o.parent_id = tree.id) "
                                              "SELECT o.id, o.parent_id, o.kind, o.name, o.code, o.secretary, o.households, "
                                              "o.established_on, o.dissolved_on FROM organisation o JOIN tree ON tree.id = o.id "
                                              "ORDER BY tree.depth, o.id"));
    BulkInsert *update = bulk(QStringLiteral("UPDATE organisation SET code = ?, secretary = ?, households = ?, established_on = ?, "
                                             "dissolved_on = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    BulkInsert *insert = bulk(QStringLiteral("INSERT INTO organisation (id, parent_id, kind, name, lineage, code, secretary, households, "
                                             "established_on, dissolved_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery *same = prepared(QStringLiteral("SELECT id FROM organisation WHERE parent_id = ? AND name = ?"));
    QSqlQuery next(m_database.connection());
    if (!rows.isValid() || !same || !update || !insert || !next.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM organisation"))
        || !next.next())
        return Outcome::failure(rows.isValid() ? Text::tr("a statement of the merge cannot be prepared.") : rows.error());
    qint64 lastId = next.value(0).toLongLong();
    next.finish();
    QHash<qint64, QByteArray> lineages; // local id → lineage, for the children that follow
    const auto lineageOf = [&](qint64 local) {
        auto it = lineages.find(local);
        if (it == lineages.end())
            it = lineages.insert(local, orgs.lineageText(local).toUtf8());
        return it.value();
    };
    QSet<qint64> created; // made by this merge: nothing of the district's own hangs under them
    QHash<qint64, qint64> &map = m_map[QStringLiteral("organisation")];
    const QByteArray table = "organisation";
    while (rows.next()) {
        const qint64 sourceId = rows.integer(0);
        const qint64 localParent = rows.isNull(1) ? m_topParent : map.value(rows.integer(1), 0);
        const QString name = rows.text(3);
        if (!localParent)
            return Outcome::failure(Text::tr("organisation %1 has no parent here.").arg(name));
        qint64 local = map.value(sourceId, 0);
        if (!local && !created.contains(localParent)) {
            same->bindValue(0, localParent);
            same->bindValue(1, name);
            if (!same->exec())
                return Outcome::failure(failedQuery(*same));
            if (same->next())
                local = same->value(0).toLongLong();
            same->finish();
        }
        if (local && !m_updates) {
            if (const Outcome done = remember(map, table, sourceId, local); !done)
                return done;
            continue;
        }
        BulkInsert *write = local ? update : insert;
        int at = 1;
        if (!local) {
            local = ++lastId;
            created.insert(local);
            const QByteArray lineage = lineageOf(localParent) + QByteArray::number(local) + '/';
            lineages.insert(local, lineage);
            insert->bind(at++, local);
            insert->bind(at++, localParent);
            insert->bind(at++, rows.value(2));
            insert->bind(at++, rows.value(3));
            insert->bind(at++, QString::fromUtf8(lineage));
        }
        for (int c = 4; c <= 8; ++c)
            write->bind(at++, rows.value(c));
        write->bind(at++, m_nowUtf8);
        if (write == update)
            write->bind(at++, local);
        else
            write->bind(at++, m_nowUtf8);
        if (!write->exec())
            return Outcome::failure(Text::tr("organisation %1: %2").arg(name, write->error()));
        if (const Outcome done = remember(map, table, sourceId, local); !done)
            return done;
        // Where its ledger items stand: a grid's community is its parent, a community is its own.
        const QByteArrayView kind = rows.bytes(2);
        const auto parentPlace = placeOf(localParent);
        if (kind == "subdistrict")
            m_places.insert(local, {0, local});
        else if (kind == "community")
            m_places.insert(local, {local, parentPlace.second});
        else
            m_places.insert(local, parentPlace);
    }
    if (rows.failed())
        return Outcome::failure(rows.error());
    return Outcome::success();
}

Outcome PackageMerge::mergeCategories(const QString &table)
{
    QSqlQuery rows(m_package);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, name FROM %1 ORDER BY id").arg(table)))
        return Outcome::failure(failedQuery(rows));
    while (rows.next()) {
        QSqlQuery same(m_database.connection());
        same.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = :name").arg(table));
        same.bindValue(QStringLiteral(":name"), rows.value(1));
        if (!same.exec())
            return Outcome::failure(failedQuery(same));
        qint64 local = same.next() ? same.value(0).toLongLong() : 0;
        if (!local) {
            const auto id = SqlWrite::insert(m_database.connection(), table,
                                             {{QStringLiteral("name"), rows.value(1)}, {QStringLiteral("position"), 100}});
            if (!id)
                return Outcome::failure(id.error());
            local = id.value();
        }
        m_map[table].insert(rows.value(0).toLongLong(), local);
    }
    if (rows.lastError().isValid())
        return Outcome::failure(failedQuery(rows));
    return Outcome::success();
}

Outcome PackageMerge::mergeUnits()
{
    QSqlQuery rows(m_package);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, org_id, name, type, address, contact, phone, party_org, secretary FROM unit ORDER BY id")))
        return Outcome::failure(failedQuery(rows));
    while (rows.next()) {
        // A unit is known by its name across the district: one unit may pair with several offices.
        QSqlQuery *same = prepared(QStringLiteral("SELECT id FROM unit WHERE name = ?"));
        if (!same)
            return Outcome::failure(Text::tr("a statement of the merge cannot be prepared."));
        same->bindValue(0, rows.value(2));
        if (!same->exec())
            return Outcome::failure(failedQuery(*same));
        qint64 local = same->next() ? same->value(0).toLongLong() : 0;
        same->finish();
        if (!local) {
            const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("unit"),
                                             {{QStringLiteral("org_id"), known(QStringLiteral("organisation"), rows.value(1).toLongLong())},
                                              {QStringLiteral("name"), rows.value(2)},
                                              {QStringLiteral("type"), rows.value(3)},
                                              {QStringLiteral("address"), rows.value(4)},
                                              {QStringLiteral("contact"), rows.value(5)},
                                              {QStringLiteral("phone"), rows.value(6)},
                                              {QStringLiteral("party_org"), rows.value(7)},
                                              {QStringLiteral("secretary"), rows.value(8)},
                                              {QStringLiteral("created_at"), m_now}});
            if (!id)
                return Outcome::failure(Text::tr("unit %1: %2").arg(rows.value(2).toString(), id.error()));
            local = id.value();
        }
        if (const Outcome done = remember(QStringLiteral("unit"), rows.value(0).toLongLong(), local); !done)
            return done;
    }
    if (rows.lastError().isValid())
        return Outcome::failure(failedQuery(rows));
    return Outcome::success();
}

std::pair<qint64, qint64> PackageMerge::placeOf(qint64 orgId)
{
    if (m_places.contains(orgId))
        return m_places.value(orgId);
    const OrgRepository orgs(m_database);
    std::pair<qint64, qint64> place{0, 0};
    for (qint64 id : orgs.lineage(orgId)) {
        const auto node = orgs.node(id);
        if (node && node->kind == OrgKind::Community)
            place.first = id;
        else if (node && node->kind == OrgKind::Subdistrict)
            place.second = id;
    }
    m_places.insert(orgId, place);
    return place;
}

Outcome PackageMerge::mergeRows(const Spec &spec)
{
    // The package's rows read and the district's written straight through SQLite: values are
    // copied as they are, references mapped to what their rows became here.
    SqliteRows rows(m_package, QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                                   .arg(spec.columns.join(QStringLiteral(", ")), spec.source.isEmpty() ? spec.table : spec.source));
    if (!rows.isValid())
        return Outcome::failure(rows.error());
    const bool ledger = spec.table == QLatin1String("ledger_item");
    const auto columns = SqlDialect::of(m_database.connection()).columns(m_database.connection(), spec.table);
    if (!columns)
        return Outcome::failure(columns.error());
    const bool stamped = columns.value().contains(QLatin1String("created_at"));

    // One INSERT and one UPDATE for the table, prepared once.
    QStringList insertColumns = spec.columns;
    if (stamped)
        insertColumns.append(QStringLiteral("created_at"));
    if (ledger)
        insertColumns << QStringLiteral("updated_at") << QStringLiteral("community_id") << QStringLiteral("subdistrict_id");
    BulkInsert *insert = bulk(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(spec.table, insertColumns.join(QStringLiteral(", ")),
                                       placeholders(insertColumns.size()).join(QStringLiteral(", "))));
    QStringList sets;
    for (const QString &column : spec.updatable)
        sets.append(column + QStringLiteral(" = ?"));
    if (ledger)
        sets.append(QStringLiteral("updated_at = ?"));
    // A clerk here with the record open is told it changed (RecordVersion), not written over.
    if (columns.value().contains(QLatin1String("version")))
        sets.append(QStringLiteral("version = version + 1"));
    BulkInsert *update = spec.updatable.isEmpty()
                             ? nullptr
                             : bulk(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(spec.table, sets.join(QStringLiteral(", "))));
    if (!insert || (!spec.updatable.isEmpty() && !update))
        return Outcome::failure(Text::tr("a statement of the merge cannot be prepared."));

    // Per column: the package table it refers into (empty for a plain value), and whether it is
    // refreshed on a row that came before.
    // Every map is made before any is pointed at: a hash that grows moves its values.
    m_map[spec.table];
    for (const QString &ref : spec.refs)
        m_map[ref];
    QList<const QHash<qint64, qint64> *> refMaps;
    QList<QString> refTables;
    QList<bool> updatable;
    for (const QString &column : spec.columns) {
        const QString ref = spec.refs.value(column);
        refTables.append(ref);
        refMaps.append(ref.isEmpty() ? nullptr : &m_map[ref]);
        updatable.append(spec.updatable.contains(column));
    }
    const int skipColumn = spec.skipWhenNull.isEmpty() ? -1 : int(spec.columns.indexOf(spec.skipWhenNull));
    QList<qint64> mapped(spec.columns.size(), 0);
    QHash<qint64, qint64> &self = m_map[spec.table];
    const QByteArray tableName = spec.table.toUtf8();
    while (rows.next()) {
        const qint64 sourceId = rows.integer(0);
        bool skip = false;
        for (int c = 0; c < spec.columns.size() && !skip; ++c) {
            if (!refMaps.at(c))
                continue;
            if (rows.isNull(c + 1)) {
                mapped[c] = 0;
                skip = c == skipColumn;
                continue;
            }
            mapped[c] = refMaps.at(c)->value(rows.integer(c + 1), 0);
            if (!mapped[c]) {
                if (c == skipColumn) {
                    skip = true;
                    continue;
                }
                return Outcome::failure(
                    Text::tr("row %1 refers to %2 %3, which was not merged.").arg(sourceId).arg(refTables.at(c)).arg(rows.integer(c + 1)));
            }
        }
        if (skip)
            continue;
        const auto bindColumn = [&](BulkInsert *statement, int at, int c) {
            if (refMaps.at(c)) {
                if (mapped.at(c))
                    statement->bind(at, mapped.at(c));
                else
                    statement->bindNull(at);
            } else {
                statement->bind(at, rows.value(c + 1));
            }
        };
        if (const qint64 local = self.value(sourceId, 0)) {
            if (!update || !m_updates)
                continue;
            int at = 1;
            for (int c = 0; c < spec.columns.size(); ++c) {
                if (updatable.at(c))
                    bindColumn(update, at++, c);
            }
            if (ledger)
                update->bind(at++, m_nowUtf8);
            update->bind(at, local);
            if (!update->exec())
                return Outcome::failure(Text::tr("row %1: %2").arg(sourceId).arg(update->error()));
            continue;
        }
        int at = 1;
        for (int c = 0; c < spec.columns.size(); ++c)
            bindColumn(insert, at++, c);
        if (stamped)
            insert->bind(at++, m_nowUtf8);
        if (ledger) {
            const auto place = placeOf(mapped.first());
            insert->bind(at++, m_nowUtf8);
            if (place.first)
                insert->bind(at++, place.first);
            else
                insert->bindNull(at++);
            if (place.second)
                insert->bind(at++, place.second);
            else
                insert->bindNull(at++);
        }
        if (!insert->exec())
            return Outcome::failure(Text::tr("row %1: %2").arg(sourceId).arg(insert->error()));
        if (const Outcome done = remember(self, tableName, sourceId, insert->lastInsertId()); !done)
            return done;
    }
    if (rows.failed())
        return Outcome::failure(rows.error());
    return Outcome::success();
}

Outcome PackageMerge::mergeEvents()
{
    // Steps are never edited and an item's steps come in the order of their ids: a step is new
    // when it is later than the last one merged for its item.
    SqliteRows rows(m_package, QStringLiteral("SELECT item_id, id, happened_on, who, action, from_state, to_state, detail, note "
                                              "FROM ledger_event ORDER BY item_id, id"));
    BulkInsert *insert = bulk(QStringLiteral("INSERT INTO ledger_event (item_id, happened_on, who, action, from_state, to_state, detail, "
                                             "note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    BulkInsert *mark = bulk(QStringLiteral("INSERT INTO import_event_mark (source, item_source_id, last_event_id) VALUES (?, ?, ?) "
                                           "ON CONFLICT (source, item_source_id) DO UPDATE SET last_event_id = excluded.last_event_id"));
    if (!rows.isValid() || !insert || !mark)
        return Outcome::failure(rows.isValid() ? Text::tr("a statement of the merge cannot be prepared.") : rows.error());
    const QHash<qint64, qint64> &items = m_map[QStringLiteral("ledger_item")];
    qint64 item = 0;
    qint64 local = 0;
    qint64 last = 0;
    qint64 newest = 0;
    const auto flush = [&]() -> Outcome {
        if (!item || newest <= last)
            return Outcome::success();
        m_eventMarks.insert(item, newest);
        mark->bind(1, m_sourceUtf8);
        mark->bind(2, item);
        mark->bind(3, newest);
        return mark->exec() ? Outcome::success() : Outcome::failure(mark->error());
    };
    while (rows.next()) {
        if (rows.integer(0) != item) {
            if (const Outcome done = flush(); !done)
                return done;
            item = rows.integer(0);
            local = items.value(item, 0);
            if (!local)
                return Outcome::failure(Text::tr("a step refers to ledger item %1, which was not merged.").arg(item));
            last = m_eventMarks.value(item, 0);
            newest = last;
        }
        const qint64 id = rows.integer(1);
        if (id <= last)
            continue; // merged before
        insert->bind(1, local);
        for (int c = 2; c <= 8; ++c)
            insert->bind(c, rows.value(c));
        insert->bind(9, m_nowUtf8);
        if (!insert->exec())
            return Outcome::failure(Text::tr("row %1: %2").arg(id).arg(insert->error()));
        newest = std::max(newest, id);
    }
    if (rows.failed())
        return Outcome::failure(rows.error());
    return flush();
}

Outcome PackageMerge::mergeNeedResources()
{
    QSqlQuery rows(m_package);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT need_id, resource_id, matched_on FROM need_resource")))
        return Outcome::failure(failedQuery(rows));
    QSqlQuery *insert = prepared(QStringLiteral("INSERT INTO need_resource (need_id, resource_id, matched_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    while (rows.next()) {
        if (insert) {
            insert->bindValue(0, known(QStringLiteral("need"), rows.value(0).toLongLong()));
            insert->bindValue(1, known(QStringLiteral("resource"), rows.value(1).toLongLong()));
            insert->bindValue(2, rows.value(2));
        }
        if (const Outcome done = run(insert); !done)
            return done;
    }
    if (rows.lastError().isValid())
        return Outcome::failure(failedQuery(rows));
    return Outcome::success();
}

Outcome PackageMerge::mergeMemberFigures()
{
    QSqlQuery rows(m_package);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT org_id, active, probationary, flowing, in_service FROM member_figures")))
        return Outcome::failure(failedQuery(rows));
    // A later quarter's figures replace an earlier one's; an earlier package leaves them be.
    QSqlQuery *upsert = prepared(
        QStringLiteral("INSERT INTO member_figures (org_id, quarter, active, probationary, flowing, in_service) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (org_id) DO UPDATE SET "
                       "quarter = excluded.quarter, active = excluded.active, probationary = excluded.probationary, "
                       "flowing = excluded.flowing, in_service = excluded.in_service WHERE excluded.quarter >= member_figures.quarter"));
    while (rows.next()) {
        if (upsert) {
            upsert->bindValue(0, known(QStringLiteral("organisation"), rows.value(0).toLongLong()));
            upsert->bindValue(1, m_info.quarter.code());
            for (int c = 1; c <= 4; ++c)
                upsert->bindValue(c + 1, rows.value(c));
        }
        if (const Outcome done = run(upsert); !done)
            return done;
    }
    if (rows.lastError().isValid())
        return Outcome::failure(failedQuery(rows));
    return Outcome::success();
}
