#include "WorkCalendar.h"

#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlRead.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

#include <exception>

namespace bg = boost::gregorian;

namespace {

Q_LOGGING_CATEGORY(calendarLog, "zongheng.calendar")

// Boost's dates hold the years 1400–9999 and throw outside them. Every date that reaches Boost
// here is first bounded to IsoDate's years, and every call into Boost is caught at this boundary:
// no exception leaves this file.

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
        if (!IsoDate::inRange(day.date))
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
    if (!SqlRead::run(query, QStringLiteral("SELECT day, kind, name FROM calendar_day")))
        return WorkCalendar(days);
    while (query.next()) {
        // A day outside the years kept (written before they were bounded) is left out, not fatal.
        const QDate date = IsoDate::fromSql(query.value(0));
        if (date.isValid())
            days.append({date, query.value(1).toString() == QLatin1String("holiday"), query.value(2).toString()});
    }
    SqlRead::finished(query);
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
    if (!IsoDate::inRange(date))
        return false;
    try {
        return isWorkingDay(toBoost(date));
    } catch (const std::exception &e) {
        qCWarning(calendarLog) << "isWorkingDay" << date << e.what();
        return false;
    }
}

QDate WorkCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!IsoDate::inRange(from) || n < 0 || n > maxWorkingDays)
        return {};
    try {
        bg::date day = toBoost(from);
        const bg::date last(IsoDate::maxYear, 12, 31);
        const bg::date_duration one(1);
        for (int counted = 0; counted < n;) {
            if (day >= last)
                return {};
            day += one;
            if (isWorkingDay(day))
                ++counted;
        }
        return toQDate(day);
    } catch (const std::exception &e) {
        qCWarning(calendarLog) << "addWorkingDays" << from << n << e.what();
        return {};
    }
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!IsoDate::inRange(from) || !IsoDate::inRange(to) || to <= from)
        return 0;
    try {
        int count = 0;
        for (bg::day_iterator it(toBoost(from) + bg::date_duration(1)); *it <= toBoost(to); ++it) {
            if (isWorkingDay(*it))
                ++count;
        }
        return count;
    } catch (const std::exception &e) {
        qCWarning(calendarLog) << "workingDaysBetween" << from << to << e.what();
        return 0;
    }
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
