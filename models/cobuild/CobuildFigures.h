#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

/// The co-building counts of `stats --json` and the page's charts, for an organisation's subtree.
struct CobuildFigures
{
    qint64 units = 0;
    qint64 agreements = 0;
    qint64 needs = 0;
    qint64 needsMatched = 0; ///< matched or already fulfilled
    qint64 resources = 0;
    qint64 projects = 0;
    qint64 activities = 0;
    qint64 meetings = 0; ///< joint meetings (联席会议)
    qint64 councils = 0; ///< deliberation councils (议事会)
    qint64 tasks = 0;
    qint64 tasksOverdue = 0;

    static CobuildFigures compute(const Database &database, qint64 orgId, const QDate &asOf);
    /// The `cobuilding` section (meetings and tasks go to the top level of stats).
    QJsonObject toJson() const;
};

/// Needs of one category: still open against matched (or fulfilled).
struct NeedsByCategory
{
    QString category;
    int open = 0;
    int matched = 0;
};

/// Agreements in force by how much of this year's target they have met by now.
struct FulfilmentBands
{
    int behind = 0;   ///< fewer activities than due by now
    int onTrack = 0;  ///< as many as due by now, target not yet met
    int met = 0;      ///< the year's target met
};

namespace CobuildCharts {
QList<NeedsByCategory> needsByCategory(const Database &database, qint64 orgId);
FulfilmentBands fulfilment(const Database &database, qint64 orgId, const QDate &asOf);
} // namespace CobuildCharts
