#pragma once

#include "CobuildTypes.h"
#include "org/OrgKind.h"

#include <QList>
#include <QString>

/// Which organisations hold which meetings. The joint meeting (党建联席会议) is the district's, a
/// sub-district's or a community's and keeps their rhythm; the deliberation councils (议事会) are held
/// in communities and grids — the grid party-and-people council (网格党群议事会) in a grid only.
namespace MeetingKinds {

const QList<OrgKind> &holders(MeetingKind kind);
bool mayHold(MeetingKind kind, OrgKind org);
/// Whether meetings of this kind count for the meeting rhythm (only joint meetings do).
bool keepsRhythm(MeetingKind kind);
/// "A long-bench council is held by a community or a grid; choose one." — translated.
QString whoHolds(MeetingKind kind);

} // namespace MeetingKinds
