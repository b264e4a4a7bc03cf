#include "MemberService.h"

#include "IdNumber.h"
#include "core/IsoDate.h"
#include "store/SqlDialect.h"
#include "store/SqlWrite.h"
#include "store/Database.h"
#include "store/RecordVersion.h"
#include "store/Retrying.h"
#include "store/SqlRead.h"
#include "store/WriteTransaction.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

/// The moment of writing, in the SQL of the database's engine.
QString nowSql(const Database &database)
{
    return SqlDialect::of(database.connection()).now();
}

QVariant textOrNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

void bindFields(QSqlQuery &query, const Member &m)
{
    const bool flowing = m.category == MemberCategory::Flowing;
    const bool inService = m.category == MemberCategory::InService;
    query.bindValue(QStringLiteral(":org"), m.orgId);
    query.bindValue(QStringLiteral(":name"), m.name.trimmed());
    query.bindValue(QStringLiteral(":gender"), MemberEnums::code(m.gender));
    query.bindValue(QStringLiteral(":birth"), IsoDate::toSql(m.birthDate));
    query.bindValue(QStringLiteral(":ethnicity"), textOrNull(m.ethnicity));
    query.bindValue(QStringLiteral(":education"), textOrNull(m.education));
    query.bindValue(QStringLiteral(":idNumber"), textOrNull(IdNumber::normalised(m.idNumber)));
    query.bindValue(QStringLiteral(":joined"), IsoDate::toSql(m.joinedOn));
    query.bindValue(QStringLiteral(":full"), IsoDate::toSql(m.fullMemberOn));
    query.bindValue(QStringLiteral(":phone"), textOrNull(m.phone));
    query.bindValue(QStringLiteral(":category"), MemberEnums::code(m.category));
    // Details of another category are not kept: they would mislead later.
    query.bindValue(QStringLiteral(":flowingWhere"), flowing ? textOrNull(m.flowingWhere) : textOrNull(QString()));
    query.bindValue(QStringLiteral(":flowingSince"), IsoDate::toSql(flowing ? m.flowingSince : QDate()));
    query.bindValue(QStringLiteral(":employer"), inService ? textOrNull(m.employer) : textOrNull(QString()));
    query.bindValue(QStringLiteral(":reportedTo"),
                    inService && m.reportedToId ? QVariant(m.reportedToId) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":reportedOn"), IsoDate::toSql(inService ? m.reportedOn : QDate()));
    query.bindValue(QStringLiteral(":hours"), inService && m.serviceHours ? QVariant(*m.serviceHours)
                                                                          : QVariant(QMetaType::fromType<double>()));
    query.bindValue(QStringLiteral(":notes"), textOrNull(m.notes));
}

QString insertSql(const Database &database)
{
    return QStringLiteral(
        "INSERT INTO member (org_id, name, gender, birth_date, ethnicity, education, id_number, joined_on, "
        "full_member_on, phone, category, flowing_where, flowing_since, employer, reported_to_id, reported_on, "
        "service_hours, status, status_on, notes, created_at, updated_at, modified_by) VALUES (:org, :name, :gender, "
        ":birth, :ethnicity, :education, :idNumber, :joined, :full, :phone, :category, :flowingWhere, :flowingSince, "
        ":employer, :reportedTo, :reportedOn, :hours, 'active', NULL, :notes, %1, %1, :modifiedBy) RETURNING id")
        .arg(nowSql(database));
}

Outcome refusedBy(const QSqlQuery &query)
{
    return Outcome::failure(MemberService::tr("The database refused the change: %1").arg(StoreHealth::describe(query.lastError())));
}

} // namespace

MemberService::MemberService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database)
{
}

std::optional<OrgKind> MemberService::kindOf(qint64 orgId) const
{
    if (orgId == 0)
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT kind FROM organisation WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), orgId);
    if (SqlRead::run(query) && query.next())
        return OrgKinds::fromCode(query.value(0).toString());
    return std::nullopt;
}

QList<MemberValidator::Problem> MemberService::problems(const Member &member, const QDate &today) const
{
    Member checked = member;
    checked.idNumber = IdNumber::normalised(member.idNumber);
    auto found = MemberValidator::check(checked, kindOf(member.orgId), kindOf(member.reportedToId), today);
    // A retired organisation keeps the members it had, but takes no new ones.
    const auto current = member.id ? m_repository.find(member.id) : std::nullopt;
    const auto retired = [this](qint64 orgId) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT dissolved_on IS NOT NULL FROM organisation WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), orgId);
        return SqlRead::run(query) && query.next() && query.value(0).toBool();
    };
    if (member.orgId && (!current || current->orgId != member.orgId) && retired(member.orgId))
        found.append({MemberValidator::Field::Organisation, tr("The branch is retired; it takes no new members.")});
    if (member.category == MemberCategory::InService && member.reportedToId
        && (!current || current->reportedToId != member.reportedToId) && retired(member.reportedToId))
        found.append({MemberValidator::Field::ReportedTo, tr("The community is retired; members no longer report there.")});
    if (!checked.idNumber.isEmpty()) {
        const auto holder = m_repository.findByIdNumber(checked.idNumber);
        if (holder && *holder != member.id)
            found.append({MemberValidator::Field::IdNumber,
                          tr("This ID number is already that of %1.").arg(m_repository.whoIs(*holder))});
    }
    return found;
}

Result<qint64> MemberService::add(const Member &member)
{
    // Undone by the server to keep two clerks' changes apart: tried again (Retrying).
    return Retrying::run(m_database.connection(), [&] { return addOnce(member); });
}

Result<qint64> MemberService::addOnce(const Member &member)
{
    using R = Result<qint64>;
    Member fresh = member;
    fresh.id = 0;
    if (const auto found = problems(fresh); !found.isEmpty())
        return R::failure(MemberValidator::describe(found));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(insertSql(m_database));
    bindFields(query, fresh);
    RecordVersion::bindActor(query, m_database);
    if (!query.exec())
        return R::failure(refusedBy(query).error());
    const qint64 id = SqlWrite::returnedId(query);
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT added(id);
    return id;
}

Result<int> MemberService::addAll(const QList<Member> &members)
{
    using R = Result<int>;
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(insertSql(m_database));
    for (const Member &member : members) {
        bindFields(query, member);
        RecordVersion::bindActor(query, m_database);
        if (!query.exec())
            return R::failure(tr("%1 could not be saved: %2").arg(member.name, StoreHealth::describe(query.lastError())));
        query.finish(); // the id it returns is not needed here; the statement must not stay open
    }
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT reset();
    return int(members.size());
}

Outcome MemberService::update(const Member &member)
{
    // Undone by the server to keep two clerks' changes apart: tried again (Retrying).
    return Retrying::run(m_database.connection(), [&] { return updateOnce(member); });
}

Outcome MemberService::updateOnce(const Member &member)
{
    const auto current = m_repository.find(member.id);
    if (!current && member.version) // read in a form, deleted since
        return RecordVersion::refusal(m_database, QStringLiteral("member"), member.id);
    if (!current)
        return Outcome::failure(tr("There is no member with number %1.").arg(member.id));
    Member checked = member;
    checked.status = current->status;
    checked.statusOn = current->statusOn;
    if (const auto found = problems(checked); !found.isEmpty())
        return Outcome::failure(MemberValidator::describe(found));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE member SET org_id = :org, name = :name, gender = :gender, birth_date = :birth, ethnicity = :ethnicity, "
        "education = :education, id_number = :idNumber, joined_on = :joined, full_member_on = :full, phone = :phone, "
        "category = :category, flowing_where = :flowingWhere, flowing_since = :flowingSince, employer = :employer, "
        "reported_to_id = :reportedTo, reported_on = :reportedOn, service_hours = :hours, notes = :notes, "
        "%1 WHERE id = :id AND %2")
                      .arg(RecordVersion::set(m_database), RecordVersion::matches()));
    bindFields(query, checked);
    query.bindValue(QStringLiteral(":id"), checked.id);
    RecordVersion::bind(query, m_database, checked.version);
    if (!query.exec())
        return refusedBy(query);
    if (const Outcome saved = RecordVersion::confirm(query, m_database, QStringLiteral("member"), checked.id); !saved)
        return saved;
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed(checked.id);
    return Outcome::success();
}

Outcome MemberService::setStatus(qint64 id, MemberStatus status, const QDate &on, const QDate &today)
{
    // Undone by the server to keep two clerks' changes apart: tried again (Retrying).
    return Retrying::run(m_database.connection(), [&] { return setStatusOnce(id, status, on, today); });
}

Outcome MemberService::setStatusOnce(qint64 id, MemberStatus status, const QDate &on, const QDate &today)
{
    auto member = m_repository.find(id);
    if (!member)
        return Outcome::failure(tr("There is no member with number %1.").arg(id));
    member->status = status;
    member->statusOn = status == MemberStatus::Active ? QDate() : on;
    if (status != MemberStatus::Active) {
        const auto found = MemberValidator::check(*member, kindOf(member->orgId), kindOf(member->reportedToId), today);
        for (const auto &problem : found) {
            if (problem.field == MemberValidator::Field::Status)
                return Outcome::failure(problem.message);
        }
    }
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    // Counted on the version just read: a status another clerk changed meanwhile is not written over.
    query.prepare(QStringLiteral("UPDATE member SET status = :status, status_on = :on, %1 WHERE id = :id AND %2")
                      .arg(RecordVersion::set(m_database), RecordVersion::matches()));
    query.bindValue(QStringLiteral(":status"), MemberEnums::code(status));
    query.bindValue(QStringLiteral(":on"), IsoDate::toSql(member->statusOn));
    query.bindValue(QStringLiteral(":id"), id);
    RecordVersion::bind(query, m_database, member->version);
    if (!query.exec())
        return refusedBy(query);
    if (const Outcome saved = RecordVersion::confirm(query, m_database, QStringLiteral("member"), id); !saved)
        return saved;
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed(id);
    return Outcome::success();
}

Outcome MemberService::remove(qint64 id)
{
    if (!m_repository.find(id))
        return Outcome::failure(tr("There is no member with number %1.").arg(id));
    if (m_repository.hasHistory(id))
        return Outcome::failure(tr("This member has history (service points, roles or a household) and cannot be "
                                   "deleted; record a transfer instead."));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM member WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return refusedBy(query);
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT removed(id);
    return Outcome::success();
}

Outcome MemberService::linkHousehold(qint64 householdId, qint64 memberId)
{
    if (kindOf(householdId) != OrgKind::Household)
        return Outcome::failure(tr("Only a party-member central household can be linked to a member."));
    if (memberId != 0 && !m_repository.find(memberId))
        return Outcome::failure(tr("There is no member with number %1.").arg(memberId));
    qint64 previous = 0;
    {
        QSqlQuery linked(m_database.connection());
        linked.prepare(QStringLiteral("SELECT member_id FROM organisation WHERE id = :id"));
        linked.bindValue(QStringLiteral(":id"), householdId);
        if (SqlRead::run(linked) && linked.next())
            previous = linked.value(0).toLongLong();
    }
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE organisation SET member_id = :member, updated_at = %1 WHERE id = :id").arg(nowSql(m_database)));
    query.bindValue(QStringLiteral(":member"), memberId ? QVariant(memberId) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":id"), householdId);
    if (!query.exec())
        return refusedBy(query);
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    if (previous && previous != memberId)
        Q_EMIT changed(previous);
    if (memberId)
        Q_EMIT changed(memberId);
    return Outcome::success();
}
