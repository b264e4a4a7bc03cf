#pragma once

#include "AssessmentWeights.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

class Database;

/// One grid worker's (or grid head's) assessment over a period.
struct GridStaffScore
{
    qint64 roleId = 0;
    qint64 gridId = 0;
    qint64 subdistrictId = 0;
    QString name;
    QString grid; ///< community › grid
    int minutes = 0;    ///< of visits in the period's weeks (those whose Monday falls in it)
    int visits = 0;     ///< in the period's weeks
    int households = 0; ///< visited in the period's weeks
    int weeks = 0;     ///< the period's weeks over by the day assessed
    int weeksMet = 0;  ///< of them, with at least five hours of visits (每周下沉走访不少于5小时)
    int raised = 0;    ///< ledger items the person reported
    int judged = 0;    ///< of them, closed, or open past their due date (not suspended)
    int onTime = 0;    ///< of those, closed by their due date
    int rated = 0;     ///< of them, with a follow-up visit's satisfaction
    int satisfied = 0; ///< of those, satisfied or basically satisfied
    double score = 0;  ///< 0–100 by the sub-district's weights
    int rank = 0;      ///< within the sub-district, 1 the best
};

/// 网格人员考核评价 (seed 001): every grid head and grid worker in office in the period, scored on
/// the weekly hours rule (weeks with ≥ 5 hours of visits ÷ the period's weeks over while the
/// person was in office; a week, Monday to Sunday, is the period's in which its Monday falls),
/// items raised (÷ the most anyone of the sub-district raised), items handled on time (÷ those
/// closed or past their due date) and residents' satisfaction (÷ rated), with the weights of the
/// person's sub-district; a criterion that does not apply (no week, nothing raised, nothing yet
/// judged or rated) leaves its weight to the others. Ranked within each sub-district, and listed
/// so: sub-district by sub-district, by rank.
class GridStaffAssessment
{
public:
    static constexpr int minutesPerWeek = 5 * 60;

    /// The assessment of the staff in the subtree of orgId (0: all) from from to to; the weeks of
    /// the hours rule are those past by asOf.
    static Result<QList<GridStaffScore>> compute(const Database &database, qint64 orgId, const QDate &from, const QDate &to,
                                                 const QDate &asOf = QDate::currentDate());
    static QJsonArray toJson(const QList<GridStaffScore> &scores);
    /// The score of one person by the weights (exposed for the tests of the rule).
    static double score(const GridStaffScore &s, int mostRaised, const AssessmentWeights &weights);

private:
    static Result<QList<GridStaffScore>> computeWithin(const Database &database, qint64 orgId, const QDate &from,
                                                       const QDate &to, const QDate &asOf);
};
