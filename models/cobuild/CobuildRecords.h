#pragma once

#include "CobuildTypes.h"

#include <QDate>
#include <QList>
#include <QString>

/// The records of co-building and the lists, as forms fill them and services check them.

struct Unit
{
    qint64 id = 0;
    qint64 orgId = 0; ///< the community or sub-district it is resident in
    QString name;
    UnitType type = UnitType::Organ;
    QString address;
    QString contact;
    QString phone;
    QString partyOrg; ///< the unit's own party organisation
    QString secretary;
    int version = 0; ///< the version read with it, which a save counts on (RecordVersion)
};

/// A seat in a sub-district's 大工委 or a community's 大党委, and who fills it.
struct UnitMembership
{
    qint64 unitId = 0;
    qint64 orgId = 0;
    QString memberName; ///< the part-time committee member (兼职委员) the unit sends
    QString phone;
    QDate joinedOn;
    QDate termEnds; ///< the end of the committee member's term; may be null
};

struct Agreement
{
    qint64 id = 0;
    qint64 orgId = 0; ///< a community or a sub-district
    qint64 unitId = 0;
    AgreementKind kind = AgreementKind::Pairing;
    QDate signedOn;
    QDate endsOn;
    QString commitments;
    int targetPerYear = 4;
};

/// An activity of an organisation: joint (共建, under an agreement), organisational life, a theme
/// activity, volunteer service — under an agreement or without one.
struct Activity
{
    qint64 id = 0;
    qint64 orgId = 0;       ///< the organisation that held it; 0: the agreement's
    ActivityKind kind = ActivityKind::Joint;
    qint64 agreementId = 0; ///< the agreement a joint one was held under; 0 for the other kinds
    QDate heldOn;
    QString title;
    int participants = 0;
    QString note;
    qint64 venueId = 0;       ///< where it was held (a venue of the register), 0: not said
    double hours = 0;         ///< how long it lasted, credited to each member taking part; 0: not said
    QList<qint64> memberIds; ///< members taking part
    int pointsEach = 0;       ///< service points credited to each of them (0: none)
};

struct Need
{
    qint64 id = 0;
    qint64 orgId = 0; ///< the community or grid that posts it
    qint64 categoryId = 0;
    QString title;
    QString description;
    QDate postedOn;
    NeedState state = NeedState::Open;
    QDate stateOn;
};

struct Resource
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 categoryId = 0;
    QString title;
    QString capacity;
    QDate availableFrom;
    QDate availableTo; ///< null: open-ended
    QDate withdrawnOn;
};

struct Project
{
    qint64 id = 0;
    ProjectKind kind = ProjectKind::Secretary;
    QString title;
    qint64 orgId = 0; ///< the lead organisation
    QString secretary;
    ProjectStage stage = ProjectStage::Approved;
    QDate approvedOn;
    QDate advancingOn;
    QDate resultsOn;
    QDate concludedOn;
    double budget = -1; ///< yuan; negative: not given
    QString description;
};

struct Meeting
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Joint;
    qint64 orgId = 0; ///< joint: a district, a sub-district or a community; a council: a community or a grid
    QDate heldOn;
    QString attendees; ///< people, one per line or separated by 、
    QString topics;
    QString resolutions; ///< one per line; each can become a task
    QList<qint64> unitIds; ///< units that attended
    qint64 venueId = 0;    ///< where it was held, 0: not said
};

struct Task
{
    qint64 id = 0;
    qint64 orgId = 0; ///< the owner
    qint64 meetingId = 0;
    QString title;
    QDate setOn;
    QDate dueOn;
    TaskState state = TaskState::Open;
    QDate doneOn;
};

/// A category of the lists (shared by needs and resources).
struct CobuildCategory
{
    qint64 id = 0;
    QString name;
    bool retired = false;
};
