#include "LedgerService.h"

#include "LedgerHandling.h"
#include "LedgerReporters.h"

#include "calendar/WorkCalendar.h"
#include "core/IsoDate.h"
#include "org/OrgValidator.h"
#include "points/PointsService.h"
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

} // namespace

LedgerService::LedgerService(Database &database, PointsService &points, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_points(points)
    , m_repository(database)
    , m_summons(database)
{
}

QDate LedgerService::dueDateFor(qint64 categoryId, Urgency urgency, const QDate &recorded) const
{
    const auto category = m_repository.category(categoryId);
    const int days = category ? category->daysFor(urgency) : LedgerCategory().daysFor(urgency);
    return WorkCalendar::load(m_database).addWorkingDays(recorded, days);
}

QStringList LedgerService::problems(const LedgerItem &item, const QDate &today) const
{
    QStringList out;
    QSqlQuery org(m_database.connection());
    org.prepare(QStringLiteral("SELECT kind, dissolved_on IS NULL FROM organisation WHERE id = :id"));
    org.bindValue(QStringLiteral(":id"), item.orgId);
    if (!SqlRead::run(org) || !org.next())
        out.append(tr("Choose the grid (or community) the request comes from."));
    else if (org.value(0).toString() != QLatin1String("grid") && org.value(0).toString() != QLatin1String("community"))
        out.append(tr("A ledger item belongs to a grid or a community."));
    else if (!org.value(1).toBool())
        out.append(tr("The grid is retired; record the item in the one that took its place."));
    const auto category = m_repository.category(item.categoryId);
    if (!category)
        out.append(tr("Choose a category."));
    else if (category->retired)
        out.append(tr("The category %1 is no longer in use.").arg(category->name));
    if (item.title.trimmed().isEmpty())
        out.append(tr("The title is required."));
    else if (item.title.trimmed().size() > 80)
        out.append(tr("The title is longer than 80 characters; put the details in the description."));
    if (!item.recordedOn.isValid())
        out.append(tr("The date recorded is required."));
    else if (item.recordedOn > today)
        out.append(tr("The date recorded lies in the future."));
    else if (item.recordedOn.year() < 2000)
        out.append(tr("The date recorded is not possible."));
    if (!item.residentPhone.isEmpty() && !OrgValidator::isPhoneNumber(item.residentPhone))
        out.append(tr("The resident's phone must be 11 digits or an area code and number."));
    if (const Outcome reporter = LedgerReporters::check(m_database, item); !reporter)
        out.append(reporter.error());
    return out;
}

Result<qint64> LedgerService::add(const LedgerItem &item, const QString &who, const QDate &today)
{
    return Retrying::run(m_database.connection(), [&] { return addOnce(item, who, today); });
}

Outcome LedgerService::act(qint64 itemId, const LedgerStep &step, const QDate &today)
{
    return Retrying::run(m_database.connection(), [&] { return actOnce(itemId, step, today); });
}

Result<qint64> LedgerService::addOnce(const LedgerItem &item, const QString &who, const QDate &today)
{
    using R = Result<qint64>;
    if (const QStringList found = problems(item, today); !found.isEmpty())
        return R::failure(found.join(QLatin1Char(' ')));
    const QDate due = dueDateFor(item.categoryId, item.urgency, item.recordedOn);
    if (!due.isValid())
        return R::failure(tr("The due date cannot be worked out from the date recorded and the category's time limit."));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO ledger_item (org_id, community_id, subdistrict_id, source, category_id, title, description, "
        "location, resident_name, resident_phone, urgency, recorded_on, due_on, state, holder, created_at, updated_at, "
        "modified_by, reporter_role_id, reporter_member_id, household_id) "
        "SELECT :org, CASE o.kind WHEN 'grid' THEN o.parent_id ELSE o.id END, "
        "CASE o.kind WHEN 'grid' THEN (SELECT p.parent_id FROM organisation p WHERE p.id = o.parent_id) ELSE o.parent_id END, "
        ":source, :category, :title, :description, :location, :residentName, :residentPhone, :urgency, :recorded, :due, "
        "'recorded', :holder, %1, %1, :modifiedBy, :reporterRole, :reporterMember, :household FROM organisation o "
        "WHERE o.id = :org RETURNING id")
                      .arg(nowSql(m_database)));
    query.bindValue(QStringLiteral(":org"), item.orgId);
    RecordVersion::bindActor(query, m_database);
    query.bindValue(QStringLiteral(":source"), LedgerFlow::code(item.source));
    query.bindValue(QStringLiteral(":category"), item.categoryId);
    query.bindValue(QStringLiteral(":title"), item.title.trimmed());
    query.bindValue(QStringLiteral(":description"), textOrNull(item.description));
    query.bindValue(QStringLiteral(":location"), textOrNull(item.location));
    query.bindValue(QStringLiteral(":residentName"), textOrNull(item.residentName));
    query.bindValue(QStringLiteral(":residentPhone"), textOrNull(item.residentPhone));
    query.bindValue(QStringLiteral(":urgency"), LedgerFlow::code(item.urgency));
    query.bindValue(QStringLiteral(":recorded"), IsoDate::format(item.recordedOn));
    query.bindValue(QStringLiteral(":due"), IsoDate::format(due));
    query.bindValue(QStringLiteral(":holder"), textOrNull(who));
    query.bindValue(QStringLiteral(":reporterRole"), SqlWrite::ref(item.reporterRoleId));
    query.bindValue(QStringLiteral(":reporterMember"), SqlWrite::ref(item.reporterMemberId));
    query.bindValue(QStringLiteral(":household"), SqlWrite::ref(item.householdId));
    if (!query.exec())
        return R::failure(tr("The database refused the item: %1").arg(StoreHealth::describe(query.lastError())));
    const qint64 id = SqlWrite::returnedId(query);
    query.prepare(QStringLiteral("INSERT INTO ledger_event (item_id, happened_on, who, action, from_state, to_state, "
                                 "created_at) VALUES (:item, :on, :who, 'record', NULL, 'recorded', %1)")
                      .arg(nowSql(m_database)));
    query.bindValue(QStringLiteral(":item"), id);
    query.bindValue(QStringLiteral(":on"), IsoDate::format(item.recordedOn));
    query.bindValue(QStringLiteral(":who"), who.trimmed().isEmpty() ? tr("the office") : who.trimmed());
    if (!query.exec())
        return R::failure(tr("The database refused the item: %1").arg(StoreHealth::describe(query.lastError())));
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT added(id);
    return id;
}

LedgerFlowFacts LedgerService::facts(const LedgerItem &item) const
{
    LedgerFlowFacts facts = LedgerSummons::facts(m_summons.of(item.id));
    const auto category = m_repository.category(item.categoryId);
    facts.needsSignOff = category && category->needsSignOff;
    return facts;
}

Outcome LedgerService::actOnce(qint64 itemId, const LedgerStep &step, const QDate &today)
{
    auto item = m_repository.find(itemId);
    if (!item && step.version) // seen by the clerk, deleted since
        return RecordVersion::refusal(m_database, QStringLiteral("ledger_item"), itemId);
    if (!item)
        return Outcome::failure(tr("There is no ledger item with number %1.").arg(itemId));
    // Moved on since the clerk saw it: said so, rather than that the step no longer fits.
    if (step.version && step.version != item->version)
        return RecordVersion::refusal(m_database, QStringLiteral("ledger_item"), itemId);
    // What the flow needs besides the state; unreadable, the step is refused (it could let an item
    // close while a department is still at work, or without its leader's sign-off).
    const auto summoned = m_summons.read(itemId);
    if (!summoned)
        return Outcome::failure(summoned.error());
    const QList<Summons> &summons = summoned.value();
    const auto category = m_repository.category(item->categoryId);
    if (!category)
        return Outcome::failure(tr("The item's category cannot be read."));
    LedgerFlowFacts flowFacts = LedgerSummons::facts(summons);
    flowFacts.needsSignOff = category->needsSignOff;
    const auto target = LedgerFlow::next(item->state, step.action, step.satisfaction, flowFacts);
    if (!target) {
        if (step.action == LedgerAction::Visit && item->state == LedgerState::Closed)
            return Outcome::failure(tr("A follow-up visit needs the resident's satisfaction."));
        // Refused only because summoned departments are still at work: said so, with their names.
        LedgerFlowFacts noneAtWork = flowFacts;
        noneAtWork.summonsToReport = noneAtWork.summonsToFinish = 0;
        if (flowFacts.summonsOpen() && LedgerFlow::next(item->state, step.action, step.satisfaction, noneAtWork)) {
            const QString names = LedgerSummons::unfinished(summons).join(QStringLiteral("、"));
            return Outcome::failure(step.action == LedgerAction::Close
                                        ? tr("Not done, nobody leaves: %1 has not reported done yet.").arg(names)
                                        : tr("The departments summoned are still at work on the item: %1.").arg(names));
        }
        return Outcome::failure(tr("Item %1 is %2; \"%3\" is not possible now.")
                                    .arg(itemId)
                                    .arg(LedgerFlow::displayName(item->state), LedgerFlow::displayName(step.action)));
    }
    // The date: not before the item's last step, not in the future.
    const QList<LedgerEvent> history = m_repository.events(itemId);
    const QDate last = history.isEmpty() ? item->recordedOn : history.constLast().happenedOn;
    if (!step.on.isValid() || step.on > today)
        return Outcome::failure(tr("The date of the step must be given and may not lie in the future."));
    if (step.on < last)
        return Outcome::failure(tr("The date of the step may not be before the item's last step (%1).").arg(IsoDate::format(last)));

    const LedgerHandling handling(m_database);
    LedgerHandling::Prepared prepared;
    if (LedgerHandling::handles(step.action)) {
        const auto handled = handling.prepare(*item, step, summons);
        if (!handled)
            return Outcome::failure(handled.error());
        prepared = handled.value();
    } else {
        const auto detail = prepare(*item, step);
        if (!detail)
            return Outcome::failure(detail.error());
        prepared.detail = detail.value();
        prepared.note = step.note.trimmed();
    }
    // Closed for good: on the handler's closing, or on the leader's sign-off where one is asked.
    if (*target == LedgerState::Closed)
        item->closedOn = step.on;
    const LedgerState from = item->state;
    item->state = *target;
    const int closeDays = item->closedOn.isValid() ? WorkCalendar::load(m_database).workingDaysBetween(item->recordedOn,
                                                                                                       item->closedOn)
                                                   : -1;

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE ledger_item SET state = :state, due_on = :due, holder = :holder, holder_member_id = :member, "
        "holder_unit_id = :unit, holder_due_on = :holderDue, whistle_matter_id = :matter, suspended_since = :suspended, closed_on = :closed, close_days = :closeDays, result = :result, "
        "visited_on = :visited, satisfaction = :satisfaction, reopened = :reopened, %1 WHERE id = :id AND %2")
                      .arg(RecordVersion::set(m_database), RecordVersion::matches()));
    // The step was checked against the item as read above (or as the clerk saw it): written only
    // when nobody has moved the item on meanwhile.
    RecordVersion::bind(query, m_database, item->version); // the step's own version was checked above
    query.bindValue(QStringLiteral(":state"), LedgerFlow::code(item->state));
    query.bindValue(QStringLiteral(":due"), IsoDate::format(item->dueOn));
    query.bindValue(QStringLiteral(":holder"), textOrNull(item->holder));
    query.bindValue(QStringLiteral(":member"), item->holderMemberId ? QVariant(item->holderMemberId)
                                                                    : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":unit"), SqlWrite::ref(item->holderUnitId));
    query.bindValue(QStringLiteral(":holderDue"), SqlWrite::date(item->holderDueOn));
    query.bindValue(QStringLiteral(":matter"), SqlWrite::ref(item->whistleMatterId));
    query.bindValue(QStringLiteral(":suspended"), IsoDate::toSql(item->suspendedSince));
    query.bindValue(QStringLiteral(":closed"), IsoDate::toSql(item->closedOn));
    query.bindValue(QStringLiteral(":closeDays"), closeDays >= 0 ? QVariant(closeDays) : QVariant(QMetaType::fromType<int>()));
    query.bindValue(QStringLiteral(":result"), textOrNull(item->result));
    query.bindValue(QStringLiteral(":visited"), IsoDate::toSql(item->visitedOn));
    query.bindValue(QStringLiteral(":satisfaction"), item->satisfaction ? QVariant(LedgerFlow::code(*item->satisfaction))
                                                                        : QVariant(QMetaType::fromType<QString>()));
    query.bindValue(QStringLiteral(":reopened"), item->reopened);
    query.bindValue(QStringLiteral(":id"), itemId);
    if (!query.exec())
        return Outcome::failure(tr("The database refused the step: %1").arg(StoreHealth::describe(query.lastError())));
    if (const Outcome saved = RecordVersion::confirm(query, m_database, QStringLiteral("ledger_item"), itemId); !saved)
        return saved;
    query.prepare(QStringLiteral("INSERT INTO ledger_event (item_id, happened_on, who, action, from_state, to_state, "
                                 "detail, note, created_at) VALUES (:item, :on, :who, :action, :from, :to, :detail, "
                                 ":note, %1)")
                      .arg(nowSql(m_database)));
    query.bindValue(QStringLiteral(":item"), itemId);
    query.bindValue(QStringLiteral(":on"), IsoDate::format(step.on));
    query.bindValue(QStringLiteral(":who"), step.who.trimmed().isEmpty() ? tr("the office") : step.who.trimmed());
    query.bindValue(QStringLiteral(":action"), LedgerFlow::code(step.action));
    query.bindValue(QStringLiteral(":from"), LedgerFlow::code(from));
    query.bindValue(QStringLiteral(":to"), LedgerFlow::code(item->state));
    query.bindValue(QStringLiteral(":detail"), textOrNull(prepared.detail));
    query.bindValue(QStringLiteral(":note"), textOrNull(prepared.note));
    if (!query.exec())
        return Outcome::failure(tr("The database refused the step: %1").arg(StoreHealth::describe(query.lastError())));
    if (const Outcome written = handling.write(*item, step, prepared); !written)
        return Outcome::failure(tr("The database refused the step: %1").arg(written.error()));
    // The departments' time limits stood still while the item was suspended, as its own did.
    if (step.action == LedgerAction::Resume) {
        if (const Outcome moved = m_summons.moveOpenLimits(itemId, prepared.detail.toInt()); !moved)
            return Outcome::failure(tr("The database refused the step: %1").arg(moved.error()));
    }

    // Completing an item taken by a member earns the member the category's points, once.
    if (*target == LedgerState::Closed && item->holderMemberId) {
        const auto category = m_repository.category(item->categoryId);
        QSqlQuery credited(m_database.connection());
        credited.prepare(QStringLiteral("SELECT 1 FROM points_entry e WHERE e.source = 'ledger' AND e.source_ref = :item "
                                        "AND NOT EXISTS (SELECT 1 FROM points_entry r WHERE r.reverses_id = e.id)"));
        credited.bindValue(QStringLiteral(":item"), itemId);
        // Part of the step: were the read taken for "not credited", the member would be credited twice.
        if (!credited.exec())
            return Outcome::failure(tr("The database refused the step: %1").arg(StoreHealth::describe(credited.lastError())));
        const bool already = credited.next();
        credited.finish();
        if (category && category->points > 0 && !already) {
            const auto award = m_points.award(item->holderMemberId, step.on, category->points,
                                              tr("Completed ledger item %1: %2").arg(itemId).arg(item->title),
                                              PointsSource::Ledger, itemId);
            if (!award)
                return Outcome::failure(award.error());
        }
    }
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed(itemId);
    return Outcome::success();
}

Result<QString> LedgerService::prepare(LedgerItem &item, const LedgerStep &step)
{
    using R = Result<QString>;
    QString detail;
    switch (step.action) {
    case LedgerAction::Suspend:
        if (step.note.trimmed().isEmpty())
            return R::failure(tr("Give the reason for suspending the item."));
        item.suspendedSince = step.on;
        break;
    case LedgerAction::Resume: {
        // The clock stood still while suspended: the due date moves by the working days lost.
        const WorkCalendar calendar = WorkCalendar::load(m_database);
        const int lost = calendar.workingDaysBetween(item.suspendedSince, step.on);
        const QDate moved = calendar.addWorkingDays(item.dueOn, lost);
        if (!moved.isValid())
            return R::failure(tr("The due date cannot be moved by the %Ln working day(s) lost.", nullptr, lost));
        item.dueOn = moved;
        // A unit's time limit stood still with it.
        if (item.holderDueOn.isValid())
            item.holderDueOn = calendar.addWorkingDays(item.holderDueOn, lost);
        item.suspendedSince = QDate();
        detail = QString::number(lost);
        break;
    }
    case LedgerAction::Close:
        if (step.note.trimmed().isEmpty())
            return R::failure(tr("Give the result of the item."));
        item.result = step.note.trimmed();
        break;
    case LedgerAction::Visit:
        detail = LedgerFlow::code(*step.satisfaction);
        item.visitedOn = step.on;
        item.satisfaction = step.satisfaction;
        if (*step.satisfaction == Satisfaction::Dissatisfied) {
            ++item.reopened;
            item.closedOn = QDate();
            // Handled again from the visit: a fresh time limit of its category, not the old due
            // date that has long passed (it would be overdue the day it reopens).
            const auto category = m_repository.category(item.categoryId);
            const QDate due = WorkCalendar::load(m_database).addWorkingDays(step.on, category ? category->daysFor(item.urgency) : 10);
            if (due.isValid())
                item.dueOn = due;
        }
        break;
    default:
        break;
    }
    return detail;
}

Outcome LedgerService::saveCategory(const LedgerCategory &category)
{
    return saveCategories({category});
}

Outcome LedgerService::saveCategories(const QList<LedgerCategory> &categories)
{
    // All or nothing: a refused row leaves every row as it was, so that saving again adds none twice.
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (const Outcome written = writeCategory(categories.at(i)); !written) {
            return Outcome::failure(categories.size() == 1 ? written.error()
                                                           : tr("Row %1 (%2): %3").arg(i + 1).arg(categories.at(i).name.trimmed(), written.error()));
        }
    }
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT categoriesChanged();
    return Outcome::success();
}

Outcome LedgerService::writeCategory(const LedgerCategory &category)
{
    if (category.name.trimmed().isEmpty())
        return Outcome::failure(tr("The category needs a name."));
    for (int days : {category.daysOrdinary, category.daysUrgent, category.daysEmergency}) {
        if (days < 1 || days > 250)
            return Outcome::failure(tr("Time limits are from 1 to 250 working days."));
    }
    if (category.points < 0 || category.points > 1000)
        return Outcome::failure(tr("Points are from 0 to 1000."));
    QSqlQuery query(m_database.connection());
    if (category.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO ledger_category (name, position, retired, days_ordinary, days_urgent, "
                                     "days_emergency, points, needs_signoff) VALUES (:name, (SELECT coalesce(max(position), 0) "
                                     "+ 1 FROM ledger_category), :retired, :ordinary, :urgent, :emergency, :points, :signoff)"));
    } else {
        query.prepare(QStringLiteral("UPDATE ledger_category SET name = :name, retired = :retired, days_ordinary = :ordinary, "
                                     "days_urgent = :urgent, days_emergency = :emergency, points = :points, "
                                     "needs_signoff = :signoff WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), category.id);
    }
    query.bindValue(QStringLiteral(":name"), category.name.trimmed());
    query.bindValue(QStringLiteral(":retired"), category.retired ? 1 : 0);
    query.bindValue(QStringLiteral(":ordinary"), category.daysOrdinary);
    query.bindValue(QStringLiteral(":urgent"), category.daysUrgent);
    query.bindValue(QStringLiteral(":emergency"), category.daysEmergency);
    query.bindValue(QStringLiteral(":points"), category.points);
    query.bindValue(QStringLiteral(":signoff"), category.needsSignOff ? 1 : 0);
    if (!query.exec()) {
        if (query.lastError().databaseText().contains(QLatin1String("UNIQUE")))
            return Outcome::failure(tr("There is already a category named %1.").arg(category.name.trimmed()));
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    }
    return Outcome::success();
}
