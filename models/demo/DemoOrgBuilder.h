#pragma once

#include "DemoProfile.h"
#include "core/Result.h"
#include "org/OrgKind.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

class DemoRandom;

/// A grid as later stages need it: where it is, who heads it, its building groups.
struct DemoGrid
{
    qint64 id = 0;
    qint64 communityId = 0;
    qint64 subdistrictId = 0;
    QString head;
    QString headPhone;
    QList<qint64> groups;
    QStringList groupHeads;
};

/// A party-member central household and the member whose home it is.
struct DemoHousehold
{
    qint64 id = 0;
    qint64 gridId = 0;
    QString holder;
    bool male = true; ///< the holder's name was chosen for this gender
};

/// What the organisation stage made, for the stages that hang data on it.
struct DemoTree
{
    qint64 district = 0;
    QList<qint64> subdistricts;
    QList<qint64> communities;
    QList<qint64> grids;
    QList<qint64> buildingGroups;
    QList<qint64> households;
    QList<qint64> branches; ///< functional and temporary branches
    QList<DemoGrid> gridDetails;
    QList<DemoHousehold> householdDetails;
};

/// Builds the organisation tree of a demo profile into an empty database with bulk inserts; the
/// caller holds the transaction.
class DemoOrgBuilder
{
public:
    DemoOrgBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf);

    /// progress receives a fraction in [0, 1] and returns false to cancel.
    Outcome build(const DemoProfile &profile, const std::function<bool(double)> &progress);
    const DemoTree &tree() const { return m_tree; }

private:
    struct Row
    {
        qint64 parentId = 0;
        QString parentLineage;
        OrgKind kind = OrgKind::Community;
        QString name;
        QString code;
        QString secretary;
        QString phone;
        QString address;
        int households = -1;
        QDate established;
    };
    struct Inserted
    {
        qint64 id = 0;
        QString lineage;
    };

    Result<Inserted> insert(const Row &row);
    QDate dateBetween(const QDate &from, const QDate &to);
    Outcome buildGrid(qint64 subdistrictId, const Inserted &community, const QString &communityCode, int number,
                      int households);
    Outcome addBranches(const Inserted &subdistrict, const QString &name, const QStringList &communityNames);

    QSqlDatabase m_db;
    DemoRandom &m_random;
    QDate m_asOf;
    QSqlQuery m_insert;
    qint64 m_nextId = 1;
    int m_groupsMin = 1;
    int m_groupsMax = 3;
    QString m_timestamp;
    DemoTree m_tree;
};
