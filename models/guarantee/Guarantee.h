#pragma once

#include <QDate>
#include <QList>
#include <QString>

/// A line of an organisation's work funds (工作经费): an allotment for a year (区财政专项经费, from
/// the sub-district…) or a spending of it. Amounts in fen.
struct FundEntry
{
    enum class Kind { Allotted, Spent };

    qint64 id = 0;
    qint64 orgId = 0;
    QString orgName; ///< as read
    int year = 0;
    Kind kind = Kind::Allotted;
    QDate on;
    qint64 amount = 0;
    QString source;  ///< who allotted it
    QString purpose; ///< what it was spent on
};

/// An organisation's funds of a year: allotted, spent, and what is left.
struct FundUse
{
    qint64 orgId = 0;
    QString name;
    int year = 0;
    qint64 allotted = 0;
    qint64 spent = 0;

    qint64 balance() const { return allotted - spent; }
    /// Spent ÷ allotted, 0 when nothing was allotted.
    double rate() const { return allotted ? double(spent) / double(allotted) : 0.0; }
};

/// A follow-up task an inspection sets the organisation it inspected.
struct FollowUp
{
    FollowUp() = default;
    FollowUp(const QString &title, const QDate &dueOn) : title(title), dueOn(dueOn) {}

    QString title;
    QDate dueOn;
    QString state; ///< as read: open, done, cancelled
    QDate doneOn;  ///< as read
};

/// 党建工作巡查: an inspection of an organisation's party-building work, what it found and the
/// tasks it set.
struct Inspection
{
    qint64 id = 0;
    qint64 orgId = 0;
    QString orgName; ///< as read
    QDate inspectedOn;
    QString inspectors;
    QString findings;
    QList<FollowUp> followUps; ///< when recording
    int tasks = 0;     ///< as read
    int tasksOpen = 0; ///< as read
};
