#pragma once

#include <QDate>
#include <QJsonObject>

class Database;

/// The figures the office is judged by, defined once and used by the overview, the reports and
/// `stats`. For items recorded in a period (and an organisation's subtree):
/// completion rate = closed or visited ÷ recorded; satisfaction rate = (满意 + 基本满意) ÷ items with
/// a visit; average working days from recording to closing. Overdue is not of the period's items
/// alone but as everywhere (Overdue): every item in hand on the as-of day past its due date.
struct LedgerFigures
{
    qint64 recorded = 0;
    qint64 closed = 0;  ///< closed or visited
    qint64 visited = 0; ///< with a follow-up visit
    qint64 satisfied = 0;
    qint64 overdue = 0;
    double averageCloseDays = 0;

    double completionRate() const { return recorded ? double(closed) / double(recorded) : 0.0; }
    double satisfactionRate() const { return visited ? double(satisfied) / double(visited) : 0.0; }

    /// from/to may be null (no bound); asOf decides what is overdue.
    static LedgerFigures compute(const Database &database, qint64 orgId, const QDate &from, const QDate &to,
                                 const QDate &asOf);
    QJsonObject toJson() const;
};
