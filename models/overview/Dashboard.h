#pragma once

#include "cobuild/CobuildFigures.h"
#include "guarantee/GuaranteeFigures.h"
#include "overview/WorkFigures.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

/// The overview's charts for an organisation's subtree and a period, from aggregate queries (one
/// index range each): ledger items recorded and closed per month, completion, satisfaction and
/// overdue per child organisation, items by category, needs open against matched, and how the
/// joint meetings keep their rhythm; the guarantee list's communities below the space standard and
/// the year's funds.
struct Dashboard
{
    struct Month
    {
        QDate month; ///< first day
        qint64 recorded = 0;
        qint64 closed = 0;
    };
    struct Child ///< a sub-district, community or grid under the scope
    {
        qint64 orgId = 0;
        QString name;
        qint64 recorded = 0;
        qint64 closed = 0;
        qint64 visited = 0;
        qint64 satisfied = 0;
        qint64 overdue = 0;
        double completionRate() const { return recorded ? double(closed) / double(recorded) : 0.0; }
        double satisfactionRate() const { return visited ? double(satisfied) / double(visited) : 0.0; }
    };
    struct Category
    {
        qint64 id = 0;
        QString name;
        qint64 items = 0;
    };

    qint64 orgId = 0;
    QDate from;
    QDate to;
    QDate asOf;
    QList<Month> months;       ///< the twelve months up to `to`
    QList<Child> children;     ///< in tree order
    QList<Category> categories; ///< most first
    QList<NeedsByCategory> needs;
    int meetingsOnRhythm = 0;
    int meetingsDue = 0;
    int meetingsOverdue = 0;
    GuaranteeFigures guarantee; ///< on the day (the space standard, this year's funds)
    QString guaranteeError;     ///< why the guarantee's figures could not be read, if so
    WorkFigures work;           ///< coverage, sources, participants of the period
    QString workError;

    static Dashboard compute(const Database &database, qint64 orgId, const QDate &from, const QDate &to,
                             const QDate &today = QDate::currentDate());
};
