#pragma once

#include "org/OrgKind.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// How often an organisation holds its joint meeting (党建联席会议).
enum class MeetingCadence { Monthly, Quarterly };

/// Where an organisation stands against its rhythm on a date.
enum class MeetingStanding {
    OnRhythm, ///< met in the current period
    Due,      ///< met in the previous period (or founded since), not yet in this one
    Overdue   ///< a whole period went by without a meeting
};

/// An organisation due or overdue for its joint meeting.
struct MeetingDue
{
    qint64 orgId = 0;
    QString name;
    OrgKind level = OrgKind::Community;
    QDate lastHeld; ///< null when it never met
    MeetingStanding standing = MeetingStanding::Due;
    QDate dueBy; ///< the end of the current period (due) or of the period missed (overdue)
};

/// The rhythm of joint meetings: the district monthly, sub-districts and communities quarterly.
namespace MeetingRhythm {

std::optional<MeetingCadence> cadenceFor(OrgKind kind);
QDate periodStart(MeetingCadence cadence, const QDate &date);
QDate periodEnd(MeetingCadence cadence, const QDate &date);
/// The standing of an organisation whose last meeting was lastHeld (null: never) and that was
/// founded on established (null: long ago).
MeetingStanding standing(MeetingCadence cadence, const QDate &lastHeld, const QDate &established, const QDate &asOf);
/// The date by which the next meeting is (or was) due.
QDate dueBy(MeetingCadence cadence, MeetingStanding standing, const QDate &asOf);

/// Active districts, sub-districts and communities in the subtree of orgId (0: all) that are due
/// or overdue on asOf, overdue first.
QList<MeetingDue> due(const QSqlDatabase &db, const QDate &asOf, qint64 orgId = 0);

QString displayName(MeetingStanding standing);
QString code(MeetingStanding standing);

} // namespace MeetingRhythm
