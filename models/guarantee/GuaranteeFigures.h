#pragma once

#include "SpaceStandard.h"
#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

class Database;

/// The 保障清单's figures of a subtree on a day (funds: the day's year, entries up to the day) (`stats --json` › guarantee, the overview, the
/// monthly report): the communities below the space standard and by how much, the year's work
/// funds allotted and spent, the year's inspections and their tasks still open.
struct GuaranteeFigures
{
    qint64 communities = 0;
    qint64 householdsUnknown = 0;     ///< communities whose households nobody gave
    QList<CommunitySpace> belowStandard; ///< most short first
    qint64 venues = 0;                ///< open on the day
    int year = 0;
    qint64 allotted = 0; ///< fen
    qint64 spent = 0;    ///< fen
    qint64 inspections = 0;
    qint64 inspectionTasksOpen = 0;

    qint64 shortTotal() const;
    double spentRate() const { return allotted ? double(spent) / double(allotted) : 0.0; }

    static Result<GuaranteeFigures> compute(const Database &database, qint64 orgId, const QDate &on);
    QJsonObject toJson() const;
};
