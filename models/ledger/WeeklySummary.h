#pragma once

#include "LedgerItem.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

class Database;

/// 每周总结: what a community's residents asked about in a week, what was done, what is late.
struct WeeklySummary
{
    QString organisation;
    QDate weekStart; ///< a Monday
    QDate weekEnd;   ///< the Sunday after
    qint64 recorded = 0;
    qint64 closed = 0;      ///< closed during the week (whenever recorded)
    qint64 open = 0;        ///< not done at the end of the week
    QDate judgedOn;         ///< the day overdue is judged on: the week's end, or today while it runs
    qint64 overdue = 0;     ///< in hand past their due date on judgedOn (Overdue)
    QList<QPair<QString, qint64>> topCategories; ///< of the week's new items, most first
    QList<LedgerRow> toWatch; ///< overdue, urgent or reopened items still open

    /// The week containing `day` for the subtree of orgId.
    static WeeklySummary compute(const Database &database, qint64 orgId, const QDate &day,
                                 const QDate &today = QDate::currentDate());
};
