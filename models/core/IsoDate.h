#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

/// Dates as the database and the command line write them (YYYY-MM-DD), and as a clerk types them.
///
/// Every date that comes from outside (a file, an option, a form) is bounded to the years
/// 1900–2100: members born in the 1930s are still with us, and nothing the office keeps lies
/// beyond 2100. A year outside them is refused where it is read, never passed on to code that
/// would fail on it (Boost's calendar throws below 1400).
namespace IsoDate {

inline constexpr int minYear = 1900;
inline constexpr int maxYear = 2100;

/// Whether the date is valid and within minYear–maxYear.
bool inRange(const QDate &date);

/// Strict YYYY-MM-DD within the years above; nullopt for anything else, including impossible
/// dates such as 2025-02-30.
std::optional<QDate> parse(const QString &text);

/// What a clerk may type: 2025-03-08, 2025-3-8, 2025/3/8, 2025.3.8 or 20250308 (within the years).
std::optional<QDate> parseLenient(const QString &text);

/// Why text is not a date parse() takes ("is not a date written YYYY-MM-DD", "the year 1399 is
/// not between 1900 and 2100"); empty when it is one.
QString problem(const QString &text);

/// A month written YYYY-MM (its first day), within the years above.
std::optional<QDate> parseMonth(const QString &text);

/// YYYY-MM-DD, or an empty string for a null date.
QString format(const QDate &date);

/// A bindable value: the ISO text, or SQL NULL for a null date.
QVariant toSql(const QDate &date);

/// Reads a date column; a NULL, malformed or out-of-range value gives a null QDate.
QDate fromSql(const QVariant &value);

} // namespace IsoDate
