#pragma once

#include "DemoProfile.h"
#include "core/Result.h"

#include <QDate>

#include <cstdint>
#include <functional>

class Database;

/// Fills an empty database with realistic generated data (`demo --profile`), deterministic for a
/// seed and an as-of date, in one transaction: cancelled or failed, it leaves nothing behind.
class DemoGenerator
{
public:
    struct Options
    {
        QString profile = QStringLiteral("small");
        std::uint64_t seed = 1;
        QDate asOf = QDate::currentDate();
    };

    /// Receives a fraction in [0, 1] and a short description; returns false to cancel.
    using Progress = std::function<bool(double fraction, const QString &stage)>;

    static Outcome run(Database &database, const Options &options, const Progress &progress = {});

    /// Where each stage lies in the progress fraction (for progress bars and benchmarks).
    static constexpr double membersFrom = 0.1;
    static constexpr double membersTo = 0.3;
    static constexpr double ledgerFrom = 0.33; ///< co-building lies between members and the ledger
};
