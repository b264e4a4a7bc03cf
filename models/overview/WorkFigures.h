#pragma once

#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

/// The figures the seeds report of their districts, for a subtree and a period (`stats --json` ›
/// work, the overview, the monthly report): party-organisation coverage of the units (物业企业党组织
/// 覆盖率100%, seed 002), the units by type (36个机关…45个非公企业和社会组织, seed 004), ledger items by
/// source (群众点单1800余件, seed 002) and by whistle, the part-time committee members in office,
/// the activities of every kind and their participants summed (凝聚…10000多人次参与, seed 004).
struct WorkFigures
{
    struct Units ///< the units of one type
    {
        QString type; ///< code: organ, institution, soe, private, social, school, property
        qint64 units = 0;
        qint64 withPartyOrg = 0; ///< with a party organisation of their own
        double coverage() const { return units ? double(withPartyOrg) / double(units) : 0.0; }
    };
    struct Count
    {
        QString code;
        qint64 count = 0;
    };

    QList<Units> units;         ///< every type, in the program's order (none: 0)
    QList<Count> itemsBySource; ///< every source, in the program's order
    QList<Count> itemsByWhistle; ///< the whistle of the matter an item was escalated for
    struct Activities ///< the activities of one kind
    {
        QString kind; ///< code: joint, organisational_life, theme, volunteer_service
        qint64 held = 0;
        qint64 participants = 0; ///< summed (人次)
    };
    QList<Activities> activitiesByKind; ///< every kind, in the program's order
    qint64 partTimeMembers = 0; ///< 兼职委员 sent by units, in office on the day
    qint64 activities = 0;      ///< activities of every kind held in the period
    qint64 jointActivities = 0; ///< of them held under a co-building agreement
    qint64 participants = 0;    ///< the participants of all of them summed (人次)

    /// The units of a type; an empty entry for an unknown code.
    Units unitsOf(const QString &type) const;
    /// Property companies, non-public enterprises and social organisations together.
    Units partyCoverageTargets() const;

    /// Items and activities recorded from from to to (a null date: no bound); members in office on
    /// asOf; the units as they are now (the register keeps no history of them). A type without
    /// units has no rate (null in the JSON), not 0.
    static Result<WorkFigures> compute(const Database &database, qint64 orgId, const QDate &from, const QDate &to,
                                       const QDate &asOf);
    QJsonObject toJson() const;
};
