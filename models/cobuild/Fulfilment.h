#pragma once

#include <QDate>

/// How far an agreement has come this year against its target of joint activities.
struct Fulfilment
{
    int done = 0;          ///< activities held this year within the term
    int target = 0;        ///< the year's target, for the part of the year the term covers
    int expectedByNow = 0; ///< the share of the target due by the as-of date
    bool behind = false;   ///< fewer done than due by now
    bool expiring = false; ///< the term ends within 30 days

    /// The figures for the year of asOf. A term that covers part of the year has the target in
    /// proportion (rounded); "by now" is the target in proportion to the covered days passed.
    static Fulfilment compute(const QDate &signedOn, const QDate &endsOn, int targetPerYear, int doneThisYear,
                              const QDate &asOf);
    static constexpr int expiringWithinDays = 30;

    /// done ÷ target as a percentage (100 when there is no target).
    int percent() const { return target > 0 ? done * 100 / target : 100; }
};
