#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// The places of a generated tree as the co-building stages need them: communities with their
/// sub-district and grids, the units resident in each, and the active members of each community.
struct DemoArea
{
    struct Community
    {
        qint64 id = 0;
        qint64 subdistrictId = 0;
        QString name;
        QList<qint64> grids;
    };
    struct UnitPlace
    {
        qint64 id = 0;
        qint64 orgId = 0; ///< where it is resident
        qint64 communityId = 0; ///< 0 for a unit resident in a sub-district
        qint64 subdistrictId = 0;
        QString type;
    };

    qint64 districtId = 0;
    QString districtName;
    QList<qint64> subdistricts;
    QHash<qint64, QString> subdistrictNames;
    QList<Community> communities;
    QHash<qint64, int> communityIndex; ///< id → position in communities
    QList<UnitPlace> units;
    QHash<qint64, QList<int>> unitsBySubdistrict; ///< positions in units
    QHash<qint64, QList<int>> unitsByCommunity;
    QHash<qint64, QList<qint64>> membersByCommunity;

    /// Reads the tree (and members) from the database the earlier stages filled; the database's
    /// message when a read failed.
    static Result<DemoArea> read(const QSqlDatabase &db);
    void addUnit(const UnitPlace &unit);
};
