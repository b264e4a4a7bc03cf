#include "LedgerRepository.h"

#include "LedgerSearch.h"
#include "Overdue.h"

#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"
#include "store/StatementCache.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString rowColumns = QStringLiteral(
    "i.id, i.recorded_on, i.due_on, i.state, i.urgency, i.source, i.title, c.name, o.name, i.holder, cm.name");
// Every community numbers its grids from 1: a grid is named with its community ("光明社区 › 第3网格").
const QString rowJoins = QStringLiteral(
    " FROM ledger_item i JOIN ledger_category c ON c.id = i.category_id JOIN organisation o ON o.id = i.org_id"
    " LEFT JOIN organisation cm ON cm.id = i.community_id AND cm.id <> i.org_id");

LedgerRow readRow(const QSqlQuery &query)
{
    LedgerRow row;
    row.id = query.value(0).toLongLong();
    row.recordedOn = IsoDate::fromSql(query.value(1));
    row.dueOn = IsoDate::fromSql(query.value(2));
    row.state = LedgerFlow::stateFromCode(query.value(3).toString()).value_or(LedgerState::Recorded);
    row.urgency = LedgerFlow::urgencyFromCode(query.value(4).toString()).value_or(Urgency::Ordinary);
    row.source = LedgerFlow::sourceFromCode(query.value(5).toString()).value_or(LedgerSource::Diary);
    row.title = query.value(6).toString();
    row.category = query.value(7).toString();
    const QString community = query.value(10).toString();
    row.orgName = community.isEmpty() ? query.value(8).toString() : community + QStringLiteral(" › ") + query.value(8).toString();
    row.holder = query.value(9).toString();
    return row;
}

} // namespace

void LedgerRepository::addScope(SqlCondition &c, const QSqlDatabase &db, qint64 orgId, const QString &alias)
{
    if (orgId == 0)
        return;
    QSqlQuery kind(db);
    kind.prepare(QStringLiteral("SELECT kind FROM organisation WHERE id = :id"));
    kind.bindValue(QStringLiteral(":id"), orgId);
    const QString code = SqlRead::run(kind) && kind.next() ? kind.value(0).toString() : QString();
    if (code == QLatin1String("subdistrict"))
        c.add(alias + QStringLiteral("subdistrict_id = :scope"), QStringLiteral(":scope"), orgId);
    else if (code == QLatin1String("community"))
        c.add(alias + QStringLiteral("community_id = :scope"), QStringLiteral(":scope"), orgId);
    else if (code == QLatin1String("grid"))
        c.add(alias + QStringLiteral("org_id = :scope"), QStringLiteral(":scope"), orgId);
    else
        c.addSubtree(db, orgId, alias + QStringLiteral("org_id"));
}

namespace {

SqlCondition conditionFor(const QSqlDatabase &db, const LedgerFilter &filter, LedgerSearch::Use use)
{
    SqlCondition c;
    LedgerRepository::addScope(c, db, filter.orgId, QStringLiteral("i."));
    // Codes of the flow are written into the statement, not bound: the statement is kept prepared
    // (StatementCache), and a server's plan made once for every value would not know that an
    // escalated item is rare while a closed one is common. They are the program's own words.
    if (filter.state)
        c.add(QStringLiteral("i.state = '%1'").arg(LedgerFlow::code(*filter.state)));
    // Open and overdue are written as the open-items index is defined, so that it is used.
    // A state still in the loop is found through the open items, a few per cent of a city's.
    const bool openState = filter.state && !LedgerFlow::isDone(*filter.state);
    if (filter.overdueOnly)
        c.add(Overdue::condition(QStringLiteral("i.")), QStringLiteral(":asOf"), IsoDate::format(filter.asOf));
    else if (filter.openOnly || openState)
        c.add(QStringLiteral("i.state <> 'closed' AND i.state <> 'visited'"));
    if (filter.categoryId)
        c.add(QStringLiteral("i.category_id = :category"), QStringLiteral(":category"), filter.categoryId);
    if (filter.source)
        c.add(QStringLiteral("i.source = '%1'").arg(LedgerFlow::code(*filter.source)));
    if (filter.urgency)
        c.add(QStringLiteral("i.urgency = '%1'").arg(LedgerFlow::code(*filter.urgency)));
    if (filter.recordedFrom.isValid())
        c.add(QStringLiteral("i.recorded_on >= :from"), QStringLiteral(":from"), IsoDate::format(filter.recordedFrom));
    if (filter.recordedTo.isValid())
        c.add(QStringLiteral("i.recorded_on <= :to"), QStringLiteral(":to"), IsoDate::format(filter.recordedTo));
    LedgerSearch::addTo(c, db, filter.text, use);
    return c;
}

QString orderFor(LedgerSort sort)
{
    return sort == LedgerSort::RecordedNewest ? QStringLiteral("i.recorded_on DESC, i.id DESC")
                                              : QStringLiteral("i.due_on, i.id");
}

} // namespace

LedgerRepository::LedgerRepository(const Database &database)
    : m_database(database)
{
}

std::optional<LedgerItem> LedgerRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, org_id, source, category_id, title, description, location, resident_name, resident_phone, urgency, "
        "recorded_on, due_on, state, holder, holder_member_id, suspended_since, closed_on, result, visited_on, "
        "satisfaction, reopened, version, holder_unit_id, holder_due_on, whistle_matter_id, reporter_role_id, "
        "reporter_member_id, household_id FROM ledger_item WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    LedgerItem item;
    item.id = query.value(0).toLongLong();
    item.orgId = query.value(1).toLongLong();
    item.source = LedgerFlow::sourceFromCode(query.value(2).toString()).value_or(LedgerSource::Diary);
    item.categoryId = query.value(3).toLongLong();
    item.title = query.value(4).toString();
    item.description = query.value(5).toString();
    item.location = query.value(6).toString();
    item.residentName = query.value(7).toString();
    item.residentPhone = query.value(8).toString();
    item.urgency = LedgerFlow::urgencyFromCode(query.value(9).toString()).value_or(Urgency::Ordinary);
    item.recordedOn = IsoDate::fromSql(query.value(10));
    item.dueOn = IsoDate::fromSql(query.value(11));
    item.state = LedgerFlow::stateFromCode(query.value(12).toString()).value_or(LedgerState::Recorded);
    item.holder = query.value(13).toString();
    item.holderMemberId = query.value(14).toLongLong();
    item.suspendedSince = IsoDate::fromSql(query.value(15));
    item.closedOn = IsoDate::fromSql(query.value(16));
    item.result = query.value(17).toString();
    item.visitedOn = IsoDate::fromSql(query.value(18));
    item.satisfaction = LedgerFlow::satisfactionFromCode(query.value(19).toString());
    item.reopened = query.value(20).toInt();
    item.version = query.value(21).toInt();
    item.holderUnitId = query.value(22).toLongLong();
    item.holderDueOn = IsoDate::fromSql(query.value(23));
    item.whistleMatterId = query.value(24).toLongLong();
    item.reporterRoleId = query.value(25).toLongLong();
    item.reporterMemberId = query.value(26).toLongLong();
    item.householdId = query.value(27).toLongLong();
    return item;
}

std::optional<LedgerRow> LedgerRepository::row(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1%2 WHERE i.id = :id").arg(rowColumns, rowJoins));
    query.bindValue(QStringLiteral(":id"), id);
    if (SqlRead::run(query) && query.next())
        return readRow(query);
    return std::nullopt;
}

QList<LedgerEvent> LedgerRepository::events(qint64 itemId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, item_id, happened_on, who, action, from_state, to_state, detail, note "
                                 "FROM ledger_event WHERE item_id = :item ORDER BY id"));
    query.bindValue(QStringLiteral(":item"), itemId);
    QList<LedgerEvent> list;
    if (!SqlRead::run(query))
        return list;
    while (query.next()) {
        LedgerEvent event;
        event.id = query.value(0).toLongLong();
        event.itemId = query.value(1).toLongLong();
        event.happenedOn = IsoDate::fromSql(query.value(2));
        event.who = query.value(3).toString();
        const QString action = query.value(4).toString();
        event.isRecording = action == QLatin1String("record");
        event.action = LedgerFlow::actionFromCode(action).value_or(LedgerAction::Accept);
        event.fromState = LedgerFlow::stateFromCode(query.value(5).toString());
        event.toState = LedgerFlow::stateFromCode(query.value(6).toString()).value_or(LedgerState::Recorded);
        event.detail = query.value(7).toString();
        event.note = query.value(8).toString();
        list.append(event);
    }
    SqlRead::finished(query);
    return list;
}

QList<LedgerRow> LedgerRepository::page(const LedgerFilter &filter, LedgerSort sort,
                                        const std::optional<LedgerRow> &after, int limit) const
{
    SqlCondition condition = conditionFor(m_database.connection(), filter, LedgerSearch::Use::Page);
    if (after) {
        if (sort == LedgerSort::RecordedNewest)
            condition.add(QStringLiteral("(i.recorded_on, i.id) < (:afterKey, :afterId)"));
        else
            condition.add(QStringLiteral("(i.due_on, i.id) > (:afterKey, :afterId)"));
        condition.values.insert(QStringLiteral(":afterKey"),
                                IsoDate::format(sort == LedgerSort::RecordedNewest ? after->recordedOn : after->dueOn));
        condition.values.insert(QStringLiteral(":afterId"), after->id);
    }
    // Kept prepared: the next page, or the same filter for another community, is planned once.
    QSqlQuery &query = m_database.statements().prepared(
        QStringLiteral("SELECT %1%2%3 ORDER BY %4 LIMIT :limit").arg(rowColumns, rowJoins, condition.sql(), orderFor(sort)));
    condition.bind(query);
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<LedgerRow> rows;
    if (!SqlRead::run(query))
        return rows;
    while (query.next())
        rows.append(readRow(query));
    SqlRead::finished(query);
    query.finish(); // kept prepared; its rows (and on a file its read snapshot) let go
    return rows;
}

qint64 LedgerRepository::count(const LedgerFilter &filter) const
{
    return count(m_database.connection(), filter);
}

qint64 LedgerRepository::count(const QSqlDatabase &db, const LedgerFilter &filter)
{
    const SqlCondition condition = conditionFor(db, filter, LedgerSearch::Use::Count);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM ledger_item i%1").arg(condition.sql()));
    condition.bind(query);
    return SqlRead::run(query) && query.next() ? query.value(0).toLongLong() : 0;
}

QStringList LedgerRepository::pagePlan(const LedgerFilter &filter, LedgerSort sort) const
{
    const SqlCondition condition = conditionFor(m_database.connection(), filter, LedgerSearch::Use::Page);
    QSqlQuery query(m_database.connection());
    const bool server = m_database.onServer();
    query.prepare(QStringLiteral("%1 SELECT %2%3%4 ORDER BY %5 LIMIT 200")
                      .arg(server ? QStringLiteral("EXPLAIN") : QStringLiteral("EXPLAIN QUERY PLAN"), rowColumns, rowJoins,
                           condition.sql(), orderFor(sort)));
    condition.bind(query);
    QStringList plan;
    if (SqlRead::run(query)) {
        while (query.next())
            plan.append(query.value(server ? 0 : 3).toString());
        SqlRead::finished(query);
    }
    return plan;
}

QList<LedgerCategory> LedgerRepository::categories(bool includeRetired) const
{
    QSqlQuery query(m_database.connection());
    QList<LedgerCategory> list;
    if (!SqlRead::run(query, QStringLiteral("SELECT id, name, position, retired, days_ordinary, days_urgent, days_emergency, points, "
                                            "needs_signoff FROM ledger_category%1 ORDER BY position, id")
                                 .arg(includeRetired ? QString() : QStringLiteral(" WHERE retired = 0"))))
        return list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                     query.value(3).toBool(), query.value(4).toInt(), query.value(5).toInt(), query.value(6).toInt(),
                     query.value(7).toInt(), query.value(8).toInt() != 0});
    }
    SqlRead::finished(query);
    return list;
}

std::optional<LedgerCategory> LedgerRepository::category(qint64 id) const
{
    for (const LedgerCategory &category : categories(true)) {
        if (category.id == id)
            return category;
    }
    return std::nullopt;
}

std::optional<qint64> LedgerRepository::categoryByName(const QString &name) const
{
    for (const LedgerCategory &category : categories(true)) {
        if (category.name == name.trimmed())
            return category.id;
    }
    return std::nullopt;
}

QList<LedgerRow> LedgerRepository::possibleDuplicates(qint64 orgId, qint64 categoryId, const QString &title,
                                                      const QDate &recordedOn) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1%2 WHERE i.org_id = :org AND i.category_id = :category "
                                 "AND i.recorded_on BETWEEN :from AND :to ORDER BY i.recorded_on DESC LIMIT 200")
                      .arg(rowColumns, rowJoins));
    query.bindValue(QStringLiteral(":org"), orgId);
    query.bindValue(QStringLiteral(":category"), categoryId);
    query.bindValue(QStringLiteral(":from"), IsoDate::format(recordedOn.addDays(-30)));
    query.bindValue(QStringLiteral(":to"), IsoDate::format(recordedOn));
    // Alike: half the character pairs of the shorter title are in the other one.
    const auto pairs = [](const QString &text) {
        QSet<QString> out;
        for (const QString &word : LedgerSearch::words(text)) {
            for (qsizetype i = 0; i + 2 <= word.size(); ++i)
                out.insert(word.mid(i, 2));
        }
        return out;
    };
    const QSet<QString> mine = pairs(title);
    QList<LedgerRow> rows;
    if (mine.isEmpty() || !SqlRead::run(query))
        return rows;
    while (query.next()) {
        const LedgerRow row = readRow(query);
        const QSet<QString> theirs = pairs(row.title);
        const qsizetype shared = QSet<QString>(mine).intersect(theirs).size();
        const qsizetype smaller = std::min(mine.size(), theirs.size());
        if (smaller > 0 && shared * 2 >= smaller)
            rows.append(row);
    }
    SqlRead::finished(query);
    return rows;
}

qint64 LedgerRepository::overdueCount(qint64 orgId, const QDate &asOf) const
{
    return Overdue::count(m_database, orgId, asOf);
}
