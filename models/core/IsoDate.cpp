#include "IsoDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

/// A date from its parts, or nullopt when impossible or outside the years kept.
std::optional<QDate> dateOf(const QString &year, const QString &month, const QString &day)
{
    const QDate date(year.toInt(), month.toInt(), day.toInt());
    if (!IsoDate::inRange(date))
        return std::nullopt;
    return date;
}

} // namespace

namespace IsoDate {

bool inRange(const QDate &date)
{
    return date.isValid() && date.year() >= minYear && date.year() <= maxYear;
}

std::optional<QDate> parse(const QString &text)
{
    // [0-9], not \d: \d would also take full-width and other scripts' digits.
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return dateOf(match.captured(1), match.captured(2), match.captured(3));
}

std::optional<QDate> parseLenient(const QString &text)
{
    static const QRegularExpression separated(
        QStringLiteral("^([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})$"));
    const QString trimmed = text.trimmed();
    auto match = separated.match(trimmed);
    if (!match.hasMatch())
        match = compact.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    return dateOf(match.captured(1), match.captured(2), match.captured(3));
}

QString problem(const QString &text)
{
    if (parse(text))
        return {};
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const auto match = pattern.match(text);
    if (match.hasMatch()) {
        const int year = match.captured(1).toInt();
        if (year < minYear || year > maxYear)
            return QCoreApplication::translate("IsoDate", "the year %1 is not between %2 and %3").arg(year).arg(minYear).arg(maxYear);
        return QCoreApplication::translate("IsoDate", "%1 is not a day of the calendar (dates are written YYYY-MM-DD)").arg(text);
    }
    return QCoreApplication::translate("IsoDate", "\"%1\" is not a date written YYYY-MM-DD").arg(text);
}

std::optional<QDate> parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return dateOf(match.captured(1), match.captured(2), QStringLiteral("1"));
}

QString format(const QDate &date)
{
    if (!date.isValid())
        return {};
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    // Written by hand: QDate::toString goes through a printf and dominates bulk generation.
    char16_t text[10] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10), char16_t(u'0' + year / 10 % 10),
                         char16_t(u'0' + year % 10),   u'-', char16_t(u'0' + month / 10), char16_t(u'0' + month % 10),
                         u'-', char16_t(u'0' + day / 10), char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QVariant toSql(const QDate &date)
{
    return date.isValid() ? QVariant(format(date)) : QVariant(QMetaType::fromType<QString>());
}

QDate fromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    return parse(value.toString()).value_or(QDate());
}

} // namespace IsoDate
