#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <set>

class Database;

/// One entry of the official calendar: a holiday, or a make-up working day on a weekend.
struct CalendarDay
{
    QDate date;
    bool holiday = true; ///< false: a make-up working day (调休上班)
    QString name;
};

/// The Chinese working-day clock. Monday to Friday are working days unless an official holiday;
/// a make-up working day on a Saturday or Sunday is one. "N working days after D": D itself does
/// not count; count forward over working days. Dates outside the years IsoDate keeps are not
/// working days; no call throws.
class WorkCalendar
{
public:
    WorkCalendar() = default;
    explicit WorkCalendar(const QList<CalendarDay> &days);
    /// The calendar kept in the database.
    static WorkCalendar load(const Database &database);
    static WorkCalendar load(const QSqlDatabase &db);

    /// The most working days a time limit may count (some ten years).
    static constexpr int maxWorkingDays = 2500;

    bool isWorkingDay(const QDate &date) const;
    /// The date n working days after from (n = 0: from itself); a null date when from is outside
    /// the years kept (IsoDate), n is negative or above maxWorkingDays, or the date would pass 2100.
    QDate addWorkingDays(const QDate &from, int n) const;
    /// The working days in (from, to]; 0 when to is not after from.
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    /// The years the calendar has official entries for.
    QList<int> years() const;

private:
    bool isWorkingDay(const boost::gregorian::date &day) const;

    std::set<boost::gregorian::date> m_holidays;
    std::set<boost::gregorian::date> m_workdays;
};
