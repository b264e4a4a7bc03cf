#include "DemoGridStaff.h"

#include "calendar/WorkCalendar.h"
#include "core/IsoDate.h"
#include "store/BulkInsert.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

DemoGridStaff::DemoGridStaff(const QSqlDatabase &db, std::uint64_t seed, const QDate &asOf)
    : m_db(db)
    , m_random(seed ^ 0x6772696473746166ull) // "gridstaf": a stream of its own
    , m_asOf(asOf)
{
}

Outcome DemoGridStaff::prepare(const DemoTree &tree)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT r.id, r.org_id FROM role r JOIN organisation o ON o.id = r.org_id "
                                   "WHERE o.kind = 'grid' AND (r.kind = 'grid_head' OR r.kind = 'grid_worker') ORDER BY r.id")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    while (query.next())
        m_staff[query.value(1).toLongLong()].append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    for (const DemoHousehold &household : tree.householdDetails)
        m_households[household.gridId].append(household.id);
    return Outcome::success();
}

DemoGridStaff::Reporter DemoGridStaff::reporterFor(qint64 gridId, const QString &source)
{
    Reporter reporter;
    const bool diary = source == QLatin1String("diary");
    if (!diary && source != QLatin1String("visit"))
        return reporter; // a resident's own order, call or walk-in
    // 党员中心户走记民情日记: a household's diary now and then.
    const QList<qint64> households = m_households.value(gridId);
    if (diary && !households.isEmpty() && m_random.chance(0.15)) {
        reporter.householdId = m_random.pick(households);
        return reporter;
    }
    const QList<qint64> staff = m_staff.value(gridId);
    if (!staff.isEmpty())
        reporter.roleId = m_random.pick(staff);
    return reporter;
}

Outcome DemoGridStaff::writeVisits()
{
    BulkInsert visit(m_db, QStringLiteral("INSERT INTO grid_visit (role_id, org_id, visited_on, minutes, households, note, "
                                          "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!visit.isValid())
        return Outcome::failure(visit.error());
    const WorkCalendar calendar = WorkCalendar::load(m_db);
    const QString timestamp = m_asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z");
    static const QStringList notes = {QStringLiteral("入户走访，记录民情日记"), QStringLiteral("走访独居老人"),
                                      QStringLiteral("排查安全隐患"), QStringLiteral("宣传政策，听取意见"),
                                      QStringLiteral("回访已办结事项")};
    // The Monday of the week 26 weeks back.
    const QDate start = m_asOf.addDays(-(m_asOf.dayOfWeek() - 1)).addDays(-7 * 25);
    QList<qint64> grids = m_staff.keys();
    std::sort(grids.begin(), grids.end());
    for (qint64 grid : std::as_const(grids)) {
        for (qint64 role : m_staff.value(grid)) {
            for (QDate monday = start; monday <= m_asOf; monday = monday.addDays(7)) {
                // Most weeks the rule is kept (每周下沉走访不少于5小时); some weeks fall short.
                const bool keeps = m_random.chance(0.82);
                const int visits = keeps ? m_random.between(2, 3) : m_random.between(0, 2);
                int minutes = keeps ? m_random.between(300, 480) : m_random.between(60, 290);
                QList<QDate> days;
                for (int d = 0; d < 7; ++d) {
                    const QDate day = monday.addDays(d);
                    if (day <= m_asOf && calendar.isWorkingDay(day))
                        days.append(day);
                }
                for (int v = 0; v < visits && !days.isEmpty(); ++v) {
                    const int share = v == visits - 1 ? minutes : std::max(30, minutes / (visits - v) + m_random.between(-20, 20));
                    minutes -= share;
                    if (share < 1)
                        break;
                    visit.bind(1, role);
                    visit.bind(2, grid);
                    visit.bind(3, IsoDate::format(days.takeAt(m_random.below(int(days.size())))));
                    visit.bind(4, std::min(share, 1440));
                    visit.bind(5, m_random.between(3, 12));
                    visit.bind(6, m_random.pick(notes));
                    visit.bind(7, timestamp);
                    if (!visit.exec())
                        return Outcome::failure(visit.error());
                }
            }
        }
    }
    return Outcome::success();
}
