#pragma once

#include <QJsonObject>

class Database;

/// The headline figures of a database (`stats --json`, the overview page), read from the running
/// counts that triggers keep, so that asking costs the same on a city as on an empty file.
struct Headline
{
    qint64 subdistricts = 0;
    qint64 communities = 0;
    qint64 grids = 0;
    qint64 buildingGroups = 0;
    qint64 households = 0;
    qint64 functionalBranches = 0;
    qint64 temporaryBranches = 0;
    qint64 sectorCommittees = 0;
    qint64 buildingCommittees = 0; ///< 楼宇党委
    qint64 businessCommittees = 0; ///< 商圈党委
    qint64 temporaryGroups = 0;    ///< 临时党小组
    qint64 partyGroups = 0;        ///< 党小组 of the branches
    qint64 members = 0;

    static Headline read(const Database &database);
    /// The same figures counted in the subtree of orgId (one query over its lineage range).
    static Headline readSubtree(const Database &database, qint64 orgId);
    QJsonObject toJson() const;
};
