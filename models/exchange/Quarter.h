#pragma once

#include <QDate>
#include <QString>

#include <optional>

/// A calendar quarter, written 2026Q3 on the command line and in packages.
struct Quarter
{
    int year = 0;
    int number = 0; ///< 1–4

    static std::optional<Quarter> parse(const QString &text);
    static Quarter containing(const QDate &date);
    QDate first() const { return QDate(year, (number - 1) * 3 + 1, 1); }
    QDate last() const { return first().addMonths(3).addDays(-1); }
    QString code() const { return QStringLiteral("%1Q%2").arg(year).arg(number); }
    bool isValid() const { return year > 0 && number >= 1 && number <= 4; }
};
