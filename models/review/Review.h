#pragma once

#include "ReviewWeights.h"
#include "org/OrgKind.h"

#include <QDate>
#include <QString>

#include <optional>

/// 述职评议: an organisation's year-end report to the level above and the scores it was given,
/// each 0–100 — by the level above, by the service objects (the co-building units) and by the
/// members (双述双评).
struct Review
{
    qint64 id = 0; ///< 0 until the first save
    qint64 orgId = 0;
    int year = 0;
    QString report; ///< 述职报告
    std::optional<double> above;
    std::optional<double> units;
    std::optional<double> members;
    QDate reviewedOn;
    int version = 0; ///< the version read with it (RecordVersion); 0 for one not saved yet
};

/// What the year shows of the organisation besides the scores: its tasks' outcomes (set in the
/// year) and the residents' satisfaction with the ledger items of its area (visited in the year).
struct ReviewFacts
{
    int tasks = 0;
    int tasksDone = 0;
    int tasksDoneInTime = 0;
    int tasksOpen = 0;
    int visited = 0;   ///< items followed up in the year
    int satisfied = 0; ///< of them satisfied or basically satisfied

    /// The residents' satisfaction in per cent; nothing when no item was followed up.
    std::optional<double> satisfaction() const
    {
        return visited ? std::optional<double>(100.0 * satisfied / visited) : std::nullopt;
    }
};

/// A row of the year's review: the organisation, its review, its facts, the scores weighed.
struct ReviewRow
{
    qint64 orgId = 0;
    QString orgName;
    QString orgPath;
    OrgKind kind = OrgKind::Community;
    Review review;
    ReviewFacts facts;
    /// The service objects' score: the units' and the residents' satisfaction, the mean of those
    /// given.
    std::optional<double> service;
    /// The weighed total, once all three scores are there.
    std::optional<double> total;
    ReviewWeights weights; ///< the weights that applied
    int rank = 0; ///< among the organisations of its kind in the list, by total; 0 without a total
};
