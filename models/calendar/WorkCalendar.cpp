#include "WorkCalendar.h"

#include "core/IsoDate.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace bg = boost::gregorian;

namespace {

bg::date toBoost(const QDate &date)
{
    return bg::date(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                    static_cast<unsigned short>(date.day()));
}

QDate toQDate(const bg::date &date)
{
    const auto ymd = date.year_month_day();
    return QDate(ymd.year, ymd.month, ymd.day);
}

} // namespace

WorkCalendar::WorkCalendar(const QList<CalendarDay> &days)
{
    for (const CalendarDay &day : days) {
        if (!day.date.isValid())
            continue;
        const bg::date d = toBoost(day.date);
        (day.holiday ? m_holidays : m_workdays).insert(d);
        (day.holiday ? m_workdays : m_holidays).erase(d);
    }
}

WorkCalendar WorkCalendar::load(const Database &database)
{
    return load(database.connection());
}

WorkCalendar WorkCalendar::load(const QSqlDatabase &db)
{
    QList<CalendarDay> days;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT day, kind, name FROM calendar_day"))) {
        while (query.next())
            days.append({IsoDate::fromSql(query.value(0)), query.value(1).toString() == QLatin1String("holiday"),
                         query.value(2).toString()});
    }
    return WorkCalendar(days);
}

bool WorkCalendar::isWorkingDay(const bg::date &day) const
{
    if (m_holidays.count(day))
        return false;
    if (m_workdays.count(day))
        return true;
    const auto weekday = day.day_of_week().as_number(); // 0 Sunday .. 6 Saturday
    return weekday != 0 && weekday != 6;
}

bool WorkCalendar::isWorkingDay(const QDate &date) const
{
    return date.isValid() && isWorkingDay(toBoost(date));
}

QDate WorkCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid())
        return {};
    bg::date day = toBoost(from);
    const bg::date_duration one(1);
    for (int counted = 0; counted < n;) {
        day += one;
        if (isWorkingDay(day))
            ++counted;
    }
    return toQDate(day);
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    for (bg::day_iterator it(toBoost(from) + bg::date_duration(1)); *it <= toBoost(to); ++it) {
        if (isWorkingDay(*it))
            ++count;
    }
    return count;
}

QList<int> WorkCalendar::years() const
{
    std::set<int> years;
    for (const auto &day : m_holidays)
        years.insert(day.year());
    for (const auto &day : m_workdays)
        years.insert(day.year());
    return QList<int>(years.begin(), years.end());
}
