#include "Money.h"

#include <QLocale>
#include <QRegularExpression>

namespace Money {

std::optional<qint64> parseYuan(const QString &text)
{
    static const QRegularExpression amount(QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d{1,10})(?:\\.(\\d{1,2}))?$"));
    // As clerks type amounts: full-width digits and marks, ¥ before, 元 after.
    QString plain;
    for (const QChar c : text.trimmed()) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            plain += QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0C))
            plain += QLatin1Char(',');
        else if (c == QChar(0xFF0E))
            plain += QLatin1Char('.');
        else
            plain += c;
    }
    if (plain.startsWith(QChar(0x00A5)) || plain.startsWith(QChar(0xFFE5)))
        plain.remove(0, 1);
    if (plain.endsWith(QChar(0x5143))) // 元
        plain.chop(1);
    const auto match = amount.match(plain.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString whole = match.captured(1);
    whole.remove(QLatin1Char(','));
    if (whole.size() > 10)
        return std::nullopt;
    const qint64 yuan = whole.toLongLong();
    const QString cents = match.captured(2).leftJustified(2, QLatin1Char('0'));
    const qint64 fen = yuan * 100 + cents.toLongLong();
    if (fen > 100000000000LL)
        return std::nullopt;
    return fen;
}

QString yuan(qint64 fen, bool localized)
{
    const QString cents = QStringLiteral("%1").arg(std::abs(fen % 100), 2, 10, QLatin1Char('0'));
    const qint64 whole = fen / 100;
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const QString number = localized ? QLocale().toString(std::abs(whole)) : QString::number(std::abs(whole));
    return sign + number + (localized ? QLocale().decimalPoint() : QStringLiteral(".")) + cents;
}

} // namespace Money
