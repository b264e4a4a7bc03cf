#pragma once

#include "Review.h"
#include "ReviewWeights.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// The year-end review (述职评议) of the sub-districts and communities: the reviews entered, what
/// the year shows of each (tasks, residents' satisfaction), the scores weighed by the weights that
/// apply to each, and the ranking.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    /// The sub-districts and communities within scopeId (itself included; 0: all) not dissolved
    /// before the year, with their reviews of the year, weighed and ranked by kind; sub-districts
    /// first, then communities, each by rank (those without a total last, by name).
    static Result<QList<ReviewRow>> year(const Database &database, int year, qint64 scopeId = 0);
    /// The organisation's review of the year; one with id 0 when none was entered yet.
    static Result<Review> find(const Database &database, qint64 orgId, int year);
    /// Enters or changes the review (a change counts on the version it was read with); its id.
    /// Scores are kept to a tenth.
    static Result<qint64> save(const Database &database, const Review &review, const QDate &today = QDate::currentDate());

    /// The service objects' score and the total of a row by weights.
    static void weigh(ReviewRow &row, const ReviewWeights &weights);
    /// Ranks the rows by total within each kind; ties share a rank.
    static void rank(QList<ReviewRow> &rows);
};
