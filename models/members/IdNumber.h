#pragma once

#include "Member.h"

#include <QDate>
#include <QString>

#include <optional>

/// The citizen ID number (公民身份号码, GB 11643-1999): 6 digits of region, 8 of birth date,
/// 3 of sequence (odd for men, even for women) and a check character (0-9 or X).
namespace IdNumber {

/// The check character for the first 17 digits, or a null QChar when they are not 17 digits.
QChar checkCharacter(const QString &first17);

/// 18 characters with a correct check character and a possible birth date.
bool isValid(const QString &text);

/// Upper-cases a trailing x and removes spaces.
QString normalised(const QString &text);

std::optional<QDate> birthDate(const QString &text);
std::optional<Gender> gender(const QString &text);

/// 3408**********1234: what every view but the member's own form shows.
QString masked(const QString &text);

/// A valid number for a birth date, gender and region (for demo data).
QString make(const QString &region, const QDate &birth, Gender gender, int sequence);

} // namespace IdNumber
