#include "MeetingKinds.h"

#include <QCoreApplication>

namespace MeetingKinds {

const QList<OrgKind> &holders(MeetingKind kind)
{
    static const QList<OrgKind> joint = {OrgKind::District, OrgKind::Subdistrict, OrgKind::Community};
    static const QList<OrgKind> grid = {OrgKind::Grid};
    static const QList<OrgKind> partyMass = {OrgKind::Subdistrict, OrgKind::Community, OrgKind::Grid};
    static const QList<OrgKind> council = {OrgKind::Community, OrgKind::Grid};
    switch (kind) {
    case MeetingKind::Joint: return joint;
    case MeetingKind::GridPartyMass: return grid;
    case MeetingKind::PartyMass: return partyMass;
    case MeetingKind::LongBench:
    case MeetingKind::RedHall:
    case MeetingKind::Tripartite: return council;
    }
    return council;
}

bool mayHold(MeetingKind kind, OrgKind org)
{
    return holders(kind).contains(org);
}

bool keepsRhythm(MeetingKind kind)
{
    return kind == MeetingKind::Joint;
}

QString whoHolds(MeetingKind kind)
{
    QStringList names;
    for (OrgKind org : holders(kind))
        names.append(OrgKinds::displayName(org));
    return QCoreApplication::translate("MeetingKinds", "A %1 is held by: %2; choose one.")
        .arg(Cobuild::displayName(kind), names.join(QCoreApplication::translate("MeetingKinds", ", ")));
}

} // namespace MeetingKinds
