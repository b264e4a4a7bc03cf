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
    qint64 overdue = 0;     ///< running past their due date at the end of the week
    QList<QPair<QString, qint64>> topCategories; ///< of the week's new items, most first
    QList<LedgerRow> toWatch; ///< overdue, urgent or reopened items still open

    /// The week containing `day` for the subtree of orgId.
    static WeeklySummary compute(const Database &database, qint64 orgId, const QDate &day);
};
