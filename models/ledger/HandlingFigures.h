#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

/// How one department answered the whistles, or how one unit handled what was dispatched to it.
struct HandlingRow
{
    QString name;
    qint64 count = 0;  ///< summoned (a department) or dispatched (a unit)
    qint64 done = 0;   ///< reported done (a department) or closed (a unit)
    qint64 onTime = 0; ///< of those done, within the time limit
    qint64 overdue = 0; ///< not done and past the time limit on asOf

    double onTimeRate() const { return done ? double(onTime) / double(done) : 0.0; }
};

/// The figures of handling for the items in the subtree of an organisation: per department
/// summoned (吹哨报到), and per unit of the register dispatched to (派单到单位), the busiest first.
/// A period counts the summons made in it (departments) or the items recorded in it (units).
struct HandlingFigures
{
    QList<HandlingRow> departments;
    QList<HandlingRow> units;

    /// {"departments": [{"name", "summoned", "done", "on_time", "overdue"}], "units": [{"name",
    /// "dispatched", …}]}
    QJsonObject toJson() const;

    static HandlingFigures compute(const Database &database, qint64 orgId, const QDate &from = {}, const QDate &to = {},
                                   const QDate &asOf = QDate::currentDate());
};
