#include "NeedService.h"

#include "OrgFacts.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlRead.h"
#include "store/RecordVersion.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

NeedService::NeedService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

Outcome NeedService::checkCategory(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT retired FROM cobuild_category WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return Outcome::failure(tr("Choose a category."));
    if (query.value(0).toBool())
        return Outcome::failure(tr("The category is no longer in use; choose another."));
    return Outcome::success();
}

Outcome NeedService::write(const QString &sql, const QVariantMap &values, bool guarded)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    const Result<int> done = SqlWrite::changed(m_database.connection(), sql, values);
    if (!done)
        return Outcome::failure(tr("The database refused the change: %1").arg(done.error()));
    if (guarded && done.value() == 0)
        return Outcome::failure(RecordVersion::changedMeanwhile());
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed();
    return Outcome::success();
}

Result<qint64> NeedService::addNeed(const Need &need, const QDate &today)
{
    using R = Result<qint64>;
    const OrgFacts org = OrgFacts::read(m_database.connection(), need.orgId);
    if (!org.isAnyOf({OrgKind::Community, OrgKind::Grid}))
        return R::failure(tr("A need is posted by a community or a grid; choose one."));
    if (!org.active)
        return R::failure(tr("%1 is retired; it posts no new needs.").arg(org.name));
    if (const Outcome ok = checkCategory(need.categoryId); !ok)
        return R::failure(ok.error());
    if (need.title.trimmed().isEmpty())
        return R::failure(tr("Say in a few words what is needed."));
    if (!need.postedOn.isValid())
        return R::failure(tr("Give the date the need was posted."));
    if (need.postedOn > today)
        return R::failure(tr("The posting date %1 is in the future.").arg(IsoDate::format(need.postedOn)));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("need"),
                                     {{QStringLiteral("org_id"), need.orgId},
                                      {QStringLiteral("category_id"), need.categoryId},
                                      {QStringLiteral("title"), need.title.trimmed()},
                                      {QStringLiteral("description"), SqlWrite::text(need.description)},
                                      {QStringLiteral("posted_on"), SqlWrite::date(need.postedOn)},
                                      {QStringLiteral("created_at"), SqlWrite::now()}});
    if (!id)
        return R::failure(tr("The database refused the need: %1").arg(id.error()));
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed();
    return id.value();
}

Outcome NeedService::setNeedState(qint64 needId, NeedState state, const QDate &on)
{
    const auto n = need(needId);
    if (!n)
        return Outcome::failure(tr("There is no need with number %1.").arg(needId));
    if (!on.isValid() || on < n->postedOn)
        return Outcome::failure(tr("The date cannot be before the need was posted (%1).").arg(IsoDate::format(n->postedOn)));
    if (n->state == NeedState::Fulfilled || n->state == NeedState::Withdrawn)
        return Outcome::failure(tr("The need is already %1.").arg(Cobuild::displayName(n->state)));
    if (state == NeedState::Fulfilled && n->state != NeedState::Matched)
        return Outcome::failure(tr("A need is fulfilled once resources have been matched to it."));
    // From the state checked above only: a step another clerk took meanwhile stands.
    return write(QStringLiteral("UPDATE need SET state = :state, state_on = :on WHERE id = :id AND state = :from"),
                 {{QStringLiteral(":state"), Cobuild::code(state)},
                  {QStringLiteral(":on"), IsoDate::format(on)},
                  {QStringLiteral(":id"), needId},
                  {QStringLiteral(":from"), Cobuild::code(n->state)}},
                 true);
}

Outcome NeedService::fulfil(qint64 needId, const QDate &on)
{
    return setNeedState(needId, NeedState::Fulfilled, on);
}

Outcome NeedService::withdrawNeed(qint64 needId, const QDate &on)
{
    return setNeedState(needId, NeedState::Withdrawn, on);
}

Result<qint64> NeedService::addResource(const Resource &resource)
{
    using R = Result<qint64>;
    QSqlQuery unit(m_database.connection());
    unit.prepare(QStringLiteral("SELECT 1 FROM unit WHERE id = :id"));
    unit.bindValue(QStringLiteral(":id"), resource.unitId);
    if (!SqlRead::run(unit) || !unit.next())
        return R::failure(tr("Choose the unit that offers the resource."));
    unit.finish();
    if (const Outcome ok = checkCategory(resource.categoryId); !ok)
        return R::failure(ok.error());
    if (resource.title.trimmed().isEmpty())
        return R::failure(tr("Say in a few words what is offered."));
    if (!resource.availableFrom.isValid())
        return R::failure(tr("Give the date from which the resource is available."));
    if (resource.availableTo.isValid() && resource.availableTo < resource.availableFrom)
        return R::failure(tr("The resource cannot stop being available (%1) before it starts (%2).")
                              .arg(IsoDate::format(resource.availableTo), IsoDate::format(resource.availableFrom)));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("resource"),
                                     {{QStringLiteral("unit_id"), resource.unitId},
                                      {QStringLiteral("category_id"), resource.categoryId},
                                      {QStringLiteral("title"), resource.title.trimmed()},
                                      {QStringLiteral("capacity"), SqlWrite::text(resource.capacity)},
                                      {QStringLiteral("available_from"), SqlWrite::date(resource.availableFrom)},
                                      {QStringLiteral("available_to"), SqlWrite::date(resource.availableTo)},
                                      {QStringLiteral("created_at"), SqlWrite::now()}});
    if (!id)
        return R::failure(tr("The database refused the resource: %1").arg(id.error()));
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed();
    return id.value();
}

Outcome NeedService::withdrawResource(qint64 resourceId, const QDate &on)
{
    const auto r = resource(resourceId);
    if (!r)
        return Outcome::failure(tr("There is no resource with number %1.").arg(resourceId));
    if (r->withdrawnOn.isValid())
        return Outcome::failure(tr("The resource was withdrawn on %1.").arg(IsoDate::format(r->withdrawnOn)));
    if (!on.isValid())
        return Outcome::failure(tr("Give the date the resource is withdrawn."));
    return write(QStringLiteral("UPDATE resource SET withdrawn_on = :on WHERE id = :id AND withdrawn_on IS NULL"),
                 {{QStringLiteral(":on"), IsoDate::format(on)}, {QStringLiteral(":id"), resourceId}}, true);
}

Outcome NeedService::match(qint64 needId, qint64 resourceId, const QDate &on)
{
    const auto n = need(needId);
    if (!n)
        return Outcome::failure(tr("There is no need with number %1.").arg(needId));
    if (n->state != NeedState::Open && n->state != NeedState::Matched)
        return Outcome::failure(tr("The need is %1; only open or matched needs take resources.").arg(Cobuild::displayName(n->state)));
    const auto r = resource(resourceId);
    if (!r)
        return Outcome::failure(tr("There is no resource with number %1.").arg(resourceId));
    if (r->withdrawnOn.isValid() && r->withdrawnOn <= on)
        return Outcome::failure(tr("The resource \"%1\" was withdrawn on %2; it cannot meet a need.")
                                    .arg(r->title, IsoDate::format(r->withdrawnOn)));
    if (r->availableTo.isValid() && r->availableTo < on)
        return Outcome::failure(tr("The resource \"%1\" was available only until %2.").arg(r->title, IsoDate::format(r->availableTo)));
    if (!on.isValid() || on < n->postedOn)
        return Outcome::failure(tr("The date cannot be before the need was posted (%1).").arg(IsoDate::format(n->postedOn)));
    QSqlQuery linked(m_database.connection());
    linked.prepare(QStringLiteral("SELECT 1 FROM need_resource WHERE need_id = :need AND resource_id = :resource"));
    linked.bindValue(QStringLiteral(":need"), needId);
    linked.bindValue(QStringLiteral(":resource"), resourceId);
    if (SqlRead::run(linked) && linked.next())
        return Outcome::failure(tr("The resource is already matched to this need."));
    linked.finish();

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    // The need still open or matched, as checked above — matched now when it was open — or the
    // match is refused: another clerk fulfilled or withdrew it meanwhile.
    const Result<int> kept = SqlWrite::changed(
        m_database.connection(),
        QStringLiteral("UPDATE need SET state = 'matched', state_on = CASE WHEN state = 'open' THEN :on ELSE state_on END "
                       "WHERE id = :id AND state IN ('open', 'matched')"),
        {{QStringLiteral(":on"), IsoDate::format(on)}, {QStringLiteral(":id"), needId}});
    if (!kept)
        return Outcome::failure(tr("The database refused the match: %1").arg(kept.error()));
    if (kept.value() == 0)
        return Outcome::failure(RecordVersion::changedMeanwhile());
    const auto link = SqlWrite::link(m_database.connection(), QStringLiteral("need_resource"),
                                       {{QStringLiteral("need_id"), needId},
                                        {QStringLiteral("resource_id"), resourceId},
                                        {QStringLiteral("matched_on"), IsoDate::format(on)}});
    if (!link)
        return Outcome::failure(tr("The database refused the match: %1").arg(link.error()));
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed();
    return Outcome::success();
}

std::optional<Need> NeedService::need(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT org_id, category_id, title, description, posted_on, state, state_on FROM need WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    Need n;
    n.id = id;
    n.orgId = query.value(0).toLongLong();
    n.categoryId = query.value(1).toLongLong();
    n.title = query.value(2).toString();
    n.description = query.value(3).toString();
    n.postedOn = IsoDate::fromSql(query.value(4));
    n.state = Cobuild::fromCode<NeedState>(query.value(5).toString()).value_or(NeedState::Open);
    n.stateOn = IsoDate::fromSql(query.value(6));
    return n;
}

std::optional<Resource> NeedService::resource(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT unit_id, category_id, title, capacity, available_from, available_to, withdrawn_on "
                                 "FROM resource WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    Resource r;
    r.id = id;
    r.unitId = query.value(0).toLongLong();
    r.categoryId = query.value(1).toLongLong();
    r.title = query.value(2).toString();
    r.capacity = query.value(3).toString();
    r.availableFrom = IsoDate::fromSql(query.value(4));
    r.availableTo = IsoDate::fromSql(query.value(5));
    r.withdrawnOn = IsoDate::fromSql(query.value(6));
    return r;
}

QStringList NeedService::matchedResources(qint64 needId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT r.title, u.name, l.matched_on FROM need_resource l JOIN resource r ON r.id = l.resource_id "
                                 "JOIN unit u ON u.id = r.unit_id WHERE l.need_id = :id ORDER BY l.matched_on, r.id"));
    query.bindValue(QStringLiteral(":id"), needId);
    QStringList list;
    if (SqlRead::run(query)) {
        while (query.next())
            list.append(tr("%1 (%2, matched %3)").arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
        SqlRead::finished(query);
    }
    return list;
}

QList<CobuildCategory> NeedService::categories(bool includeRetired) const
{
    QSqlQuery query(m_database.connection());
    QList<CobuildCategory> list;
    if (!SqlRead::run(query, QStringLiteral("SELECT id, name, retired FROM cobuild_category%1 ORDER BY position, id")
                                 .arg(includeRetired ? QString() : QStringLiteral(" WHERE retired = 0"))))
        return list;
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool()});
    SqlRead::finished(query);
    return list;
}

Result<qint64> NeedService::addCategory(const QString &name)
{
    using R = Result<qint64>;
    if (name.trimmed().isEmpty())
        return R::failure(tr("Give the category a name."));
    for (const CobuildCategory &c : categories(true)) {
        if (c.name == name.trimmed())
            return R::failure(tr("There is already a category named %1.").arg(c.name));
    }
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("cobuild_category"),
                                     {{QStringLiteral("name"), name.trimmed()},
                                      {QStringLiteral("position"), int(categories(true).size()) + 1}});
    if (!id)
        return R::failure(id.error());
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT categoriesChanged();
    return id.value();
}

Outcome NeedService::saveCategories(const QList<CobuildCategory> &rows)
{
    // The names as they will stand: each given, none twice (the rows' names over the stored ones).
    QHash<qint64, QString> names;
    for (const CobuildCategory &c : categories(true))
        names.insert(c.id, c.name);
    QStringList added;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString name = rows.at(i).name.trimmed();
        if (name.isEmpty())
            return Outcome::failure(tr("Row %1: give the category a name.").arg(i + 1));
        if (rows.at(i).id)
            names.insert(rows.at(i).id, name);
        else
            added.append(name);
    }
    QStringList all = names.values() + added;
    all.sort();
    for (qsizetype i = 1; i < all.size(); ++i) {
        if (all.at(i) == all.at(i - 1))
            return Outcome::failure(tr("There is already a category named %1.").arg(all.at(i)));
    }
    // All or nothing: one transaction.
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    int position = int(names.size());
    for (const CobuildCategory &row : rows) {
        Outcome done = Outcome::success();
        if (row.id) {
            done = SqlWrite::exec(m_database.connection(),
                                  QStringLiteral("UPDATE cobuild_category SET name = :name, retired = :retired WHERE id = :id"),
                                  {{QStringLiteral(":name"), row.name.trimmed()}, {QStringLiteral(":retired"), row.retired ? 1 : 0},
                                   {QStringLiteral(":id"), row.id}});
        } else {
            const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("cobuild_category"),
                                             {{QStringLiteral("name"), row.name.trimmed()},
                                              {QStringLiteral("position"), ++position},
                                              {QStringLiteral("retired"), row.retired ? 1 : 0}});
            done = id ? Outcome::success() : Outcome::failure(id.error());
        }
        if (!done)
            return Outcome::failure(tr("The database refused the change: %1").arg(done.error()));
    }
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT categoriesChanged();
    return Outcome::success();
}

Outcome NeedService::renameCategory(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Outcome::failure(tr("Give the category a name."));
    for (const CobuildCategory &c : categories(true)) {
        if (c.name == name.trimmed() && c.id != id)
            return Outcome::failure(tr("There is already a category named %1.").arg(c.name));
    }
    const Outcome done = write(QStringLiteral("UPDATE cobuild_category SET name = :name WHERE id = :id"),
                               {{QStringLiteral(":name"), name.trimmed()}, {QStringLiteral(":id"), id}});
    if (done)
        Q_EMIT categoriesChanged();
    return done;
}

Outcome NeedService::setCategoryRetired(qint64 id, bool retired)
{
    const Outcome done = write(QStringLiteral("UPDATE cobuild_category SET retired = :retired WHERE id = :id"),
                               {{QStringLiteral(":retired"), retired ? 1 : 0}, {QStringLiteral(":id"), id}});
    if (done)
        Q_EMIT categoriesChanged();
    return done;
}
