#include "Quarter.h"

#include "core/IsoDate.h"

#include <QRegularExpression>

std::optional<Quarter> Quarter::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})Q([1-4])$"));
    const auto match = pattern.match(text.trimmed().toUpper());
    if (!match.hasMatch())
        return std::nullopt;
    const Quarter quarter{match.captured(1).toInt(), match.captured(2).toInt()};
    if (quarter.year < IsoDate::minYear || quarter.year > IsoDate::maxYear)
        return std::nullopt;
    return quarter;
}

Quarter Quarter::containing(const QDate &date)
{
    return Quarter{date.year(), (date.month() - 1) / 3 + 1};
}
