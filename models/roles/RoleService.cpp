#include "RoleService.h"

#include "core/IsoDate.h"
#include "members/MemberValidator.h"
#include "store/SqlDialect.h"
#include "store/SqlWrite.h"
#include "store/Database.h"
#include "store/SqlRead.h"
#include "store/WriteTransaction.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RoleKinds {

const QList<RoleKind> &all()
{
    static const QList<RoleKind> kinds = {RoleKind::Secretary,        RoleKind::GridHead,          RoleKind::GridWorker,
                                          RoleKind::BuildingHead,     RoleKind::Informant,         RoleKind::PartTimeMember,
                                          RoleKind::SecretaryAssistant, RoleKind::CommitteeDirector, RoleKind::Police,
                                          RoleKind::Judicial,         RoleKind::MarketRegulation,  RoleKind::UrbanManagement,
                                          RoleKind::PropertyStaff};
    return kinds;
}

bool isGridForce(RoleKind kind)
{
    return kind == RoleKind::Police || kind == RoleKind::Judicial || kind == RoleKind::MarketRegulation
           || kind == RoleKind::UrbanManagement || kind == RoleKind::PropertyStaff;
}

QString code(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Secretary: return QStringLiteral("secretary");
    case RoleKind::GridHead: return QStringLiteral("grid_head");
    case RoleKind::GridWorker: return QStringLiteral("grid_worker");
    case RoleKind::BuildingHead: return QStringLiteral("building_head");
    case RoleKind::Informant: return QStringLiteral("informant");
    case RoleKind::PartTimeMember: return QStringLiteral("part_time_member");
    case RoleKind::SecretaryAssistant: return QStringLiteral("secretary_assistant");
    case RoleKind::CommitteeDirector: return QStringLiteral("committee_director");
    case RoleKind::Police: return QStringLiteral("police");
    case RoleKind::Judicial: return QStringLiteral("judicial");
    case RoleKind::MarketRegulation: return QStringLiteral("market_regulation");
    case RoleKind::UrbanManagement: return QStringLiteral("urban_management");
    case RoleKind::PropertyStaff: return QStringLiteral("property_staff");
    }
    return {};
}

std::optional<RoleKind> fromCode(const QString &text)
{
    for (RoleKind kind : all()) {
        if (code(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString displayName(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Secretary: return QCoreApplication::translate("RoleKind", "Secretary");
    case RoleKind::GridHead: return QCoreApplication::translate("RoleKind", "Grid head");
    case RoleKind::GridWorker: return QCoreApplication::translate("RoleKind", "Grid worker");
    case RoleKind::BuildingHead: return QCoreApplication::translate("RoleKind", "Building head");
    case RoleKind::Informant: return QCoreApplication::translate("RoleKind", "Informant");
    case RoleKind::PartTimeMember: return QCoreApplication::translate("RoleKind", "Part-time committee member");
    case RoleKind::SecretaryAssistant: return QCoreApplication::translate("RoleKind", "Secretary's assistant");
    case RoleKind::CommitteeDirector: return QCoreApplication::translate("RoleKind", "Residents' committee director");
    case RoleKind::Police: return QCoreApplication::translate("RoleKind", "Community police officer");
    case RoleKind::Judicial: return QCoreApplication::translate("RoleKind", "Judicial officer");
    case RoleKind::MarketRegulation: return QCoreApplication::translate("RoleKind", "Market regulation officer");
    case RoleKind::UrbanManagement: return QCoreApplication::translate("RoleKind", "Urban management officer");
    case RoleKind::PropertyStaff: return QCoreApplication::translate("RoleKind", "Property staff");
    }
    return {};
}

} // namespace RoleKinds

RoleService::RoleService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

Result<qint64> RoleService::add(const Role &role)
{
    using R = Result<qint64>;
    if (role.personName.trimmed().isEmpty())
        return R::failure(tr("Give the person's name."));
    if (!role.phone.isEmpty() && !MemberValidator::isMobileNumber(role.phone))
        return R::failure(tr("The phone number must be 11 digits (13912345678)."));
    if (role.startedOn.isValid() && role.endedOn.isValid() && role.endedOn < role.startedOn)
        return R::failure(tr("A role cannot end before it starts."));
    QSqlQuery kind(m_database.connection());
    kind.prepare(QStringLiteral("SELECT kind, dissolved_on IS NULL FROM organisation WHERE id = :id"));
    kind.bindValue(QStringLiteral(":id"), role.orgId);
    if (!SqlRead::run(kind) || !kind.next())
        return R::failure(tr("There is no organisation with id %1.").arg(role.orgId));
    const QString orgKind = kind.value(0).toString();
    if (!kind.value(1).toBool())
        return R::failure(tr("The organisation is retired; no role can start in it."));
    kind.finish();
    if ((role.kind == RoleKind::GridHead || role.kind == RoleKind::GridWorker) && orgKind != QLatin1String("grid"))
        return R::failure(tr("Grid heads and grid workers belong to a grid."));
    // A building head leads a building group, or a building of a grid that has no party group.
    if (role.kind == RoleKind::BuildingHead && orgKind != QLatin1String("building_group") && orgKind != QLatin1String("grid"))
        return R::failure(tr("Building heads belong to a building group, or to a grid for a building without one."));
    if (RoleKinds::isGridForce(role.kind) && orgKind != QLatin1String("grid"))
        return R::failure(tr("The forces sent down (police, judicial, market regulation, urban management, property) serve a grid."));
    if ((role.kind == RoleKind::SecretaryAssistant || role.kind == RoleKind::CommitteeDirector) && orgKind != QLatin1String("community"))
        return R::failure(tr("Secretary's assistants and residents' committee directors belong to a community."));
    // Sent down by the sub-district for a term: from when.
    if (role.kind == RoleKind::SecretaryAssistant && !role.startedOn.isValid())
        return R::failure(tr("Give the day the secretary's assistant was sent down (the term's start)."));

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO role (org_id, kind, person_name, phone, member_id, unit_name, started_on, ended_on, created_at) "
        "VALUES (:org, :kind, :name, :phone, :member, :unit, :started, :ended, %1) RETURNING id").arg(SqlDialect::of(m_database.connection()).now()));
    query.bindValue(QStringLiteral(":org"), role.orgId);
    query.bindValue(QStringLiteral(":kind"), RoleKinds::code(role.kind));
    query.bindValue(QStringLiteral(":name"), role.personName.trimmed());
    query.bindValue(QStringLiteral(":phone"), role.phone.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(role.phone));
    query.bindValue(QStringLiteral(":member"), role.memberId ? QVariant(role.memberId) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":unit"), role.unitName.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                              : QVariant(role.unitName.trimmed()));
    query.bindValue(QStringLiteral(":started"), IsoDate::toSql(role.startedOn));
    query.bindValue(QStringLiteral(":ended"), IsoDate::toSql(role.endedOn));
    if (!query.exec())
        return R::failure(tr("The database refused the role: %1").arg(StoreHealth::describe(query.lastError())));
    const qint64 id = SqlWrite::returnedId(query);
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed(role.orgId);
    return id;
}

Outcome RoleService::end(qint64 roleId, const QDate &on)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT org_id, started_on, ended_on FROM role WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), roleId);
    if (!SqlRead::run(query) || !query.next())
        return Outcome::failure(tr("There is no role with number %1.").arg(roleId));
    const qint64 orgId = query.value(0).toLongLong();
    const QDate started = IsoDate::fromSql(query.value(1));
    if (!query.value(2).isNull())
        return Outcome::failure(tr("The role has already ended."));
    query.finish();
    if (!on.isValid() || (started.isValid() && on < started))
        return Outcome::failure(tr("A role cannot end before it starts (%1).").arg(IsoDate::format(started)));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    query.prepare(QStringLiteral("UPDATE role SET ended_on = :on WHERE id = :id"));
    query.bindValue(QStringLiteral(":on"), IsoDate::format(on));
    query.bindValue(QStringLiteral(":id"), roleId);
    if (!query.exec())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed(orgId);
    return Outcome::success();
}

QList<Role> RoleService::roles(qint64 orgId, bool includeEnded, const QDate &today) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, org_id, kind, person_name, phone, member_id, unit_name, started_on, ended_on "
                                 "FROM role WHERE org_id = :org%1 ORDER BY CASE kind WHEN 'secretary' THEN 0 WHEN 'grid_head' THEN 1 WHEN 'grid_worker' THEN 2 WHEN 'building_head' THEN 3 WHEN 'informant' THEN 4 ELSE 5 END, id")
                      .arg(includeEnded ? QString()
                                       : QStringLiteral(" AND (ended_on IS NULL OR ended_on >= :today) "
                                                        "AND (started_on IS NULL OR started_on <= :today)")));
    query.bindValue(QStringLiteral(":org"), orgId);
    if (!includeEnded)
        query.bindValue(QStringLiteral(":today"), IsoDate::format(today));
    QList<Role> list;
    if (!SqlRead::run(query))
        return list;
    while (query.next()) {
        Role role;
        role.id = query.value(0).toLongLong();
        role.orgId = query.value(1).toLongLong();
        role.kind = RoleKinds::fromCode(query.value(2).toString()).value_or(RoleKind::GridWorker);
        role.personName = query.value(3).toString();
        role.phone = query.value(4).toString();
        role.memberId = query.value(5).toLongLong();
        role.unitName = query.value(6).toString();
        role.startedOn = IsoDate::fromSql(query.value(7));
        role.endedOn = IsoDate::fromSql(query.value(8));
        list.append(role);
    }
    SqlRead::finished(query);
    return list;
}

GridStaffing RoleService::staffing(qint64 gridId, const QDate &today) const
{
    GridStaffing staffing;
    for (const Role &role : roles(gridId, false, today)) {
        if (role.kind == RoleKind::GridHead)
            ++staffing.heads;
        else if (role.kind == RoleKind::GridWorker)
            ++staffing.workers;
    }
    return staffing;
}

bool RoleService::secretaryHoldsBoth(qint64 communityId, const QDate &day) const
{
    QList<Role> secretaries;
    QList<Role> directors;
    for (const Role &role : roles(communityId, false, day)) {
        if (role.startedOn.isValid() && role.startedOn > day)
            continue;
        if (role.kind == RoleKind::Secretary)
            secretaries.append(role);
        else if (role.kind == RoleKind::CommitteeDirector)
            directors.append(role);
    }
    for (const Role &s : secretaries) {
        for (const Role &d : directors) {
            const bool sameMember = s.memberId && s.memberId == d.memberId;
            const bool sameName = (!s.memberId || !d.memberId) && s.personName.trimmed() == d.personName.trimmed();
            if (sameMember || sameName)
                return true;
        }
    }
    return false;
}
