#include "AgreementService.h"

#include "OrgFacts.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

AgreementService::AgreementService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
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

QList<std::pair<Agreement, QString>> AgreementService::inForce(qint64 orgId, const QDate &day) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT a.id, a.unit_id, a.kind, a.signed_on, a.ends_on, u.name FROM agreement a JOIN unit u ON u.id = a.unit_id "
                                 "WHERE a.org_id = :org AND a.signed_on <= :day AND a.ends_on >= :day ORDER BY a.signed_on, a.id"));
    query.bindValue(QStringLiteral(":org"), orgId);
    query.bindValue(QStringLiteral(":day"), IsoDate::format(day));
    QList<std::pair<Agreement, QString>> list;
    SqlRead::eachRow(query, [&](const QSqlQuery &q) {
        Agreement a;
        a.id = q.value(0).toLongLong();
        a.orgId = orgId;
        a.unitId = q.value(1).toLongLong();
        a.kind = Cobuild::fromCode<AgreementKind>(q.value(2).toString()).value_or(AgreementKind::Pairing);
        a.signedOn = IsoDate::fromSql(q.value(3));
        a.endsOn = IsoDate::fromSql(q.value(4));
        list.append({a, q.value(5).toString()});
    });
    return list;
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
