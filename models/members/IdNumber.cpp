#include "IdNumber.h"

namespace IdNumber {

QChar checkCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (!c.isDigit() || c.unicode() > '9')
            return {};
        sum += (c.unicode() - '0') * weights[i];
    }
    return QLatin1Char(checks[sum % 11]);
}

QString normalised(const QString &text)
{
    QString out = text.trimmed();
    out.remove(QLatin1Char(' '));
    if (out.endsWith(QLatin1Char('x')))
        out.back() = QLatin1Char('X');
    return out;
}

std::optional<QDate> birthDate(const QString &text)
{
    if (text.size() < 14)
        return std::nullopt;
    const QDate date = QDate::fromString(text.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool isValid(const QString &text)
{
    if (text.size() != 18)
        return false;
    const QChar check = checkCharacter(text.left(17));
    return !check.isNull() && check == text.at(17) && birthDate(text).has_value();
}

std::optional<Gender> gender(const QString &text)
{
    if (text.size() < 17 || !text.at(16).isDigit())
        return std::nullopt;
    return (text.at(16).unicode() - '0') % 2 == 1 ? Gender::Male : Gender::Female;
}

QString masked(const QString &text)
{
    if (text.size() != 18)
        return text.isEmpty() ? QString() : QString(text.size(), QLatin1Char('*'));
    return text.left(4) + QString(10, QLatin1Char('*')) + text.right(4);
}

QString make(const QString &region, const QDate &birth, Gender gender, int sequence)
{
    int seq = sequence % 1000;
    const bool odd = seq % 2 == 1;
    if ((gender == Gender::Male) != odd)
        seq = (seq + 1) % 1000;
    // Digits by hand: this runs once per generated member.
    int year = 0, month = 0, day = 0;
    birth.getDate(&year, &month, &day);
    char16_t digits[17];
    for (int i = 0; i < 6; ++i)
        digits[i] = i < region.size() ? region.at(i).unicode() : u'0';
    const int parts[] = {year / 1000, year / 100 % 10, year / 10 % 10, year % 10, month / 10, month % 10,
                         day / 10,    day % 10,        seq / 100,       seq / 10 % 10, seq % 10};
    for (int i = 0; i < 11; ++i)
        digits[6 + i] = char16_t(u'0' + parts[i]);
    const QString first17(reinterpret_cast<const QChar *>(digits), 17);
    return first17 + checkCharacter(first17);
}

} // namespace IdNumber
