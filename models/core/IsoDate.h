#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

/// Dates as the database and the command line write them (YYYY-MM-DD), and as a clerk types them.
namespace IsoDate {

/// Strict YYYY-MM-DD; nullopt for anything else, including impossible dates such as 2025-02-30.
std::optional<QDate> parse(const QString &text);

/// What a clerk may type: 2025-03-08, 2025-3-8, 2025/3/8, 2025.3.8 or 20250308.
std::optional<QDate> parseLenient(const QString &text);

/// YYYY-MM-DD, or an empty string for a null date.
QString format(const QDate &date);

/// A bindable value: the ISO text, or SQL NULL for a null date.
QVariant toSql(const QDate &date);

/// Reads a date column; a NULL or malformed value gives a null QDate.
QDate fromSql(const QVariant &value);

} // namespace IsoDate
