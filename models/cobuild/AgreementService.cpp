#include "AgreementService.h"

#include "OrgFacts.h"
#include "core/IsoDate.h"
#include "guarantee/VenueService.h"
#include "points/PointsService.h"
#include "store/Database.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

AgreementService::AgreementService(Database &database, PointsService &points, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_points(points)
{
}

Result<qint64> AgreementService::add(const Agreement &a)
{
    using R = Result<qint64>;
    const QSqlDatabase db = m_database.connection();
    const OrgFacts org = OrgFacts::read(db, a.orgId);
    if (!org.isAnyOf({OrgKind::Subdistrict, OrgKind::Community}))
        return R::failure(tr("An agreement is signed by a sub-district or a community; choose one."));
    if (!org.active)
        return R::failure(tr("%1 is retired; it signs no new agreements.").arg(org.name));
    QSqlQuery unit(db);
    unit.prepare(QStringLiteral("SELECT name, party_org FROM unit WHERE id = :id"));
    unit.bindValue(QStringLiteral(":id"), a.unitId);
    if (!SqlRead::run(unit) || !unit.next())
        return R::failure(tr("Choose the unit the agreement is signed with."));
    const QString unitName = unit.value(0).toString();
    if (unit.value(1).toString().trimmed() == org.name || unitName == org.name)
        return R::failure(tr("%1 cannot sign an agreement with itself.").arg(org.name));
    unit.finish();
    if (!a.signedOn.isValid() || !a.endsOn.isValid())
        return R::failure(tr("Give the date the agreement was signed and the date its term ends."));
    if (a.endsOn <= a.signedOn)
        return R::failure(tr("The term must end after the agreement is signed (%1).").arg(IsoDate::format(a.signedOn)));
    if (a.targetPerYear < 0 || a.targetPerYear > 52)
        return R::failure(tr("The target of joint activities a year must lie between 0 and 52."));
    QSqlQuery overlap(db);
    overlap.prepare(QStringLiteral("SELECT id FROM agreement WHERE org_id = :org AND unit_id = :unit AND kind = :kind "
                                   "AND signed_on <= :ends AND ends_on >= :signed"));
    overlap.bindValue(QStringLiteral(":org"), a.orgId);
    overlap.bindValue(QStringLiteral(":unit"), a.unitId);
    overlap.bindValue(QStringLiteral(":kind"), Cobuild::code(a.kind));
    overlap.bindValue(QStringLiteral(":ends"), IsoDate::format(a.endsOn));
    overlap.bindValue(QStringLiteral(":signed"), IsoDate::format(a.signedOn));
    if (SqlRead::run(overlap) && overlap.next())
        return R::failure(tr("%1 and %2 already have an agreement of this kind for that time (number %3).")
                              .arg(org.name, unitName)
                              .arg(overlap.value(0).toLongLong()));
    overlap.finish();

    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const auto id = SqlWrite::insert(db, QStringLiteral("agreement"),
                                     {{QStringLiteral("org_id"), a.orgId},
                                      {QStringLiteral("unit_id"), a.unitId},
                                      {QStringLiteral("kind"), Cobuild::code(a.kind)},
                                      {QStringLiteral("signed_on"), SqlWrite::date(a.signedOn)},
                                      {QStringLiteral("ends_on"), SqlWrite::date(a.endsOn)},
                                      {QStringLiteral("commitments"), SqlWrite::text(a.commitments)},
                                      {QStringLiteral("target_per_year"), a.targetPerYear},
                                      {QStringLiteral("created_at"), SqlWrite::now()}});
    if (!id)
        return R::failure(tr("The database refused the agreement: %1").arg(id.error()));
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed();
    return id.value();
}

Result<qint64> AgreementService::addActivity(const Activity &activity, const QDate &today)
{
    using R = Result<qint64>;
    const auto a = agreement(activity.agreementId);
    if (!a)
        return R::failure(tr("There is no agreement with number %1.").arg(activity.agreementId));
    if (activity.title.trimmed().isEmpty())
        return R::failure(tr("Give the activity a title."));
    if (!activity.heldOn.isValid())
        return R::failure(tr("Give the date the activity was held."));
    if (activity.heldOn > today)
        return R::failure(tr("An activity is logged once it has been held; %1 is in the future.").arg(IsoDate::format(activity.heldOn)));
    if (activity.heldOn < a->signedOn || activity.heldOn > a->endsOn)
        return R::failure(tr("The activity must fall within the agreement's term, %1 to %2.")
                              .arg(IsoDate::format(a->signedOn), IsoDate::format(a->endsOn)));
    if (activity.participants < activity.memberIds.size())
        return R::failure(tr("The participants (%1) cannot be fewer than the members taking part (%2).")
                              .arg(activity.participants)
                              .arg(activity.memberIds.size()));
    if (activity.pointsEach < 0 || activity.pointsEach > maxPointsPerActivity)
        return R::failure(tr("Points for an activity lie between 0 and %1.").arg(maxPointsPerActivity));
    if (!(activity.hours >= 0 && activity.hours <= 24))
        return R::failure(tr("An activity lasts at most 24 hours (0: not said)."));

    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (const Outcome place = VenueService::usableOn(db, activity.venueId, activity.heldOn); !place)
        return R::failure(place.error());
    const auto id = SqlWrite::insert(db, QStringLiteral("activity"),
                                     {{QStringLiteral("agreement_id"), activity.agreementId},
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
                                              tr("Joint activity: %1").arg(activity.title.trimmed()),
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

std::optional<Agreement> AgreementService::agreement(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT org_id, unit_id, kind, signed_on, ends_on, commitments, target_per_year "
                                 "FROM agreement WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    Agreement a;
    a.id = id;
    a.orgId = query.value(0).toLongLong();
    a.unitId = query.value(1).toLongLong();
    a.kind = Cobuild::fromCode<AgreementKind>(query.value(2).toString()).value_or(AgreementKind::Pairing);
    a.signedOn = IsoDate::fromSql(query.value(3));
    a.endsOn = IsoDate::fromSql(query.value(4));
    a.commitments = query.value(5).toString();
    a.targetPerYear = query.value(6).toInt();
    return a;
}

Fulfilment AgreementService::fulfilment(qint64 agreementId, const QDate &asOf) const
{
    const auto a = agreement(agreementId);
    if (!a)
        return {};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM activity WHERE agreement_id = :id AND held_on >= :from AND held_on <= :to"));
    query.bindValue(QStringLiteral(":id"), agreementId);
    query.bindValue(QStringLiteral(":from"), IsoDate::format(QDate(asOf.year(), 1, 1)));
    query.bindValue(QStringLiteral(":to"), IsoDate::format(asOf));
    const int done = SqlRead::run(query) && query.next() ? query.value(0).toInt() : 0;
    return Fulfilment::compute(a->signedOn, a->endsOn, a->targetPerYear, done, asOf);
}

QStringList AgreementService::activities(qint64 agreementId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT a.held_on, a.title, a.participants, (SELECT count(*) FROM activity_member m WHERE m.activity_id = a.id), a.hours "
                                 "FROM activity a WHERE a.agreement_id = :id ORDER BY a.held_on DESC, a.id DESC"));
    query.bindValue(QStringLiteral(":id"), agreementId);
    QStringList list;
    if (SqlRead::run(query)) {
        while (query.next())
            list.append(tr("%1 %2: %Ln taking part", nullptr, query.value(2).toInt())
                            .arg(query.value(0).toString(), query.value(1).toString())
                        + (query.value(4).toDouble() > 0 ? tr(", %1 h").arg(query.value(4).toDouble()) : QString())
                        + (query.value(3).toInt() ? tr(" (%Ln member(s) credited)", nullptr, query.value(3).toInt()) : QString()));
        SqlRead::finished(query);
    }
    return list;
}
