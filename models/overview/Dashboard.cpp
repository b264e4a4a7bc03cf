#include "Dashboard.h"

#include "cobuild/MeetingRhythm.h"
#include "core/IsoDate.h"
#include "ledger/LedgerRepository.h"
#include "ledger/Overdue.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QHash>

#include <algorithm>
#include <QSqlQuery>
#include <QVariant>

namespace {

/// The ledger column that names the children of an organisation of this kind, and their kind.
std::pair<QString, OrgKind> childLevel(OrgKind kind)
{
    switch (kind) {
    case OrgKind::District: return {QStringLiteral("subdistrict_id"), OrgKind::Subdistrict};
    case OrgKind::Subdistrict: return {QStringLiteral("community_id"), OrgKind::Community};
    default: return {QStringLiteral("org_id"), OrgKind::Grid};
    }
}

} // namespace

Dashboard Dashboard::compute(const Database &database, qint64 orgId, const QDate &from, const QDate &to, const QDate &today)
{
    Dashboard d;
    const OrgRepository orgs(database);
    d.orgId = orgId ? orgId : orgs.rootId();
    d.from = from;
    d.to = to;
    d.asOf = std::min(to, today);
    const QSqlDatabase db = database.connection();

    // One pass over the ledger_item_dashboard index, grouped by day and the index's columns down to
    // the child level (its own order: no sorting of a city's year), with a count per category.
    const QDate first = QDate(to.year(), to.month(), 1).addMonths(-11);
    const QDate start = from.isValid() ? std::min(first, from) : first;
    const QDate periodStart = from.isValid() ? from : start;
    const auto node = orgs.node(d.orgId);
    const auto [column, childKind] = childLevel(node ? node->kind : OrgKind::Community);
    const QStringList prefix = {QStringLiteral("i.recorded_on"), QStringLiteral("i.subdistrict_id"), QStringLiteral("i.community_id"),
                                QStringLiteral("i.org_id")};
    const QStringList grouping = prefix.mid(0, prefix.indexOf(QStringLiteral("i.") + column) + 1);
    QList<std::pair<qint64, QString>> categoryList;
    {
        QSqlQuery categories(db);
        if (SqlRead::run(categories, QStringLiteral("SELECT id, name FROM ledger_category ORDER BY position, id"))) {
            while (categories.next())
                categoryList.append({categories.value(0).toLongLong(), categories.value(1).toString()});
            SqlRead::finished(categories);
        }
    }
    QStringList perCategory;
    for (const auto &[id, name] : categoryList)
        perCategory.append(QStringLiteral("count(*) FILTER (WHERE i.category_id = %1)").arg(id));
    QHash<QString, std::pair<qint64, qint64>> byMonth;
    QHash<qint64, Child> byChild;
    QList<qint64> byCategory(categoryList.size(), 0);
    {
        SqlCondition c;
        LedgerRepository::addScope(c, db, d.orgId, QStringLiteral("i."));
        c.add(QStringLiteral("i.recorded_on >= :start AND i.recorded_on <= :to"));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT i.recorded_on, i.%1, count(*), count(*) FILTER (WHERE i.state IN ('closed', 'visited')), "
                                     "count(*) FILTER (WHERE i.satisfaction IS NOT NULL), "
                                     "count(*) FILTER (WHERE i.satisfaction IN ('satisfied', 'basically_satisfied'))%2 "
                                     "FROM ledger_item i")
                          .arg(column, perCategory.isEmpty() ? QString() : QStringLiteral(", ") + perCategory.join(QStringLiteral(", ")))
                      + c.sql() + QStringLiteral(" GROUP BY ") + grouping.join(QStringLiteral(", ")));
        c.bind(query);
        query.bindValue(QStringLiteral(":start"), IsoDate::format(start));
        query.bindValue(QStringLiteral(":to"), IsoDate::format(to));
        const QString firstMonth = first.toString(QStringLiteral("yyyy-MM"));
        const QString fromDay = IsoDate::format(periodStart);
        if (SqlRead::run(query)) {
            while (query.next()) {
                const QString day = query.value(0).toString();
                const qint64 recorded = query.value(2).toLongLong();
                const qint64 closed = query.value(3).toLongLong();
                if (day.left(7) >= firstMonth) {
                    auto &m = byMonth[day.left(7)];
                    m.first += recorded;
                    m.second += closed;
                }
                if (day < fromDay)
                    continue; // before the period: the months chart only
                Child &child = byChild[query.value(1).toLongLong()];
                child.recorded += recorded;
                child.closed += closed;
                child.visited += query.value(4).toLongLong();
                child.satisfied += query.value(5).toLongLong();
                for (int k = 0; k < categoryList.size(); ++k)
                    byCategory[k] += query.value(6 + k).toLongLong();
            }
            SqlRead::finished(query);
        }
    }
    for (int i = 0; i < 12; ++i) {
        const QDate month = first.addMonths(i);
        const auto count = byMonth.value(month.toString(QStringLiteral("yyyy-MM")));
        d.months.append({month, count.first, count.second});
    }
    // Overdue as everywhere: every item in hand on the day, whenever recorded.
    const QHash<qint64, qint64> overdue = Overdue::byChild(database, d.orgId, column, d.asOf);
    for (const OrgNodeInfo &entry : orgs.children(d.orgId, false)) {
        if (entry.kind != childKind)
            continue;
        Child child = byChild.value(entry.id);
        child.overdue = overdue.value(entry.id);
        child.orgId = entry.id;
        child.name = entry.name;
        d.children.append(child);
    }
    for (int k = 0; k < categoryList.size(); ++k) {
        if (byCategory.at(k) > 0)
            d.categories.append({categoryList.at(k).first, categoryList.at(k).second, byCategory.at(k)});
    }
    std::stable_sort(d.categories.begin(), d.categories.end(), [](const Category &a, const Category &b) { return a.items > b.items; });

    d.needs = CobuildCharts::needsByCategory(database, d.orgId);
    const QList<MeetingDue> due = MeetingRhythm::due(db, d.asOf, d.orgId);
    for (const MeetingDue &entry : due)
        (entry.standing == MeetingStanding::Overdue ? d.meetingsOverdue : d.meetingsDue)++;
    SqlCondition held;
    held.add(QStringLiteral("o.kind IN ('district', 'subdistrict', 'community') AND o.dissolved_on IS NULL"));
    held.addSubtree(db, d.orgId, QStringLiteral("o.id"));
    QSqlQuery all(db);
    all.prepare(QStringLiteral("SELECT count(*) FROM organisation o") + held.sql());
    held.bind(all);
    if (SqlRead::run(all) && all.next())
        d.meetingsOnRhythm = std::max(0, all.value(0).toInt() - d.meetingsDue - d.meetingsOverdue);
    if (const auto guarantee = GuaranteeFigures::compute(database, d.orgId, d.asOf))
        d.guarantee = guarantee.value();
    else
        d.guaranteeError = guarantee.error();
    if (const auto work = WorkFigures::compute(database, d.orgId, d.from, d.to, d.asOf))
        d.work = work.value();
    else
        d.workError = work.error();
    return d;
}
