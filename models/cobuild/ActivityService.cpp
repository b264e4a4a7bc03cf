#include "ActivityService.h"

#include "OrgFacts.h"
#include "core/IsoDate.h"
#include "guarantee/VenueService.h"
#include "points/PointsService.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

/// The agreement an activity is held under, checked against it: the organisation that signed it,
/// the term. Fills in the organisation when the activity names none.
Outcome checkAgreement(const QSqlDatabase &db, Activity &activity)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT a.org_id, a.signed_on, a.ends_on, o.name FROM agreement a "
                                 "JOIN organisation o ON o.id = a.org_id WHERE a.id = :id"));
    query.bindValue(QStringLiteral(":id"), activity.agreementId);
    if (!SqlRead::run(query))
        return Outcome::failure(ActivityService::tr("The agreement cannot be read."));
    if (!query.next())
        return Outcome::failure(ActivityService::tr("There is no agreement with number %1.").arg(activity.agreementId));
    const qint64 signer = query.value(0).toLongLong();
    const QDate signedOn = IsoDate::fromSql(query.value(1));
    const QDate endsOn = IsoDate::fromSql(query.value(2));
    const QString signerName = query.value(3).toString();
    query.finish();
    if (activity.orgId == 0)
        activity.orgId = signer;
    if (activity.orgId != signer)
        return Outcome::failure(ActivityService::tr("Agreement %1 was signed by %2; an activity under it is held by %2.")
                                    .arg(activity.agreementId)
                                    .arg(signerName));
    if (activity.heldOn < signedOn || activity.heldOn > endsOn)
        return Outcome::failure(ActivityService::tr("The activity must fall within the agreement's term, %1 to %2.")
                                    .arg(IsoDate::format(signedOn), IsoDate::format(endsOn)));
    return Outcome::success();
}

} // namespace

ActivityService::ActivityService(Database &database, PointsService &points, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_points(points)
{
}

Result<qint64> ActivityService::add(const Activity &given, const QDate &today)
{
    using R = Result<qint64>;
    Activity activity = given;
    if (activity.title.trimmed().isEmpty())
        return R::failure(tr("Give the activity a title."));
    if (!activity.heldOn.isValid())
        return R::failure(tr("Give the date the activity was held."));
    if (activity.heldOn > today)
        return R::failure(tr("An activity is logged once it has been held; %1 is in the future.").arg(IsoDate::format(activity.heldOn)));
    if (activity.kind == ActivityKind::Joint && activity.agreementId == 0)
        return R::failure(tr("A joint activity is held under a co-building agreement; choose the agreement, or another kind."));
    // One held under an agreement counts towards its target: it is the joint kind.
    if (activity.kind != ActivityKind::Joint && activity.agreementId != 0)
        return R::failure(tr("An activity held under an agreement is a joint activity; choose that kind, or no agreement."));
    const QSqlDatabase db = m_database.connection();
    if (activity.agreementId != 0) {
        if (const Outcome fits = checkAgreement(db, activity); !fits)
            return R::failure(fits.error());
    }
    if (activity.orgId == 0)
        return R::failure(tr("Choose the organisation that held the activity."));
    const OrgFacts org = OrgFacts::read(db, activity.orgId);
    if (!org.exists)
        return R::failure(tr("There is no organisation with id %1.").arg(activity.orgId));
    if (org.kind == OrgKind::Household)
        return R::failure(tr("A party-member central household holds no activities of its own; log the activity under the grid or "
                             "building group it belongs to."));
    if (!org.active)
        return R::failure(tr("%1 is retired; it holds no activities.").arg(org.name));
    if (activity.participants < activity.memberIds.size())
        return R::failure(tr("The participants (%1) cannot be fewer than the members taking part (%2).")
                              .arg(activity.participants)
                              .arg(activity.memberIds.size()));
    if (activity.pointsEach < 0 || activity.pointsEach > maxPointsPerActivity)
        return R::failure(tr("Points for an activity lie between 0 and %1.").arg(maxPointsPerActivity));
    if (!(activity.hours >= 0 && activity.hours <= 24))
        return R::failure(tr("An activity lasts at most 24 hours (0: not said)."));

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (const Outcome place = VenueService::usableOn(db, activity.venueId, activity.heldOn); !place)
        return R::failure(place.error());
    const auto id = SqlWrite::insert(db, QStringLiteral("activity"),
                                     {{QStringLiteral("org_id"), activity.orgId},
                                      {QStringLiteral("kind"), Cobuild::code(activity.kind)},
                                      {QStringLiteral("agreement_id"), SqlWrite::ref(activity.agreementId)},
                                      {QStringLiteral("held_on"), SqlWrite::date(activity.heldOn)},
                                      {QStringLiteral("title"), activity.title.trimmed()},
                                      {QStringLiteral("participants"), activity.participants},
                                      {QStringLiteral("note"), SqlWrite::text(activity.note)},
                                      {QStringLiteral("venue_id"), SqlWrite::ref(activity.venueId)},
                                      {QStringLiteral("hours"), activity.hours > 0 ? QVariant(activity.hours)
                                                                                   : QVariant(QMetaType::fromType<double>())},
                                      {QStringLiteral("created_at"), SqlWrite::now()}});
    if (!id)
        return R::failure(tr("The database refused the activity: %1").arg(id.error()));
    for (qint64 memberId : activity.memberIds) {
        qint64 entryId = 0;
        if (activity.pointsEach > 0) {
            const auto entry = m_points.award(memberId, activity.heldOn, activity.pointsEach,
                                              tr("%1: %2").arg(Cobuild::displayName(activity.kind), activity.title.trimmed()),
                                              PointsSource::Activity, id.value());
            if (!entry)
                return R::failure(entry.error());
            entryId = entry.value();
        }
        const auto linked = SqlWrite::link(db, QStringLiteral("activity_member"),
                                             {{QStringLiteral("activity_id"), id.value()},
                                              {QStringLiteral("member_id"), memberId},
                                              {QStringLiteral("points_entry_id"), SqlWrite::ref(entryId)}});
        if (!linked)
            return R::failure(tr("Member %1 cannot be linked to the activity: %2").arg(memberId).arg(linked.error()));
    }
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed();
    return id.value();
}

Result<QList<ActivityLine>> ActivityService::lines(const QSqlDatabase &db, qint64 orgId, const QDate &from, const QDate &to,
                                                   std::optional<ActivityKind> kind)
{
    using R = Result<QList<ActivityLine>>;
    SqlCondition condition;
    condition.addSubtree(db, orgId, QStringLiteral("t.org_id"));
    condition.addPeriod(QStringLiteral("t.held_on"), from, to);
    if (kind)
        condition.add(QStringLiteral("t.kind = :kind"), QStringLiteral(":kind"), Cobuild::code(*kind));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT t.id, t.org_id, o.name, t.kind, t.agreement_id, u.name, t.held_on, t.title, t.participants, "
                                 "(SELECT count(*) FROM activity_member m WHERE m.activity_id = t.id), t.hours, v.name "
                                 "FROM activity t JOIN organisation o ON o.id = t.org_id "
                                 "LEFT JOIN agreement a ON a.id = t.agreement_id LEFT JOIN unit u ON u.id = a.unit_id "
                                 "LEFT JOIN venue v ON v.id = t.venue_id%1 ORDER BY t.held_on DESC, t.id DESC")
                      .arg(condition.sql()));
    condition.bind(query);
    QList<ActivityLine> list;
    const bool read = SqlRead::eachRow(query, [&list](const QSqlQuery &q) {
        ActivityLine line;
        line.id = q.value(0).toLongLong();
        line.orgId = q.value(1).toLongLong();
        line.organisation = q.value(2).toString();
        line.kind = Cobuild::fromCode<ActivityKind>(q.value(3).toString()).value_or(ActivityKind::Joint);
        line.agreementId = q.value(4).toLongLong();
        line.unit = q.value(5).toString();
        line.heldOn = IsoDate::fromSql(q.value(6));
        line.title = q.value(7).toString();
        line.participants = q.value(8).toInt();
        line.members = q.value(9).toInt();
        line.hours = q.value(10).toDouble();
        line.venue = q.value(11).toString();
        list.append(line);
    });
    if (!read)
        return R::failure(tr("The activities cannot be read."));
    return list;
}

std::optional<Activity> ActivityService::activity(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT org_id, kind, agreement_id, held_on, title, participants, note, venue_id, hours "
                                 "FROM activity WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    Activity a;
    a.id = id;
    a.orgId = query.value(0).toLongLong();
    a.kind = Cobuild::fromCode<ActivityKind>(query.value(1).toString()).value_or(ActivityKind::Joint);
    a.agreementId = query.value(2).toLongLong();
    a.heldOn = IsoDate::fromSql(query.value(3));
    a.title = query.value(4).toString();
    a.participants = query.value(5).toInt();
    a.note = query.value(6).toString();
    a.venueId = query.value(7).toLongLong();
    a.hours = query.value(8).toDouble();
    query.finish();
    return a;
}

QStringList ActivityService::membersTakingPart(qint64 activityId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT m.name, p.points FROM activity_member am JOIN member m ON m.id = am.member_id "
                                 "LEFT JOIN points_entry p ON p.id = am.points_entry_id WHERE am.activity_id = :id ORDER BY m.name, m.id"));
    query.bindValue(QStringLiteral(":id"), activityId);
    QStringList names;
    SqlRead::eachRow(query, [&names](const QSqlQuery &q) {
        names.append(q.value(1).isNull() ? q.value(0).toString()
                                         : tr("%1 (%Ln point(s))", nullptr, q.value(1).toInt()).arg(q.value(0).toString()));
    });
    return names;
}
