#include "ServiceCards.h"

#include "core/CancelFlag.h"
#include "core/IsoDate.h"
#include "org/OrgOrder.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

double ServiceCard::hours() const
{
    double sum = 0;
    for (const ServiceCardActivity &activity : activities)
        sum += activity.hours;
    return sum;
}

int ServiceCard::itemsClosed() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const ServiceCardItem &item) { return item.closedOn.isValid(); }));
}

namespace {

/// The members the cards are for, as a condition on member m: in service, active at some time in
/// the quarter, reported to a community by its end.
SqlCondition membersOf(const QSqlDatabase &db, const ServiceCards::Filter &filter)
{
    SqlCondition condition;
    condition.add(QStringLiteral("m.category = 'in_service'"));
    condition.add(QStringLiteral("m.reported_to_id IS NOT NULL"));
    // Reported by the quarter's end; a report without its day, once entered (when it was made).
    condition.add(QStringLiteral("(m.reported_on <= :to OR (m.reported_on IS NULL AND m.created_at <= :toEnd))"),
                  QStringLiteral(":to"), IsoDate::format(filter.quarter.last()));
    condition.values.insert(QStringLiteral(":toEnd"), QString(IsoDate::format(filter.quarter.last()) + QStringLiteral("T23:59:59")));
    condition.add(QStringLiteral("(m.status = 'active' OR m.status_on >= :from)"), QStringLiteral(":from"),
                  IsoDate::format(filter.quarter.first()));
    if (!filter.employer.trimmed().isEmpty())
        condition.add(QStringLiteral("m.employer = :employer"), QStringLiteral(":employer"), filter.employer.trimmed());
    if (filter.memberId)
        condition.add(QStringLiteral("m.id = :member"), QStringLiteral(":member"), filter.memberId);
    if (filter.reportedToId)
        condition.addSubtree(db, filter.reportedToId, QStringLiteral("m.reported_to_id"));
    return condition;
}

/// Runs sql (its WHERE clause from condition, with more clauses after it) and hands each row to
/// take; false when the read failed.
template<typename Take>
bool eachRow(const QSqlDatabase &db, const QString &sql, const SqlCondition &condition, Take take)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql.arg(condition.sql()));
    condition.bind(query);
    return SqlRead::eachRow(query, take);
}

} // namespace

Result<QList<ServiceCard>> ServiceCards::gather(const Database &database, const Filter &filter, const CancelFlag *cancel)
{
    using R = Result<QList<ServiceCard>>;
    if (!filter.quarter.isValid())
        return R::failure(tr("Give the quarter the cards are for."));
    const QSqlDatabase db = database.connection();
    const SqlCondition members = membersOf(db, filter);
    const QString unreadable = tr("The in-service members' quarter could not be read.");
    QList<ServiceCard> cards;
    QHash<qint64, int> index; // member id -> its card
    const bool read = eachRow(db, QStringLiteral(
        "SELECT m.id, m.name, m.gender, m.phone, m.org_id, m.employer, m.reported_to_id, m.reported_on "
        "FROM member m%1"), members, [&](const QSqlQuery &q) {
        ServiceCard card;
        card.memberId = q.value(0).toLongLong();
        card.name = q.value(1).toString();
        card.gender = MemberEnums::genderFromCode(q.value(2).toString()).value_or(Gender::Male);
        card.phone = q.value(3).toString();
        card.branchId = q.value(4).toLongLong();
        card.employer = q.value(5).toString().trimmed();
        card.reportedToId = q.value(6).toLongLong();
        card.reportedOn = IsoDate::fromSql(q.value(7));
        card.quarter = filter.quarter;
        cards.append(card);
    });
    if (!read)
        return R::failure(unreadable);
    // By employer, then name, as a Chinese reader sorts them (the same on either engine).
    const QCollator &collator = OrgOrder::collator();
    std::sort(cards.begin(), cards.end(), [&collator](const ServiceCard &a, const ServiceCard &b) {
        if (const int byEmployer = collator.compare(a.employer, b.employer))
            return byEmployer < 0;
        if (const int byName = collator.compare(a.name, b.name))
            return byName < 0;
        return a.memberId < b.memberId;
    });
    for (int i = 0; i < cards.size(); ++i)
        index.insert(cards.at(i).memberId, i);
    if (cards.isEmpty())
        return cards;
    if (cancel && cancel->isSet())
        return R::failure(tr("Cancelled."));

    // Each read is driven by the members (CROSS JOIN: SQLite keeps that order), not by a scan of
    // every activity, item or points entry that has a member; the rows of a member keep their
    // order of date.
    SqlCondition activities = members;
    activities.add(QStringLiteral("am.member_id = m.id"));
    activities.add(QStringLiteral("a.held_on >= :from"));
    activities.add(QStringLiteral("a.held_on <= :to"));
    if (!eachRow(db, QStringLiteral(
            "SELECT am.member_id, a.id, a.held_on, a.title, o.name, a.hours, COALESCE(p.points, 0) "
            "FROM member m CROSS JOIN activity_member am JOIN activity a ON a.id = am.activity_id "
            "JOIN organisation o ON o.id = a.org_id "
            "LEFT JOIN points_entry p ON p.id = am.points_entry_id%1 ORDER BY a.held_on, a.id"),
            activities, [&](const QSqlQuery &q) {
                ServiceCardActivity activity;
                activity.activityId = q.value(1).toLongLong();
                activity.heldOn = IsoDate::fromSql(q.value(2));
                activity.title = q.value(3).toString();
                activity.orgName = q.value(4).toString();
                activity.hours = q.value(5).toDouble();
                activity.points = q.value(6).toInt();
                cards[index.value(q.value(0).toLongLong())].activities.append(activity);
            }))
        return R::failure(unreadable);
    if (cancel && cancel->isSet())
        return R::failure(tr("Cancelled."));

    // Taken on (by the member, or dispatched to them) or completed in the quarter.
    SqlCondition items = members;
    items.add(QStringLiteral("i.holder_member_id = m.id"));
    items.add(QStringLiteral("((i.closed_on >= :from AND i.closed_on <= :to) OR EXISTS (SELECT 1 FROM ledger_event e "
                             "WHERE e.item_id = i.id AND (e.action = 'take' OR e.action = 'dispatch') "
                             "AND e.happened_on >= :from AND e.happened_on <= :to))"));
    if (!eachRow(db, QStringLiteral(
            "SELECT i.holder_member_id, i.id, i.title, i.recorded_on, i.state, i.closed_on "
            "FROM member m CROSS JOIN ledger_item i%1 ORDER BY i.recorded_on, i.id"),
            items, [&](const QSqlQuery &q) {
                ServiceCardItem item;
                item.itemId = q.value(1).toLongLong();
                item.title = q.value(2).toString();
                item.recordedOn = IsoDate::fromSql(q.value(3));
                item.state = q.value(4).toString();
                item.closedOn = IsoDate::fromSql(q.value(5));
                // As the quarter ended: closed later, the item was still being handled then.
                if (item.closedOn > filter.quarter.last()) {
                    item.closedOn = QDate();
                    item.state = QStringLiteral("in_progress");
                }
                cards[index.value(q.value(0).toLongLong())].items.append(item);
            }))
        return R::failure(unreadable);
    if (cancel && cancel->isSet())
        return R::failure(tr("Cancelled."));

    // Credited in the quarter: everything but redemptions and the reversals of redemptions.
    SqlCondition points = members;
    points.add(QStringLiteral("e.member_id = m.id"));
    points.add(QStringLiteral("e.entered_on <= :to"));
    if (!eachRow(db, QStringLiteral(
            "SELECT e.member_id, SUM(CASE WHEN e.entered_on >= :from AND e.source <> 'redemption' "
            "AND (r.source IS NULL OR r.source <> 'redemption') THEN e.points ELSE 0 END), SUM(e.points) "
            "FROM member m CROSS JOIN points_entry e LEFT JOIN points_entry r ON r.id = e.reverses_id%1 "
            "GROUP BY e.member_id"),
            points, [&](const QSqlQuery &q) {
                ServiceCard &card = cards[index.value(q.value(0).toLongLong())];
                card.pointsEarned = q.value(1).toInt();
                card.pointsBalance = q.value(2).toInt();
            }))
        return R::failure(unreadable);

    // The paths of the organisations named, a level of the tree a read.
    QList<qint64> named;
    for (const ServiceCard &card : std::as_const(cards))
        named << card.branchId << card.reportedToId;
    const auto paths = OrgRepository(database).paths(named);
    if (!paths)
        return R::failure(paths.error());
    for (ServiceCard &card : cards) {
        card.branch = paths.value().value(card.branchId);
        card.reportedTo = paths.value().value(card.reportedToId);
    }
    return cards;
}

Result<QStringList> ServiceCards::employers(const Database &database, const Filter &filter)
{
    using R = Result<QStringList>;
    if (!filter.quarter.isValid())
        return R::failure(tr("Give the quarter the cards are for."));
    const QSqlDatabase db = database.connection();
    Filter everyEmployer = filter;
    everyEmployer.employer.clear();
    everyEmployer.memberId = 0;
    SqlCondition condition = membersOf(db, everyEmployer);
    condition.add(QStringLiteral("m.employer IS NOT NULL"));
    QStringList names;
    if (!eachRow(db, QStringLiteral("SELECT DISTINCT m.employer FROM member m%1"), condition, [&](const QSqlQuery &q) {
            const QString name = q.value(0).toString().trimmed();
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }))
        return R::failure(tr("The employers of the in-service members could not be read."));
    const QCollator &collator = OrgOrder::collator();
    std::sort(names.begin(), names.end(), [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names;
}
