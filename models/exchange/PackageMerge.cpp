#include "PackageMerge.h"

#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/SqlWrite.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageMerge)
};

QString failedQuery(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

PackageMerge::PackageMerge(Database &database, const PackageInfo &info)
    : m_database(database)
    , m_info(info)
    , m_connection(QStringLiteral("merge-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase package = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    package.setDatabaseName(info.path);
    package.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    package.open();
}

PackageMerge::~PackageMerge()
{
    {
        QSqlDatabase package = QSqlDatabase::database(m_connection, false);
        if (package.isOpen())
            package.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

qint64 PackageMerge::known(const QString &table, qint64 sourceId) const
{
    const auto map = m_map.constFind(table);
    if (map != m_map.constEnd()) {
        const auto local = map->constFind(sourceId);
        if (local != map->constEnd())
            return local.value();
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT local_id FROM import_key WHERE source = :source AND table_name = :table AND source_id = :id"));
    query.bindValue(QStringLiteral(":source"), m_info.source);
    query.bindValue(QStringLiteral(":table"), table);
    query.bindValue(QStringLiteral(":id"), sourceId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Outcome PackageMerge::remember(const QString &table, qint64 sourceId, qint64 localId)
{
    m_map[table].insert(sourceId, localId);
    return SqlWrite::exec(m_database.connection(),
                          QStringLiteral("INSERT INTO import_key (source, table_name, source_id, local_id) VALUES (:source, :table, :id, :local) "
                                         "ON CONFLICT (source, table_name, source_id) DO UPDATE SET local_id = excluded.local_id"),
                          {{QStringLiteral(":source"), m_info.source},
                           {QStringLiteral(":table"), table},
                           {QStringLiteral(":id"), sourceId},
                           {QStringLiteral(":local"), localId}});
}

Outcome PackageMerge::run()
{
    if (!QSqlDatabase::database(m_connection, false).isOpen())
        return Outcome::failure(Text::tr("the package cannot be opened."));
    using Step = Outcome (PackageMerge::*)();
    for (Step step : {&PackageMerge::mergeOrganisations, &PackageMerge::mergeUnits}) {
        if (const Outcome done = (this->*step)(); !done)
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
        {QStringLiteral("ledger_event"),
         {QStringLiteral("item_id"), QStringLiteral("happened_on"), QStringLiteral("who"), QStringLiteral("action"),
          QStringLiteral("from_state"), QStringLiteral("to_state"), QStringLiteral("detail"), QStringLiteral("note")},
         {{QStringLiteral("item_id"), QStringLiteral("ledger_item")}},
         {},
         {}},
        {QStringLiteral("agreement"),
         {QStringLiteral("org_id"), QStringLiteral("unit_id"), QStringLiteral("kind"), QStringLiteral("signed_on"),
          QStringLiteral("ends_on"), QStringLiteral("commitments"), QStringLiteral("target_per_year")},
         {{QStringLiteral("org_id"), org}, {QStringLiteral("unit_id"), QStringLiteral("unit")}},
         {QStringLiteral("ends_on"), QStringLiteral("commitments"), QStringLiteral("target_per_year")},
         {}},
        {QStringLiteral("activity"),
         {QStringLiteral("agreement_id"), QStringLiteral("held_on"), QStringLiteral("title"), QStringLiteral("participants")},
         {{QStringLiteral("agreement_id"), QStringLiteral("agreement")}},
         {},
         {}},
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
        if (const Outcome done = mergeRows(spec); !done)
            return Outcome::failure(QStringLiteral("%1: %2").arg(spec.table, done.error()));
    }
    if (const Outcome done = mergeNeedResources(); !done)
        return done;
    return mergeMemberFigures();
}

Outcome PackageMerge::mergeOrganisations()
{
    const QSqlDatabase package = QSqlDatabase::database(m_connection, false);
    const OrgRepository orgs(m_database);
    QSqlQuery rows(package);
    rows.setForwardOnly(true);
    // Parents before children.
    if (!rows.exec(QStringLiteral("WITH RECURSIVE tree (id, depth) AS (SELECT id, 0 FROM organisation WHERE parent_id IS NULL "
                                  "UNION ALL SELECT o.id, tree.depth + 1 FROM organisation o JOIN tree ON o.parent_id = tree.id) "
                                  "SELECT o.id, o.parent_id, o.kind, o.name, o.code, o.secretary, o.households, o.established_on, "
                                  "o.dissolved_on FROM organisation o JOIN tree ON tree.id = o.id ORDER BY tree.depth, o.id")))
        return Outcome::failure(failedQuery(rows));
    const QSqlDatabase db = m_database.connection();
    while (rows.next()) {
        const qint64 sourceId = rows.value(0).toLongLong();
        const qint64 localParent = rows.value(1).isNull() ? orgs.rootId() : known(QStringLiteral("organisation"), rows.value(1).toLongLong());
        if (!localParent)
            return Outcome::failure(Text::tr("organisation %1 has no parent here.").arg(rows.value(3).toString()));
        const QString kind = rows.value(2).toString();
        const QString name = rows.value(3).toString();
        qint64 local = known(QStringLiteral("organisation"), sourceId);
        if (!local) {
            QSqlQuery same(db);
            same.prepare(QStringLiteral("SELECT id FROM organisation WHERE parent_id = :parent AND name = :name"));
            same.bindValue(QStringLiteral(":parent"), localParent);
            same.bindValue(QStringLiteral(":name"), name);
            if (same.exec() && same.next())
                local = same.value(0).toLongLong();
        }
        const QVariantMap fields = {{QStringLiteral(":code"), rows.value(4)},
                                    {QStringLiteral(":secretary"), rows.value(5)},
                                    {QStringLiteral(":households"), rows.value(6)},
                                    {QStringLiteral(":established"), rows.value(7)},
                                    {QStringLiteral(":dissolved"), rows.value(8)},
                                    {QStringLiteral(":now"), SqlWrite::now()}};
        if (local) {
            QVariantMap values = fields;
            values.insert(QStringLiteral(":id"), local);
            const Outcome done = SqlWrite::exec(db,
                                                QStringLiteral("UPDATE organisation SET code = :code, secretary = :secretary, households = :households, "
                                                               "established_on = :established, dissolved_on = :dissolved, updated_at = :now WHERE id = :id"),
                                                values);
            if (!done)
                return done;
        } else {
            QSqlQuery next(db);
            if (!next.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM organisation")) || !next.next())
                return Outcome::failure(failedQuery(next));
            local = next.value(0).toLongLong();
            QVariantMap values = fields;
            values.insert(QStringLiteral(":id"), local);
            values.insert(QStringLiteral(":parent"), localParent);
            values.insert(QStringLiteral(":kind"), kind);
            values.insert(QStringLiteral(":name"), name);
            values.insert(QStringLiteral(":lineage"), QString(orgs.lineageText(localParent) + QString::number(local) + QLatin1Char('/')));
            const Outcome done = SqlWrite::exec(
                db,
                QStringLiteral("INSERT INTO organisation (id, parent_id, kind, name, lineage, code, secretary, households, established_on, "
                               "dissolved_on, created_at, updated_at) VALUES (:id, :parent, :kind, :name, :lineage, :code, :secretary, "
                               ":households, :established, :dissolved, :now, :now)"),
                values);
            if (!done)
                return Outcome::failure(Text::tr("organisation %1: %2").arg(name, done.error()));
        }
        if (const Outcome done = remember(QStringLiteral("organisation"), sourceId, local); !done)
            return done;
    }
    return Outcome::success();
}

Outcome PackageMerge::mergeCategories(const QString &table)
{
    const QSqlDatabase package = QSqlDatabase::database(m_connection, false);
    QSqlQuery rows(package);
    if (!rows.exec(QStringLiteral("SELECT id, name FROM %1 ORDER BY id").arg(table)))
        return Outcome::failure(failedQuery(rows));
    while (rows.next()) {
        QSqlQuery same(m_database.connection());
        same.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = :name").arg(table));
        same.bindValue(QStringLiteral(":name"), rows.value(1));
        qint64 local = same.exec() && same.next() ? same.value(0).toLongLong() : 0;
        if (!local) {
            const auto id = SqlWrite::insert(m_database.connection(), table,
                                             {{QStringLiteral("name"), rows.value(1)}, {QStringLiteral("position"), 100}});
            if (!id)
                return Outcome::failure(id.error());
            local = id.value();
        }
        m_map[table].insert(rows.value(0).toLongLong(), local);
    }
    return Outcome::success();
}

Outcome PackageMerge::mergeUnits()
{
    const QSqlDatabase package = QSqlDatabase::database(m_connection, false);
    QSqlQuery rows(package);
    if (!rows.exec(QStringLiteral("SELECT id, org_id, name, type, address, contact, phone, party_org, secretary FROM unit ORDER BY id")))
        return Outcome::failure(failedQuery(rows));
    while (rows.next()) {
        // A unit is known by its name across the district: one unit may pair with several offices.
        QSqlQuery same(m_database.connection());
        same.prepare(QStringLiteral("SELECT id FROM unit WHERE name = :name"));
        same.bindValue(QStringLiteral(":name"), rows.value(2));
        qint64 local = same.exec() && same.next() ? same.value(0).toLongLong() : 0;
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
                                              {QStringLiteral("created_at"), SqlWrite::now()}});
            if (!id)
                return Outcome::failure(Text::tr("unit %1: %2").arg(rows.value(2).toString(), id.error()));
            local = id.value();
        }
        if (const Outcome done = remember(QStringLiteral("unit"), rows.value(0).toLongLong(), local); !done)
            return done;
    }
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
    const QSqlDatabase package = QSqlDatabase::database(m_connection, false);
    QSqlQuery rows(package);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id").arg(spec.columns.join(QStringLiteral(", ")), spec.table)))
        return Outcome::failure(failedQuery(rows));
    const bool ledger = spec.table == QLatin1String("ledger_item");
    QSqlQuery columns(m_database.connection());
    const bool stamped = columns.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = 'created_at'").arg(spec.table))
                         && columns.next();
    while (rows.next()) {
        const qint64 sourceId = rows.value(0).toLongLong();
        SqlWrite::Values values;
        bool skip = false;
        for (int c = 0; c < spec.columns.size(); ++c) {
            const QString &column = spec.columns.at(c);
            QVariant value = rows.value(c + 1);
            if (spec.refs.contains(column) && !value.isNull()) {
                const qint64 local = known(spec.refs.value(column), value.toLongLong());
                if (!local && column == spec.skipWhenNull) {
                    skip = true;
                    break;
                }
                if (!local)
                    return Outcome::failure(Text::tr("row %1 refers to %2 %3, which was not merged.").arg(sourceId).arg(spec.refs.value(column)).arg(value.toLongLong()));
                value = local;
            } else if (column == spec.skipWhenNull && value.isNull()) {
                skip = true;
                break;
            }
            values.append({column, value});
        }
        if (skip)
            continue;
        const qint64 local = known(spec.table, sourceId);
        if (local) {
            if (spec.updatable.isEmpty())
                continue;
            QStringList sets;
            QVariantMap binds = {{QStringLiteral(":id"), local}};
            for (const auto &[column, value] : values) {
                if (!spec.updatable.contains(column))
                    continue;
                sets.append(QStringLiteral("%1 = :%1").arg(column));
                binds.insert(QLatin1Char(':') + column, value);
            }
            if (ledger) {
                sets.append(QStringLiteral("updated_at = :now"));
                binds.insert(QStringLiteral(":now"), SqlWrite::now());
            }
            if (const Outcome done = SqlWrite::exec(m_database.connection(),
                                                    QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(spec.table, sets.join(QStringLiteral(", "))),
                                                    binds);
                !done)
                return done;
            continue;
        }
        if (stamped)
            values.append({QStringLiteral("created_at"), SqlWrite::now()});
        if (ledger) {
            const auto place = placeOf(values.first().second.toLongLong());
            values.append({QStringLiteral("updated_at"), SqlWrite::now()});
            values.append({QStringLiteral("community_id"), SqlWrite::ref(place.first)});
            values.append({QStringLiteral("subdistrict_id"), SqlWrite::ref(place.second)});
        }
        const auto id = SqlWrite::insert(m_database.connection(), spec.table, values);
        if (!id)
            return Outcome::failure(Text::tr("row %1: %2").arg(sourceId).arg(id.error()));
        if (const Outcome done = remember(spec.table, sourceId, id.value()); !done)
            return done;
    }
    return Outcome::success();
}

Outcome PackageMerge::mergeNeedResources()
{
    const QSqlDatabase package = QSqlDatabase::database(m_connection, false);
    QSqlQuery rows(package);
    if (!rows.exec(QStringLiteral("SELECT need_id, resource_id, matched_on FROM need_resource")))
        return Outcome::failure(failedQuery(rows));
    while (rows.next()) {
        const Outcome done = SqlWrite::exec(m_database.connection(),
                                            QStringLiteral("INSERT OR IGNORE INTO need_resource (need_id, resource_id, matched_on) "
                                                           "VALUES (:need, :resource, :on)"),
                                            {{QStringLiteral(":need"), known(QStringLiteral("need"), rows.value(0).toLongLong())},
                                             {QStringLiteral(":resource"), known(QStringLiteral("resource"), rows.value(1).toLongLong())},
                                             {QStringLiteral(":on"), rows.value(2)}});
        if (!done)
            return done;
    }
    return Outcome::success();
}

Outcome PackageMerge::mergeMemberFigures()
{
    const QSqlDatabase package = QSqlDatabase::database(m_connection, false);
    QSqlQuery rows(package);
    if (!rows.exec(QStringLiteral("SELECT org_id, active, probationary, flowing, in_service FROM member_figures")))
        return Outcome::failure(failedQuery(rows));
    while (rows.next()) {
        // A later quarter's figures replace an earlier one's; an earlier package leaves them be.
        const Outcome done = SqlWrite::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO member_figures (org_id, quarter, active, probationary, flowing, in_service) "
                           "VALUES (:org, :quarter, :active, :probationary, :flowing, :service) ON CONFLICT (org_id) DO UPDATE SET "
                           "quarter = excluded.quarter, active = excluded.active, probationary = excluded.probationary, "
                           "flowing = excluded.flowing, in_service = excluded.in_service WHERE excluded.quarter >= member_figures.quarter"),
            {{QStringLiteral(":org"), known(QStringLiteral("organisation"), rows.value(0).toLongLong())},
             {QStringLiteral(":quarter"), m_info.quarter.code()},
             {QStringLiteral(":active"), rows.value(1)},
             {QStringLiteral(":probationary"), rows.value(2)},
             {QStringLiteral(":flowing"), rows.value(3)},
             {QStringLiteral(":service"), rows.value(4)}});
        if (!done)
            return done;
    }
    return Outcome::success();
}
