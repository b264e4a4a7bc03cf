#include "UnitService.h"

#include "OrgFacts.h"
#include "core/IsoDate.h"
#include "members/MemberValidator.h"
#include "roles/RoleService.h"
#include "store/Database.h"
#include "store/RecordVersion.h"
#include "store/Retrying.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>

UnitService::UnitService(Database &database, RoleService &roles, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_roles(roles)
{
}

Outcome UnitService::check(const Unit &unit) const
{
    if (unit.name.trimmed().isEmpty())
        return Outcome::failure(tr("Give the unit's name."));
    const OrgFacts org = OrgFacts::read(m_database.connection(), unit.orgId);
    if (!org.isAnyOf({OrgKind::Subdistrict, OrgKind::Community}))
        return Outcome::failure(tr("A unit is resident in a sub-district or a community; choose one."));
    if (!org.active)
        return Outcome::failure(tr("%1 is retired; choose where the unit is now.").arg(org.name));
    if (!unit.phone.isEmpty() && !MemberValidator::isPhoneNumber(unit.phone))
        return Outcome::failure(tr("The phone number is not valid: use 11 digits for a mobile or the area code and number (0556-5512345)."));
    QSqlQuery same(m_database.connection());
    same.prepare(QStringLiteral("SELECT 1 FROM unit WHERE name = :name AND id <> :id"));
    same.bindValue(QStringLiteral(":name"), unit.name.trimmed());
    same.bindValue(QStringLiteral(":id"), unit.id);
    if (SqlRead::run(same) && same.next())
        return Outcome::failure(tr("There is already a unit named %1.").arg(unit.name.trimmed()));
    return Outcome::success();
}

Result<qint64> UnitService::add(const Unit &unit)
{
    // Undone by the server to keep two clerks' changes apart: tried again (Retrying).
    return Retrying::run(m_database.connection(), [&] { return addOnce(unit); });
}

Result<qint64> UnitService::insert(const Unit &unit)
{
    const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("unit"),
                                     {{QStringLiteral("org_id"), unit.orgId},
                                      {QStringLiteral("name"), unit.name.trimmed()},
                                      {QStringLiteral("type"), Cobuild::code(unit.type)},
                                      {QStringLiteral("address"), SqlWrite::text(unit.address)},
                                      {QStringLiteral("contact"), SqlWrite::text(unit.contact)},
                                      {QStringLiteral("phone"), SqlWrite::text(unit.phone)},
                                      {QStringLiteral("party_org"), SqlWrite::text(unit.partyOrg)},
                                      {QStringLiteral("secretary"), SqlWrite::text(unit.secretary)},
                                      {QStringLiteral("created_at"), SqlWrite::now()},
                                      {QStringLiteral("updated_at"), SqlWrite::now()},
                                      {QStringLiteral("modified_by"), m_database.actor()}});
    if (!id)
        return Result<qint64>::failure(tr("The database refused the unit %1: %2").arg(unit.name.trimmed(), id.error()));
    return id.value();
}

Result<qint64> UnitService::addOnce(const Unit &unit)
{
    using R = Result<qint64>;
    if (const Outcome ok = check(unit); !ok)
        return R::failure(ok.error());
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const auto id = insert(unit);
    if (!id)
        return id;
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed();
    return id.value();
}

Result<int> UnitService::addAll(const QList<Unit> &units)
{
    return Retrying::run(m_database.connection(), [&]() -> Result<int> {
        WriteTransaction transaction(m_database.connection());
        if (!transaction.isActive())
            return Result<int>::failure(transaction.error());
        for (const Unit &unit : units) {
            if (const Outcome ok = check(unit); !ok)
                return Result<int>::failure(ok.error());
            if (const auto id = insert(unit); !id)
                return Result<int>::failure(id.error());
        }
        if (!transaction.commit())
            return Result<int>::failure(transaction.error());
        Q_EMIT changed();
        return int(units.size());
    });
}

Outcome UnitService::update(const Unit &unit)
{
    // Undone by the server to keep two clerks' changes apart: tried again (Retrying).
    return Retrying::run(m_database.connection(), [&] { return updateOnce(unit); });
}

Outcome UnitService::updateOnce(const Unit &unit)
{
    const bool exists = this->unit(unit.id).has_value();
    if (!exists && unit.version) // read in a form, deleted since
        return RecordVersion::refusal(m_database, QStringLiteral("unit"), unit.id);
    if (!exists)
        return Outcome::failure(tr("There is no unit with number %1.").arg(unit.id));
    if (const Outcome ok = check(unit); !ok)
        return ok;
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE unit SET org_id = :org, name = :name, type = :type, address = :address, "
                                 "contact = :contact, phone = :phone, party_org = :party, secretary = :secretary, %1 "
                                 "WHERE id = :id AND %2")
                      .arg(RecordVersion::set(m_database), RecordVersion::matches()));
    query.bindValue(QStringLiteral(":org"), unit.orgId);
    query.bindValue(QStringLiteral(":name"), unit.name.trimmed());
    query.bindValue(QStringLiteral(":type"), Cobuild::code(unit.type));
    query.bindValue(QStringLiteral(":address"), SqlWrite::text(unit.address));
    query.bindValue(QStringLiteral(":contact"), SqlWrite::text(unit.contact));
    query.bindValue(QStringLiteral(":phone"), SqlWrite::text(unit.phone));
    query.bindValue(QStringLiteral(":party"), SqlWrite::text(unit.partyOrg));
    query.bindValue(QStringLiteral(":secretary"), SqlWrite::text(unit.secretary));
    query.bindValue(QStringLiteral(":id"), unit.id);
    RecordVersion::bind(query, m_database, unit.version);
    if (!query.exec())
        return Outcome::failure(tr("The database refused the change: %1").arg(StoreHealth::describe(query.lastError())));
    if (const Outcome saved = RecordVersion::confirm(query, m_database, QStringLiteral("unit"), unit.id); !saved)
        return saved;
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed();
    return Outcome::success();
}

Result<qint64> UnitService::join(const UnitMembership &membership)
{
    using R = Result<qint64>;
    const auto unit = this->unit(membership.unitId);
    if (!unit)
        return R::failure(tr("There is no unit with number %1.").arg(membership.unitId));
    const OrgFacts org = OrgFacts::read(m_database.connection(), membership.orgId);
    if (!org.isAnyOf({OrgKind::Subdistrict, OrgKind::Community}))
        return R::failure(tr("Units join the 大工委 of a sub-district or the 大党委 of a community."));
    if (!membership.joinedOn.isValid())
        return R::failure(tr("Give the date the unit joined."));
    if (membership.termEnds.isValid() && membership.termEnds < membership.joinedOn)
        return R::failure(tr("The term cannot end before the unit joins."));
    QSqlQuery seated(m_database.connection());
    seated.prepare(QStringLiteral("SELECT 1 FROM unit_membership WHERE unit_id = :unit AND org_id = :org AND "
                                  "(left_on IS NULL OR left_on >= :on)"));
    seated.bindValue(QStringLiteral(":unit"), membership.unitId);
    seated.bindValue(QStringLiteral(":org"), membership.orgId);
    seated.bindValue(QStringLiteral(":on"), SqlWrite::date(membership.joinedOn));
    if (SqlRead::run(seated) && seated.next())
        return R::failure(tr("%1 already has a seat in the committee of %2.").arg(unit->name, org.name));
    seated.finish();

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    qint64 roleId = 0;
    if (!membership.memberName.trimmed().isEmpty()) {
        Role role;
        role.orgId = membership.orgId;
        role.kind = RoleKind::PartTimeMember;
        role.personName = membership.memberName;
        role.phone = membership.phone;
        role.unitName = unit->name;
        role.startedOn = membership.joinedOn;
        role.endedOn = membership.termEnds;
        const auto added = m_roles.add(role);
        if (!added)
            return R::failure(added.error());
        roleId = added.value();
    }
    const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("unit_membership"),
                                     {{QStringLiteral("unit_id"), membership.unitId},
                                      {QStringLiteral("org_id"), membership.orgId},
                                      {QStringLiteral("role_id"), SqlWrite::ref(roleId)},
                                      {QStringLiteral("joined_on"), SqlWrite::date(membership.joinedOn)}});
    if (!id)
        return R::failure(tr("The database refused the seat: %1").arg(id.error()));
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed();
    return id.value();
}

namespace {

Unit unitFrom(const QSqlQuery &query)
{
    Unit unit;
    unit.id = query.value(0).toLongLong();
    unit.orgId = query.value(1).toLongLong();
    unit.name = query.value(2).toString();
    unit.type = Cobuild::fromCode<UnitType>(query.value(3).toString()).value_or(UnitType::Organ);
    unit.address = query.value(4).toString();
    unit.contact = query.value(5).toString();
    unit.phone = query.value(6).toString();
    unit.partyOrg = query.value(7).toString();
    unit.secretary = query.value(8).toString();
    unit.version = query.value(9).toInt();
    return unit;
}

const QString unitColumns = QStringLiteral("SELECT u.id, u.org_id, u.name, u.type, u.address, u.contact, u.phone, u.party_org, u.secretary, u.version FROM unit u");

} // namespace

std::optional<Unit> UnitService::unit(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(unitColumns + QStringLiteral(" WHERE u.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    return unitFrom(query);
}

QList<Unit> UnitService::units(qint64 orgId) const
{
    SqlCondition condition;
    condition.addSubtree(m_database.connection(), orgId, QStringLiteral("u.org_id"));
    QSqlQuery query(m_database.connection());
    query.prepare(unitColumns + condition.sql() + QStringLiteral(" ORDER BY u.name"));
    condition.bind(query);
    QList<Unit> list;
    if (SqlRead::run(query)) {
        while (query.next())
            list.append(unitFrom(query));
        SqlRead::finished(query);
    }
    return list;
}

std::optional<qint64> UnitService::find(const Database &database, const QString &idOrName)
{
    bool isNumber = false;
    const qint64 id = idOrName.trimmed().toLongLong(&isNumber);
    const auto found = SqlRead::value(database.connection(), QStringLiteral("SELECT id FROM unit WHERE id = :id OR name = :name"),
                                      {{QStringLiteral(":id"), isNumber ? id : qint64(-1)}, {QStringLiteral(":name"), idOrName.trimmed()}});
    if (!found || !found.value().isValid())
        return std::nullopt;
    return found.value().toLongLong();
}

QStringList UnitService::seats(qint64 unitId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT o.name, r.person_name, s.joined_on, coalesce(s.left_on, r.ended_on) FROM unit_membership s "
                                 "JOIN organisation o ON o.id = s.org_id LEFT JOIN role r ON r.id = s.role_id "
                                 "WHERE s.unit_id = :unit ORDER BY s.joined_on, s.id"));
    query.bindValue(QStringLiteral(":unit"), unitId);
    QStringList list;
    if (SqlRead::run(query)) {
        while (query.next()) {
            const QString who = query.value(1).toString();
            const QString until = query.value(3).toString();
            list.append(tr("%1: %2, %3 to %4")
                            .arg(query.value(0).toString(), who.isEmpty() ? tr("no part-time member named") : who,
                                 query.value(2).toString(), until.isEmpty() ? tr("open") : until));
        }
        SqlRead::finished(query);
    }
    return list;
}

QList<UnitService::Seat> UnitService::seatsOf(qint64 unitId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT s.id, o.name, r.person_name, s.joined_on, s.left_on FROM unit_membership s "
                                 "JOIN organisation o ON o.id = s.org_id LEFT JOIN role r ON r.id = s.role_id "
                                 "WHERE s.unit_id = :unit ORDER BY s.joined_on, s.id"));
    query.bindValue(QStringLiteral(":unit"), unitId);
    QList<Seat> list;
    if (SqlRead::run(query)) {
        while (query.next())
            list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         IsoDate::fromSql(query.value(3)), IsoDate::fromSql(query.value(4))});
        SqlRead::finished(query);
    }
    return list;
}

Outcome UnitService::leave(qint64 membershipId, const QDate &on)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT joined_on, left_on, role_id FROM unit_membership WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), membershipId);
    if (!SqlRead::run(query) || !query.next())
        return Outcome::failure(tr("There is no such seat."));
    const QDate joined = IsoDate::fromSql(query.value(0));
    if (!query.value(1).isNull())
        return Outcome::failure(tr("The unit left that committee on %1.").arg(query.value(1).toString()));
    const qint64 roleId = query.value(2).toLongLong();
    query.finish();
    if (!on.isValid() || on < joined)
        return Outcome::failure(tr("A unit cannot leave before it joined (%1).").arg(IsoDate::format(joined)));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    const Outcome done = SqlWrite::exec(m_database.connection(), QStringLiteral("UPDATE unit_membership SET left_on = :on WHERE id = :id"),
                                        {{QStringLiteral(":on"), IsoDate::format(on)}, {QStringLiteral(":id"), membershipId}});
    if (!done)
        return done;
    // The part-time member's term ends with the seat (unless it ended already).
    if (roleId) {
        QSqlQuery role(m_database.connection());
        role.prepare(QStringLiteral("SELECT ended_on FROM role WHERE id = :id"));
        role.bindValue(QStringLiteral(":id"), roleId);
        // Part of the write: a failed read would end a term that already ended earlier, so the
        // change is refused (and rolled back) instead.
        if (!role.exec())
            return Outcome::failure(StoreHealth::describe(role.lastError()));
        const QDate ended = role.next() ? IsoDate::fromSql(role.value(0)) : QDate();
        role.finish();
        if (!ended.isValid() || ended > on) {
            const Outcome ends = SqlWrite::exec(m_database.connection(), QStringLiteral("UPDATE role SET ended_on = :on WHERE id = :id"),
                                                {{QStringLiteral(":on"), IsoDate::format(on)}, {QStringLiteral(":id"), roleId}});
            if (!ends)
                return ends;
        }
    }
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed();
    return Outcome::success();
}
