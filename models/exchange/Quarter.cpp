#include "Quarter.h"

#include <QRegularExpression>

std::optional<Quarter> Quarter::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})Q([1-4])$"));
    const auto match = pattern.match(text.trimmed().toUpper());
    if (!match.hasMatch())
        return std::nullopt;
    return Quarter{match.captured(1).toInt(), match.captured(2).toInt()};
}

Quarter Quarter::containing(const QDate &date)
{
    return Quarter{date.year(), (date.month() - 1) / 3 + 1};
}
