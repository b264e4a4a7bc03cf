#pragma once

#include <QDate>
#include <QString>

#include <optional>

/// Where service points came from (or went).
enum class PointsSource { Ledger, Activity, Manual, Redemption, Reversal };

/// One line of a member's points ledger; never edited once written.
struct PointsEntry
{
    qint64 id = 0;
    qint64 memberId = 0;
    QDate enteredOn;
    int points = 0; ///< positive earned, negative redeemed
    QString reason;
    PointsSource source = PointsSource::Manual;
    qint64 sourceRef = 0;  ///< the ledger item or activity it came from
    qint64 reversesId = 0; ///< for a reversal: the entry it undoes
    qint64 reversedById = 0; ///< set when a later entry undid this one
};

/// One line of a ranking of members by points earned in a period.
struct PointsRankRow
{
    int rank = 0;
    qint64 memberId = 0;
    QString name;
    QString orgName;
    int points = 0;
};

namespace PointsSources {
QString code(PointsSource source);
std::optional<PointsSource> fromCode(const QString &code);
QString displayName(PointsSource source);
} // namespace PointsSources
