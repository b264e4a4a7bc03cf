#include "VenueService.h"

#include "cobuild/OrgFacts.h"
#include "core/IsoDate.h"
#include "org/SubtreeRange.h"
#include "store/Database.h"
#include "store/Retrying.h"
#include "store/SqlCondition.h"
#include "store/SqlDialect.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString selectVenues = QStringLiteral(
    // A grid's or a building's name is its community's too: "龙狮桥社区 › 第1网格".
    "SELECT v.id, v.org_id, CASE WHEN o.kind = 'grid' OR o.kind = 'building_group' THEN p.name || ' › ' || o.name ELSE o.name END, v.kind, v.name, v.address, v.area, v.opening_hours, v.offers, v.service_facility, "
    "v.opened_on, v.closed_on, "
    "(SELECT count(*) FROM activity a WHERE a.venue_id = v.id) + (SELECT count(*) FROM meeting m WHERE m.venue_id = v.id) "
    "FROM venue v JOIN organisation o ON o.id = v.org_id LEFT JOIN organisation p ON p.id = o.parent_id");

} // namespace

VenueService::VenueService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

Outcome VenueService::checked(const Venue &venue, const QDate &today) const
{
    if (venue.name.trimmed().isEmpty())
        return Outcome::failure(tr("Give the venue a name."));
    if (venue.area < 0 || venue.area > maxArea)
        return Outcome::failure(tr("The area is given in square metres, from 0 to %L1.").arg(maxArea));
    if (venue.openedOn.isValid() && venue.openedOn > today)
        return Outcome::failure(tr("A venue is registered once it is open; %1 is in the future.").arg(IsoDate::format(venue.openedOn)));
    QSqlQuery same(m_database.connection());
    same.prepare(QStringLiteral("SELECT id FROM venue WHERE org_id = :org AND name = :name AND id <> :id"));
    same.bindValue(QStringLiteral(":org"), venue.orgId);
    same.bindValue(QStringLiteral(":name"), venue.name.trimmed());
    same.bindValue(QStringLiteral(":id"), venue.id);
    if (!SqlRead::run(same))
        return Outcome::failure(tr("The venues could not be read."));
    if (same.next())
        return Outcome::failure(tr("%1 already has a venue named \"%2\".").arg(OrgFacts::read(m_database.connection(), venue.orgId).name,
                                                                                venue.name.trimmed()));
    return Outcome::success();
}

Result<qint64> VenueService::add(const Venue &venue, const QDate &today)
{
    using R = Result<qint64>;
    const OrgFacts org = OrgFacts::read(m_database.connection(), venue.orgId);
    if (!org.exists)
        return R::failure(tr("Choose the organisation the venue belongs to."));
    if (!org.active)
        return R::failure(tr("%1 is retired; it registers no venues.").arg(org.name));
    if (const Outcome good = checked(venue, today); !good)
        return R::failure(good.error());
    const auto saved = Retrying::run(m_database.connection(), [&]() -> R {
        WriteTransaction transaction(m_database.connection());
        if (!transaction.isActive())
            return R::failure(transaction.error());
        const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("venue"),
                                         {{QStringLiteral("org_id"), venue.orgId},
                                          {QStringLiteral("kind"), VenueKinds::code(venue.kind)},
                                          {QStringLiteral("name"), venue.name.trimmed()},
                                          {QStringLiteral("address"), SqlWrite::text(venue.address)},
                                          {QStringLiteral("area"), venue.area},
                                          {QStringLiteral("opening_hours"), SqlWrite::text(venue.openingHours)},
                                          {QStringLiteral("offers"), SqlWrite::text(venue.offers)},
                                          {QStringLiteral("service_facility"), venue.serviceFacility ? 1 : 0},
                                          {QStringLiteral("opened_on"), SqlWrite::date(venue.openedOn)},
                                          {QStringLiteral("created_at"), SqlWrite::now()}});
        if (!id)
            return R::failure(tr("The database refused the venue: %1").arg(id.error()));
        if (!transaction.commit())
            return R::failure(transaction.error());
        return id;
    });
    if (saved)
        Q_EMIT changed();
    return saved;
}

Outcome VenueService::update(const Venue &venue, const QDate &today)
{
    const auto old = this->venue(venue.id);
    if (!old)
        return Outcome::failure(tr("There is no venue with number %1.").arg(venue.id));
    Venue changedVenue = venue;
    changedVenue.orgId = old->orgId;
    if (const Outcome good = checked(changedVenue, today); !good)
        return good;
    if (old->closedOn.isValid() && changedVenue.openedOn.isValid() && changedVenue.openedOn > old->closedOn)
        return Outcome::failure(tr("The venue closed on %1, before it would have opened.").arg(IsoDate::format(old->closedOn)));
    const Outcome saved = Retrying::run(m_database.connection(), [&]() -> Outcome {
        WriteTransaction transaction(m_database.connection());
        if (!transaction.isActive())
            return Outcome::failure(transaction.error());
        if (const Outcome turn = SqlDialect::of(m_database.connection()).takeTurn(m_database.connection(), QStringLiteral("venue %1").arg(changedVenue.id));
            !turn)
            return turn;
        const auto used = usedFromTo(changedVenue.id);
        if (!used)
            return Outcome::failure(used.error());
        if (used.value().first.isValid() && changedVenue.openedOn.isValid() && changedVenue.openedOn > used.value().first)
            return Outcome::failure(tr("%1 was used on %2; it opened on that day or before.")
                                        .arg(changedVenue.name.trimmed(), IsoDate::format(used.value().first)));
        const Result<int> rows = SqlWrite::changed(
            m_database.connection(),
            QStringLiteral("UPDATE venue SET kind = :kind, name = :name, address = :address, area = :area, "
                           "opening_hours = :hours, offers = :offers, service_facility = :facility, opened_on = :opened WHERE id = :id"),
            {{QStringLiteral(":kind"), VenueKinds::code(changedVenue.kind)},
             {QStringLiteral(":name"), changedVenue.name.trimmed()},
             {QStringLiteral(":address"), SqlWrite::text(changedVenue.address)},
             {QStringLiteral(":area"), changedVenue.area},
             {QStringLiteral(":hours"), SqlWrite::text(changedVenue.openingHours)},
             {QStringLiteral(":offers"), SqlWrite::text(changedVenue.offers)},
             {QStringLiteral(":facility"), changedVenue.serviceFacility ? 1 : 0},
             {QStringLiteral(":opened"), SqlWrite::date(changedVenue.openedOn)},
             {QStringLiteral(":id"), changedVenue.id}});
        if (!rows)
            return Outcome::failure(tr("The database refused the venue: %1").arg(rows.error()));
        if (!transaction.commit())
            return Outcome::failure(transaction.error());
        return Outcome::success();
    });
    if (saved)
        Q_EMIT changed();
    return saved;
}

Outcome VenueService::close(qint64 venueId, const QDate &on)
{
    const auto old = venue(venueId);
    if (!old)
        return Outcome::failure(tr("There is no venue with number %1.").arg(venueId));
    if (old->closedOn.isValid())
        return Outcome::failure(tr("%1 closed on %2 already.").arg(old->name, IsoDate::format(old->closedOn)));
    if (!on.isValid() || (old->openedOn.isValid() && on <= old->openedOn))
        return Outcome::failure(tr("A venue closes after the day it opened (%1).").arg(IsoDate::format(old->openedOn)));
    const Outcome saved = Retrying::run(m_database.connection(), [&]() -> Outcome {
        WriteTransaction transaction(m_database.connection());
        if (!transaction.isActive())
            return Outcome::failure(transaction.error());
        if (const Outcome turn = SqlDialect::of(m_database.connection()).takeTurn(m_database.connection(), QStringLiteral("venue %1").arg(venueId));
            !turn)
            return turn;
        // Not back to before what was held there.
        const auto used = usedFromTo(venueId);
        if (!used)
            return Outcome::failure(used.error());
        if (used.value().second.isValid() && used.value().second >= on)
            return Outcome::failure(tr("%1 was used on %2; it closes after that day.").arg(old->name, IsoDate::format(used.value().second)));
        const Result<int> rows = SqlWrite::changed(m_database.connection(),
                                                   QStringLiteral("UPDATE venue SET closed_on = :on WHERE id = :id AND closed_on IS NULL"),
                                                   {{QStringLiteral(":on"), IsoDate::format(on)}, {QStringLiteral(":id"), venueId}});
        if (!rows)
            return Outcome::failure(tr("The database refused the change: %1").arg(rows.error()));
        if (rows.value() == 0)
            return Outcome::failure(tr("%1 was closed meanwhile.").arg(old->name));
        if (!transaction.commit())
            return Outcome::failure(transaction.error());
        return Outcome::success();
    });
    if (saved)
        Q_EMIT changed();
    return saved;
}

Result<QList<Venue>> VenueService::read(const QSqlDatabase &db, const QString &where, const QVariantMap &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(selectVenues + where + QStringLiteral(" ORDER BY o.lineage, v.kind, v.name, v.id"));
    for (auto it = values.begin(); it != values.end(); ++it)
        query.bindValue(it.key(), it.value());
    QList<Venue> out;
    if (!SqlRead::run(query))
        return Result<QList<Venue>>::failure(tr("The venues could not be read."));
    while (query.next()) {
        Venue v;
        v.id = query.value(0).toLongLong();
        v.orgId = query.value(1).toLongLong();
        v.orgName = query.value(2).toString();
        v.kind = VenueKinds::fromCode(query.value(3).toString()).value_or(VenueKind::Other);
        v.name = query.value(4).toString();
        v.address = query.value(5).toString();
        v.area = query.value(6).toInt();
        v.openingHours = query.value(7).toString();
        v.offers = query.value(8).toString();
        v.serviceFacility = query.value(9).toInt() != 0;
        v.openedOn = IsoDate::fromSql(query.value(10));
        v.closedOn = IsoDate::fromSql(query.value(11));
        v.uses = query.value(12).toInt();
        out.append(v);
    }
    if (!SqlRead::finished(query))
        return Result<QList<Venue>>::failure(tr("The venues could not be read."));
    return out;
}

Result<QList<Venue>> VenueService::venues(qint64 orgId, bool withClosed) const
{
    return venues(m_database.connection(), orgId, withClosed);
}

Result<QList<Venue>> VenueService::venues(const QSqlDatabase &db, qint64 orgId, bool withClosed)
{
    SqlCondition condition;
    condition.addSubtree(db, orgId, QStringLiteral("v.org_id"));
    if (!withClosed) // closing later: open still
        condition.add(QStringLiteral("(v.closed_on IS NULL OR v.closed_on > :today)"), QStringLiteral(":today"),
                      IsoDate::format(QDate::currentDate()));
    return read(db, condition.sql(), condition.values);
}

Result<QList<Venue>> VenueService::usableBy(qint64 orgId, const QDate &on) const
{
    const auto lineage = SqlRead::value(m_database.connection(), QStringLiteral("SELECT lineage FROM organisation WHERE id = :id"),
                                        {{QStringLiteral(":id"), orgId}});
    if (!lineage)
        return Result<QList<Venue>>::failure(lineage.error());
    const QStringList ids = lineage.value().toString().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return QList<Venue>();
    QVariantMap values{{QStringLiteral(":on"), IsoDate::format(on)}};
    QString where = QStringLiteral(" WHERE (v.opened_on IS NULL OR v.opened_on <= :on) AND (v.closed_on IS NULL OR v.closed_on > :on)");
    if (ids.size() > 1) {
        // The sub-district's subtree, '/1/5/' and below, and the district's own venues.
        const QString branch = QStringLiteral("/%1/%2/").arg(ids.at(0), ids.at(1));
        where += QStringLiteral(" AND (v.org_id = :top OR (o.lineage >= :low AND o.lineage < :high))");
        values.insert(QStringLiteral(":top"), ids.first().toLongLong());
        values.insert(QStringLiteral(":low"), branch);
        values.insert(QStringLiteral(":high"), SubtreeRange::upperBound(branch));
    }
    return read(m_database.connection(), where, values);
}

Outcome VenueService::usableOn(const QSqlDatabase &db, qint64 venueId, const QDate &day)
{
    if (venueId == 0)
        return Outcome::success();
    if (const Outcome turn = SqlDialect::of(db).takeTurn(db, QStringLiteral("venue %1").arg(venueId)); !turn)
        return turn;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name, opened_on, closed_on FROM venue WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), venueId);
    if (!SqlRead::run(query))
        return Outcome::failure(tr("The venues could not be read."));
    if (!query.next())
        return Outcome::failure(tr("There is no venue with number %1.").arg(venueId));
    const QDate opened = IsoDate::fromSql(query.value(1));
    const QDate closed = IsoDate::fromSql(query.value(2));
    if ((opened.isValid() && day < opened) || (closed.isValid() && day >= closed))
        return Outcome::failure(tr("%1 was not open on %2.").arg(query.value(0).toString(), IsoDate::format(day)));
    return Outcome::success();
}

std::optional<Venue> VenueService::venue(qint64 venueId) const
{
    const auto found = read(m_database.connection(), QStringLiteral(" WHERE v.id = :id"), {{QStringLiteral(":id"), venueId}});
    if (!found || found.value().isEmpty())
        return std::nullopt;
    return found.value().first();
}

Result<QStringList> VenueService::usesOf(qint64 venueId, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT held_on, 'activity', title FROM activity WHERE venue_id = :activityVenue "
                                 "UNION ALL SELECT held_on, 'meeting', topics FROM meeting WHERE venue_id = :meetingVenue "
                                 "ORDER BY 1 DESC LIMIT %1")
                      .arg(limit));
    query.bindValue(QStringLiteral(":activityVenue"), venueId);
    query.bindValue(QStringLiteral(":meetingVenue"), venueId);
    if (!SqlRead::run(query))
        return Result<QStringList>::failure(tr("The venue's uses could not be read."));
    QStringList out;
    while (query.next()) {
        const QString what = query.value(1).toString() == QLatin1String("meeting") ? tr("Meeting") : tr("Activity");
        out.append(tr("%1 %2: %3").arg(query.value(0).toString(), what, query.value(2).toString().section(QLatin1Char('\n'), 0, 0)));
    }
    if (!SqlRead::finished(query))
        return Result<QStringList>::failure(tr("The venue's uses could not be read."));
    return out;
}

Result<std::pair<QDate, QDate>> VenueService::usedFromTo(qint64 venueId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT min(d), max(d) FROM (SELECT held_on AS d FROM activity WHERE venue_id = :activityVenue "
                                 "UNION ALL SELECT held_on FROM meeting WHERE venue_id = :meetingVenue) u"));
    query.bindValue(QStringLiteral(":activityVenue"), venueId);
    query.bindValue(QStringLiteral(":meetingVenue"), venueId);
    if (!SqlRead::run(query) || !query.next())
        return Result<std::pair<QDate, QDate>>::failure(tr("The venue's uses could not be read."));
    return std::pair{IsoDate::fromSql(query.value(0)), IsoDate::fromSql(query.value(1))};
}
