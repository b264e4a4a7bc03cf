#pragma once

#include <QString>

#include <optional>

/// Amounts of money as the program keeps them: whole fen (a hundredth of a yuan), so that sums
/// are exact; written and read as yuan with at most two decimals.
namespace Money {

/// "12000", "12,000.5", "12000.50", "¥12000.5", "12000.5元", full-width "１２０００" → 1200050 fen;
/// nothing for text that is not such an amount (a third decimal, a sign, letters, 万) or one over
/// 1,000,000,000 yuan.
std::optional<qint64> parseYuan(const QString &text);
/// 1200050 → "12,000.50" (grouped in the locale of the language setting when localized).
QString yuan(qint64 fen, bool localized = true);
/// 1200050 → 12000.5, for JSON.
inline double toYuan(qint64 fen) { return double(fen) / 100.0; }

} // namespace Money
