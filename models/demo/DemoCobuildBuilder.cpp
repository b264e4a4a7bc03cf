#include "DemoCobuildBuilder.h"

#include "DemoCobuildTexts.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "core/IsoDate.h"
#include "store/BulkInsert.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

Outcome failed(const BulkInsert &statement)
{
    return Outcome::failure(statement.error());
}

} // namespace

DemoCobuildBuilder::DemoCobuildBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf, DemoArea &area)
    : m_db(db)
    , m_random(random)
    , m_asOf(asOf)
    , m_area(area)
    , m_timestamp(asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z"))
{
}

Outcome DemoCobuildBuilder::build(double scale, const std::function<bool(double)> &progress)
{
    if (m_area.communities.isEmpty())
        return Outcome::success();
    // Yingjiang: 36 organs and 45 non-public and social units pair with communities, with the
    // institutions, state-owned enterprises, schools and property companies about 110 units;
    // 100+ agreements.
    if (const Outcome done = units(std::max(8, int(std::lround(110 * scale)))); !done)
        return done;
    if (progress && !progress(0.3))
        return Outcome::failure(QStringLiteral("cancelled"));
    if (const Outcome done = agreements(std::max(6, int(std::lround(124 * scale)))); !done)
        return done;
    if (progress && !progress(1.0))
        return Outcome::failure(QStringLiteral("cancelled"));
    return Outcome::success();
}

Outcome DemoCobuildBuilder::units(int count)
{
    BulkInsert unit(m_db, QStringLiteral("INSERT INTO unit (org_id, name, type, address, contact, phone, party_org, secretary, created_at) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    BulkInsert role(m_db, QStringLiteral("INSERT INTO role (org_id, kind, person_name, phone, unit_name, started_on, ended_on, created_at) "
                                         "VALUES (?1, 'part_time_member', ?2, ?3, ?4, ?5, ?6, ?7)"));
    BulkInsert seat(m_db, QStringLiteral("INSERT INTO unit_membership (unit_id, org_id, role_id, joined_on) VALUES (?1, ?2, ?3, ?4)"));
    for (const BulkInsert *statement : {&unit, &role, &seat}) {
        if (!statement->isValid())
            return failed(*statement);
    }
    const auto addSeat = [&](qint64 unitId, const QString &unitName, qint64 orgId) -> Outcome {
        const QDate joined = m_random.dateBetween(m_asOf.addYears(-5), m_asOf.addDays(-30));
        role.bind(1, orgId);
        role.bind(2, DemoNames::person(m_random));
        role.bind(3, DemoNames::mobile(m_random));
        role.bind(4, unitName);
        role.bind(5, IsoDate::format(joined));
        role.bind(6, IsoDate::format(joined.addYears(5).addDays(-1)));
        role.bind(7, m_timestamp);
        if (!role.exec())
            return failed(role);
        seat.bind(1, unitId);
        seat.bind(2, orgId);
        seat.bind(3, role.lastInsertId());
        seat.bind(4, IsoDate::format(joined));
        return seat.exec() ? Outcome::success() : failed(seat);
    };

    QSet<QString> names;
    for (int i = 0; i < count; ++i) {
        const QString type = DemoCobuildTexts::unitType(m_random, i, count);
        const auto &community = m_random.pick(m_area.communities);
        const bool atSubdistrict = (type == QLatin1String("organ") || type == QLatin1String("soe")
                                    || type == QLatin1String("institution"))
                                   && m_random.chance(0.4);
        const QString place = community.name.chopped(community.name.endsWith(QStringLiteral("社区")) ? 2 : 0);
        QString name;
        for (int attempt = 0; attempt < 6 && (name.isEmpty() || names.contains(name)); ++attempt)
            name = DemoCobuildTexts::unitName(m_random, type, m_area.districtName, place);
        if (names.contains(name))
            name += QStringLiteral("（%1）").arg(atSubdistrict ? m_area.subdistrictNames.value(community.subdistrictId) : community.name);
        for (int n = 2; names.contains(name); ++n)
            name = DemoCobuildTexts::unitName(m_random, type, m_area.districtName, place) + QStringLiteral("（%1）").arg(n);
        names.insert(name);

        DemoArea::UnitPlace placeOf;
        placeOf.orgId = atSubdistrict ? community.subdistrictId : community.id;
        placeOf.communityId = atSubdistrict ? 0 : community.id;
        placeOf.subdistrictId = community.subdistrictId;
        placeOf.type = type;
        unit.bind(1, placeOf.orgId);
        unit.bind(2, name);
        unit.bind(3, type);
        unit.bind(4, QStringLiteral("%1%2号").arg(DemoNames::road(m_random)).arg(m_random.between(1, 300)));
        unit.bind(5, DemoNames::person(m_random));
        unit.bind(6, DemoNames::mobile(m_random));
        unit.bind(7, DemoCobuildTexts::partyOrganisation(name, type));
        unit.bind(8, DemoNames::person(m_random));
        unit.bind(9, m_timestamp);
        if (!unit.exec())
            return failed(unit);
        placeOf.id = unit.lastInsertId();
        m_area.addUnit(placeOf);

        // Units resident in a sub-district sit in its 大工委; most others in their community's 大党委.
        if (atSubdistrict || m_random.chance(0.25)) {
            if (const Outcome done = addSeat(placeOf.id, name, community.subdistrictId); !done)
                return done;
        }
        if (!atSubdistrict && m_random.chance(0.8)) {
            if (const Outcome done = addSeat(placeOf.id, name, community.id); !done)
                return done;
        }
    }
    return Outcome::success();
}

Outcome DemoCobuildBuilder::agreements(int count)
{
    BulkInsert agreement(m_db, QStringLiteral(
        "INSERT INTO agreement (org_id, unit_id, kind, signed_on, ends_on, commitments, target_per_year, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!agreement.isValid())
        return failed(agreement);
    QSet<QString> signedPairs;
    for (int i = 0; i < count; ++i) {
        const auto &unit = m_area.units.at(i % m_area.units.size());
        // Organs and other units in a sub-district pair with one of its communities.
        qint64 communityId = unit.communityId;
        if (!communityId) {
            QList<qint64> candidates;
            for (const auto &c : m_area.communities) {
                if (c.subdistrictId == unit.subdistrictId)
                    candidates.append(c.id);
            }
            communityId = candidates.isEmpty() ? m_area.communities.first().id : m_random.pick(candidates);
        }
        const bool withSubdistrict = m_random.chance(0.12);
        const qint64 orgId = withSubdistrict ? unit.subdistrictId : communityId;
        const double kindRoll = m_random.below(100);
        const QString kind = kindRoll < 55 ? QStringLiteral("pairing") : kindRoll < 85 ? QStringLiteral("contract") : QStringLiteral("claim");
        const QString pair = QStringLiteral("%1/%2/%3").arg(orgId).arg(unit.id).arg(kind);
        if (signedPairs.contains(pair))
            continue;
        signedPairs.insert(pair);
        const QDate signedOn = m_random.dateBetween(m_asOf.addYears(-3), m_asOf.addDays(-20));
        const QDate endsOn = signedOn.addYears(m_random.between(1, 3)).addDays(-1);
        const int target = m_random.chance(0.8) ? 4 : (m_random.chance(0.7) ? 6 : 2);
        agreement.bind(1, orgId);
        agreement.bind(2, unit.id);
        agreement.bind(3, kind);
        agreement.bind(4, IsoDate::format(signedOn));
        agreement.bind(5, IsoDate::format(endsOn));
        agreement.bind(6, DemoCobuildTexts::commitments(m_random));
        agreement.bind(7, target);
        agreement.bind(8, m_timestamp);
        if (!agreement.exec())
            return failed(agreement);
        if (const Outcome done = activities(agreement.lastInsertId(), orgId, withSubdistrict ? 0 : communityId, signedOn, endsOn, target); !done)
            return done;
    }
    return Outcome::success();
}

Outcome DemoCobuildBuilder::activities(qint64 agreementId, qint64 orgId, qint64 communityId, const QDate &signedOn, const QDate &endsOn, int target)
{
    BulkInsert insert(m_db, QStringLiteral("INSERT INTO activity (agreement_id, held_on, title, participants, created_at, org_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    BulkInsert points(m_db, QStringLiteral("INSERT INTO points_entry (member_id, entered_on, points, reason, source, source_ref, created_at) "
                                           "VALUES (?1, ?2, 2, ?3, 'activity', ?4, ?5)"));
    BulkInsert taking(m_db, QStringLiteral("INSERT INTO activity_member (activity_id, member_id, points_entry_id) VALUES (?1, ?2, ?3)"));
    for (const BulkInsert *statement : {&insert, &points, &taking}) {
        if (!statement->isValid())
            return failed(*statement);
    }
    const QList<qint64> members = m_area.membersByCommunity.value(communityId);
    // Most agreements keep pace with their target; a quarter fall behind, some do more.
    const double pace = m_random.chance(0.6) ? 1.1 : (m_random.chance(0.6) ? 0.55 : 1.4);
    for (int year = signedOn.year(); year <= std::min(endsOn.year(), m_asOf.year()); ++year) {
        const QDate from = std::max(signedOn, QDate(year, 1, 1));
        const QDate to = std::min({endsOn, QDate(year, 12, 31), m_asOf});
        if (to < from)
            continue;
        const int held = int(std::lround(target * pace * (from.daysTo(to) + 1) / 365.0));
        QList<QDate> dates;
        for (int i = 0; i < held; ++i)
            dates.append(m_random.dateBetween(from, to));
        std::sort(dates.begin(), dates.end());
        for (const QDate &day : dates) {
            const QString title = DemoCobuildTexts::activity(m_random);
            const int taking_part = members.isEmpty() ? 0 : m_random.between(0, 4);
            insert.bind(1, agreementId);
            insert.bind(2, IsoDate::format(day));
            insert.bind(3, title);
            insert.bind(4, m_random.between(std::max(10, taking_part), 60));
            insert.bind(5, m_timestamp);
            insert.bind(6, orgId);
            if (!insert.exec())
                return failed(insert);
            const qint64 activityId = insert.lastInsertId();
            QSet<qint64> chosen;
            for (int k = 0; k < taking_part; ++k) {
                const qint64 member = m_random.pick(members);
                if (chosen.contains(member))
                    continue;
                chosen.insert(member);
                points.bind(1, member);
                points.bind(2, IsoDate::format(day));
                points.bind(3, QStringLiteral("共建活动：%1").arg(title));
                points.bind(4, activityId);
                points.bind(5, m_timestamp);
                if (!points.exec())
                    return failed(points);
                taking.bind(1, activityId);
                taking.bind(2, member);
                taking.bind(3, points.lastInsertId());
                if (!taking.exec())
                    return failed(taking);
            }
        }
    }
    return Outcome::success();
}
