#include "DemoListBuilder.h"

#include "DemoCobuildTexts.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "core/IsoDate.h"
#include "store/BulkInsert.h"
#include "store/StoreHealth.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace {

Outcome failed(const BulkInsert &statement)
{
    return Outcome::failure(statement.error());
}

} // namespace

DemoListBuilder::DemoListBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf, const DemoArea &area)
    : m_db(db)
    , m_random(random)
    , m_asOf(asOf)
    , m_area(area)
    , m_timestamp(asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z"))
{
}

Outcome DemoListBuilder::build(double scale)
{
    if (m_area.units.isEmpty())
        return Outcome::success();
    QSqlQuery query(m_db);
    // A failed read is the build's failure in its own words, not "no categories".
    if (!query.exec(QStringLiteral("SELECT id FROM cobuild_category WHERE retired = 0 ORDER BY position, id")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    while (query.next())
        m_categories.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    if (m_categories.isEmpty())
        return Outcome::failure(QStringLiteral("no categories for needs and resources"));
    m_offers.resize(m_categories.size());
    // Yingjiang: "200+ service and needs lists", 30+ idle resources integrated; 43 secretary projects.
    if (const Outcome done = resources(std::max(10, int(std::lround(110 * scale)))); !done)
        return done;
    if (const Outcome done = needs(std::max(10, int(std::lround(120 * scale)))); !done)
        return done;
    return projects(std::max(3, int(std::lround(45 * scale))), std::max(1, int(std::lround(20 * scale))),
                    std::max(1, int(std::lround(18 * scale))));
}

Outcome DemoListBuilder::resources(int count)
{
    BulkInsert insert(m_db, QStringLiteral(
        "INSERT INTO resource (unit_id, category_id, title, capacity, available_from, available_to, withdrawn_on, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!insert.isValid())
        return failed(insert);
    for (int i = 0; i < count; ++i) {
        const auto &unit = m_area.units.at(m_random.below(int(m_area.units.size())));
        const int category = m_random.below(int(m_categories.size()));
        Offer offer;
        offer.subdistrictId = unit.subdistrictId;
        offer.from = m_random.dateBetween(m_asOf.addDays(-900), m_asOf.addDays(30));
        if (m_random.chance(0.55))
            offer.to = offer.from.addDays(m_random.between(300, 800));
        if (m_random.chance(0.05) && offer.from < m_asOf)
            offer.withdrawn = m_random.dateBetween(offer.from, m_asOf);
        insert.bind(1, unit.id);
        insert.bind(2, m_categories.at(category));
        insert.bind(3, DemoCobuildTexts::resource(m_random, category));
        insert.bind(4, DemoCobuildTexts::capacity(m_random, category));
        insert.bind(5, IsoDate::format(offer.from));
        insert.bind(6, IsoDate::format(offer.to));
        insert.bind(7, IsoDate::format(offer.withdrawn));
        insert.bind(8, m_timestamp);
        if (!insert.exec())
            return failed(insert);
        offer.id = insert.lastInsertId();
        m_offers[category].append(offer);
    }
    return Outcome::success();
}

qint64 DemoListBuilder::offerFor(int category, qint64 subdistrictId, const QDate &day)
{
    qint64 anywhere = 0;
    for (const Offer &offer : m_offers.at(category)) {
        const bool available = offer.from <= day && (!offer.to.isValid() || offer.to >= day)
                               && (!offer.withdrawn.isValid() || offer.withdrawn > day);
        if (!available)
            continue;
        if (offer.subdistrictId == subdistrictId)
            return offer.id;
        if (!anywhere)
            anywhere = offer.id;
    }
    return anywhere;
}

Outcome DemoListBuilder::needs(int count)
{
    BulkInsert insert(m_db, QStringLiteral(
        "INSERT INTO need (org_id, category_id, title, description, posted_on, state, state_on, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    BulkInsert link(m_db, QStringLiteral("INSERT INTO need_resource (need_id, resource_id, matched_on) VALUES (?1, ?2, ?3)"));
    for (const BulkInsert *statement : {&insert, &link}) {
        if (!statement->isValid())
            return failed(*statement);
    }
    for (int i = 0; i < count; ++i) {
        const auto &community = m_area.communities.at(i % m_area.communities.size());
        const bool byGrid = !community.grids.isEmpty() && m_random.chance(0.4);
        const int category = m_random.below(int(m_categories.size()));
        const QDate posted = m_random.dateBetween(m_asOf.addDays(-730), m_asOf);
        QString state = QStringLiteral("open");
        QDate stateOn;
        qint64 resource = 0;
        const int roll = m_random.below(100);
        const QDate matchDay = std::min(m_asOf, posted.addDays(m_random.between(3, 30)));
        if (roll < 10) {
            state = QStringLiteral("withdrawn");
            stateOn = std::min(m_asOf, posted.addDays(m_random.between(5, 90)));
        } else if (roll < (posted.daysTo(m_asOf) > 60 ? 85 : 50)) {
            resource = offerFor(category, community.subdistrictId, matchDay);
            if (resource) {
                state = QStringLiteral("matched");
                stateOn = matchDay;
                const QDate done = matchDay.addDays(m_random.between(10, 60));
                if (done <= m_asOf && m_random.chance(0.7)) {
                    state = QStringLiteral("fulfilled");
                    stateOn = done;
                }
            }
        }
        const QString title = DemoCobuildTexts::need(m_random, category);
        insert.bind(1, byGrid ? m_random.pick(community.grids) : community.id);
        insert.bind(2, m_categories.at(category));
        insert.bind(3, title);
        insert.bind(4, QStringLiteral("%1：%2").arg(community.name, title));
        insert.bind(5, IsoDate::format(posted));
        insert.bind(6, state);
        insert.bind(7, IsoDate::format(stateOn));
        insert.bind(8, m_timestamp);
        if (!insert.exec())
            return failed(insert);
        const qint64 needId = insert.lastInsertId();
        m_needsByCommunity[community.id].append(needId);
        if (resource) {
            link.bind(1, needId);
            link.bind(2, resource);
            link.bind(3, IsoDate::format(matchDay));
            if (!link.exec())
                return failed(link);
        }
    }
    return Outcome::success();
}

Outcome DemoListBuilder::projects(int secretary, int cobuild, int livelihood)
{
    BulkInsert insert(m_db, QStringLiteral(
        "INSERT INTO project (kind, title, org_id, secretary, stage, approved_on, advancing_on, results_on, concluded_on, budget, "
        "description, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    BulkInsert claim(m_db, QStringLiteral("INSERT INTO project_claim (project_id, unit_id, member_id, claimed_on) VALUES (?1, ?2, ?3, ?4)"));
    BulkInsert review(m_db, QStringLiteral("INSERT INTO project_review (project_id, kind, held_on, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    BulkInsert needLink(m_db, QStringLiteral("INSERT INTO project_need (project_id, need_id) VALUES (?1, ?2)"));
    for (const BulkInsert *statement : {&insert, &claim, &review, &needLink}) {
        if (!statement->isValid())
            return failed(*statement);
    }
    const int total = secretary + cobuild + livelihood;
    for (int i = 0; i < total; ++i) {
        const QString kind = i < secretary ? QStringLiteral("secretary") : i < secretary + cobuild ? QStringLiteral("cobuild") : QStringLiteral("livelihood");
        const auto &community = m_area.communities.at(m_random.below(int(m_area.communities.size())));
        const bool bySubdistrict = m_random.chance(0.2);
        const qint64 orgId = bySubdistrict ? community.subdistrictId : community.id;
        const QDate approved = m_random.dateBetween(m_asOf.addYears(-3), m_asOf.addDays(-7));
        QDate advancing = approved.addDays(m_random.between(15, 60));
        QDate results = advancing.addDays(m_random.between(90, 240));
        QDate concluded = results.addDays(m_random.between(60, 300));
        QString stage = QStringLiteral("concluded");
        if (concluded > m_asOf) {
            concluded = {};
            stage = QStringLiteral("results");
        }
        if (results > m_asOf) {
            results = {};
            stage = QStringLiteral("advancing");
        }
        if (advancing > m_asOf) {
            advancing = {};
            stage = QStringLiteral("approved");
        }
        const QString title = (bySubdistrict ? m_area.subdistrictNames.value(community.subdistrictId) : community.name)
                              + DemoCobuildTexts::project(m_random, kind);
        insert.bind(1, kind);
        insert.bind(2, title);
        insert.bind(3, orgId);
        insert.bind(4, DemoNames::person(m_random));
        insert.bind(5, stage);
        insert.bind(6, IsoDate::format(approved));
        insert.bind(7, IsoDate::format(advancing));
        insert.bind(8, IsoDate::format(results));
        insert.bind(9, IsoDate::format(concluded));
        insert.bind(10, double(m_random.between(2, 50) * 10000));
        insert.bind(11, QString());
        insert.bind(12, m_timestamp);
        if (!insert.exec())
            return failed(insert);
        const qint64 projectId = insert.lastInsertId();

        // Claimed by units of the sub-district and by members of the community.
        const QList<int> units = m_area.unitsBySubdistrict.value(community.subdistrictId);
        QSet<qint64> claimedBy;
        for (int k = m_random.between(1, 3); k > 0 && !units.isEmpty(); --k) {
            const qint64 unitId = m_area.units.at(m_random.pick(units)).id;
            if (claimedBy.contains(unitId))
                continue;
            claimedBy.insert(unitId);
            claim.bind(1, projectId);
            claim.bind(2, unitId);
            claim.bindNull(3);
            claim.bind(4, IsoDate::format(std::min(m_asOf, approved.addDays(m_random.between(0, 20)))));
            if (!claim.exec())
                return failed(claim);
        }
        const QList<qint64> members = m_area.membersByCommunity.value(community.id);
        QSet<qint64> claimingMembers;
        for (int k = m_random.between(0, 3); k > 0 && !members.isEmpty(); --k) {
            const qint64 memberId = m_random.pick(members);
            if (claimingMembers.contains(memberId))
                continue;
            claimingMembers.insert(memberId);
            claim.bind(1, projectId);
            claim.bindNull(2);
            claim.bind(3, memberId);
            claim.bind(4, IsoDate::format(std::min(m_asOf, approved.addDays(m_random.between(0, 30)))));
            if (!claim.exec())
                return failed(claim);
        }
        const QList<qint64> needs = m_needsByCommunity.value(community.id);
        if (kind != QLatin1String("secretary") && !needs.isEmpty()) {
            needLink.bind(1, projectId);
            needLink.bind(2, m_random.pick(needs));
            if (!needLink.exec())
                return failed(needLink);
        }
        // The rhythm: a quarterly review every quarter, monthly bulletins some months, the year's assessment.
        const QDate end = concluded.isValid() ? concluded : m_asOf;
        for (QDate month(approved.year(), approved.month(), 1); month.addMonths(1) <= end; month = month.addMonths(1)) {
            const QDate last = month.addMonths(1).addDays(-1);
            QString reviewKind;
            if (month.month() == 12)
                reviewKind = QStringLiteral("annual");
            else if (month.month() % 3 == 0)
                reviewKind = QStringLiteral("quarterly");
            else if (m_random.chance(0.3))
                reviewKind = QStringLiteral("monthly");
            if (reviewKind.isEmpty() || last < approved)
                continue;
            review.bind(1, projectId);
            review.bind(2, reviewKind);
            review.bind(3, IsoDate::format(std::max(approved, last.addDays(-m_random.below(5)))));
            review.bind(4, DemoCobuildTexts::review(m_random));
            review.bind(5, m_timestamp);
            if (!review.exec())
                return failed(review);
        }
    }
    return Outcome::success();
}
