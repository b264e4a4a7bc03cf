#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The size and names of a demo data set (`demo --profile`).
struct DemoProfile
{
    struct Subdistrict
    {
        QString name;
        QStringList communities; ///< full names; empty: generate them
    };

    QString id; ///< small, yingjiang, city
    QString district;
    QString districtCode; ///< the six-digit administrative division code
    QList<Subdistrict> subdistricts; ///< named ones first; the rest are generated
    int subdistrictCount = 0;
    int communityCount = 0;
    int gridCount = 0;
    int householdCount = 0; ///< party-member central households
    int memberCount = 0;    ///< active party members
    int ledgerItemsPerYear = 0; ///< people's ledger items recorded a year (three years are made)
    int buildingGroupsPerGridMin = 1;
    int buildingGroupsPerGridMax = 3;

    static std::optional<DemoProfile> byId(const QString &id);
    static QStringList ids();
};
