#pragma once

#include "LedgerFlow.h"

#include <QDate>
#include <QString>

#include <optional>

/// One item of the people's ledger: a resident's request and where it stands.
struct LedgerItem
{
    qint64 id = 0;
    qint64 orgId = 0; ///< the grid (or community) it belongs to
    LedgerSource source = LedgerSource::Diary;
    qint64 categoryId = 0;
    QString title;
    QString description;
    QString location;
    qint64 reporterRoleId = 0;   ///< reported by a grid worker, an informant … (a role)
    qint64 reporterMemberId = 0; ///< reported by a party member
    qint64 householdId = 0;      ///< belongs to a party-member household (党员中心户), which may have reported it
    QString residentName;  ///< personal data
    QString residentPhone; ///< personal data
    Urgency urgency = Urgency::Ordinary;
    QDate recordedOn;
    QDate dueOn;
    LedgerState state = LedgerState::Recorded;
    QString holder;
    qint64 holderMemberId = 0;
    qint64 holderUnitId = 0;   ///< dispatched to a unit of the register
    QDate holderDueOn;         ///< the time limit the holder was given with the dispatch
    qint64 whistleMatterId = 0; ///< the matter of the catalogue it was last whistled for
    QDate suspendedSince;
    QDate closedOn;
    QString result;
    QDate visitedOn;
    std::optional<Satisfaction> satisfaction;
    int reopened = 0;
    int version = 0; ///< the version read with it, which a save counts on (RecordVersion)
};

/// One step in an item's history; never edited.
struct LedgerEvent
{
    qint64 id = 0;
    qint64 itemId = 0;
    QDate happenedOn;
    QString who;
    LedgerAction action = LedgerAction::Accept;
    bool isRecording = false; ///< the first event: the item was recorded
    std::optional<LedgerState> fromState;
    LedgerState toState = LedgerState::Recorded;
    QString detail;
    QString note;
};

/// A category of ledger items with its time limits and the points its completion earns.
struct LedgerCategory
{
    qint64 id = 0;
    QString name;
    int position = 0;
    bool retired = false;
    int daysOrdinary = 10;
    int daysUrgent = 3;
    int daysEmergency = 1;
    int points = 5;
    bool needsSignOff = false; ///< an item closes only when a leader signs it off (领导销号)

    int daysFor(Urgency urgency) const
    {
        return urgency == Urgency::Emergency ? daysEmergency : urgency == Urgency::Urgent ? daysUrgent : daysOrdinary;
    }
};

/// What the ledger page and `ledger list` ask for.
struct LedgerFilter
{
    qint64 orgId = 0; ///< subtree; 0 for all
    std::optional<LedgerState> state;
    bool overdueOnly = false; ///< running items past their due date on asOf
    bool openOnly = false;    ///< not closed or visited
    qint64 categoryId = 0;
    std::optional<LedgerSource> source;
    std::optional<Urgency> urgency;
    QDate recordedFrom;
    QDate recordedTo;
    QString text;
    QDate asOf = QDate::currentDate();

    bool operator==(const LedgerFilter &) const = default;
};

enum class LedgerSort { RecordedNewest, DueSoonest };

/// One row of the ledger table.
struct LedgerRow
{
    qint64 id = 0;
    QDate recordedOn;
    QDate dueOn;
    LedgerState state = LedgerState::Recorded;
    Urgency urgency = Urgency::Ordinary;
    LedgerSource source = LedgerSource::Diary;
    QString title;
    QString category;
    QString orgName;
    QString holder;
};
