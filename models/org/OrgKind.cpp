#include "OrgKind.h"

#include <QCoreApplication>

namespace OrgKinds {

const QList<OrgKind> &all()
{
    static const QList<OrgKind> kinds = {
        OrgKind::District,     OrgKind::Subdistrict,      OrgKind::Community,       OrgKind::Grid,
        OrgKind::BuildingGroup, OrgKind::Household,       OrgKind::FunctionalBranch, OrgKind::TemporaryBranch,
        OrgKind::SectorCommittee, OrgKind::BuildingCommittee, OrgKind::BusinessCommittee, OrgKind::TemporaryGroup,
        OrgKind::PartyGroup,
    };
    return kinds;
}

QString code(OrgKind kind)
{
    switch (kind) {
    case OrgKind::District: return QStringLiteral("district");
    case OrgKind::Subdistrict: return QStringLiteral("subdistrict");
    case OrgKind::Community: return QStringLiteral("community");
    case OrgKind::Grid: return QStringLiteral("grid");
    case OrgKind::BuildingGroup: return QStringLiteral("building_group");
    case OrgKind::Household: return QStringLiteral("household");
    case OrgKind::FunctionalBranch: return QStringLiteral("functional_branch");
    case OrgKind::TemporaryBranch: return QStringLiteral("temporary_branch");
    case OrgKind::SectorCommittee: return QStringLiteral("sector_committee");
    case OrgKind::BuildingCommittee: return QStringLiteral("building_committee");
    case OrgKind::BusinessCommittee: return QStringLiteral("business_committee");
    case OrgKind::TemporaryGroup: return QStringLiteral("temporary_group");
    case OrgKind::PartyGroup: return QStringLiteral("party_group");
    }
    return {};
}

std::optional<OrgKind> fromCode(const QString &text)
{
    for (OrgKind kind : all()) {
        if (code(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString displayName(OrgKind kind)
{
    switch (kind) {
    case OrgKind::District: return QCoreApplication::translate("OrgKind", "District");
    case OrgKind::Subdistrict: return QCoreApplication::translate("OrgKind", "Sub-district");
    case OrgKind::Community: return QCoreApplication::translate("OrgKind", "Community");
    case OrgKind::Grid: return QCoreApplication::translate("OrgKind", "Grid");
    case OrgKind::BuildingGroup: return QCoreApplication::translate("OrgKind", "Building group");
    case OrgKind::Household: return QCoreApplication::translate("OrgKind", "Party-member central household");
    case OrgKind::FunctionalBranch: return QCoreApplication::translate("OrgKind", "Functional branch");
    case OrgKind::TemporaryBranch: return QCoreApplication::translate("OrgKind", "Temporary branch");
    case OrgKind::SectorCommittee: return QCoreApplication::translate("OrgKind", "Sector committee");
    case OrgKind::BuildingCommittee: return QCoreApplication::translate("OrgKind", "Building committee");
    case OrgKind::BusinessCommittee: return QCoreApplication::translate("OrgKind", "Business-district committee");
    case OrgKind::TemporaryGroup: return QCoreApplication::translate("OrgKind", "Temporary party group");
    case OrgKind::PartyGroup: return QCoreApplication::translate("OrgKind", "Party group");
    }
    return {};
}

const QList<OrgKind> &allowedParents(OrgKind kind)
{
    static const QList<OrgKind> none;
    static const QList<OrgKind> district = {OrgKind::District};
    static const QList<OrgKind> subdistrict = {OrgKind::Subdistrict};
    static const QList<OrgKind> community = {OrgKind::Community};
    static const QList<OrgKind> grid = {OrgKind::Grid};
    static const QList<OrgKind> household = {OrgKind::BuildingGroup, OrgKind::Grid};
    // Branches also under the committees of sectors, buildings and business districts (货运司机
    // "云上党支部" under a 行业党委, seed 002).
    static const QList<OrgKind> functional = {OrgKind::Subdistrict, OrgKind::Community, OrgKind::SectorCommittee,
                                              OrgKind::BuildingCommittee, OrgKind::BusinessCommittee};
    static const QList<OrgKind> temporary = {OrgKind::Subdistrict, OrgKind::Community, OrgKind::Grid, OrgKind::SectorCommittee,
                                             OrgKind::BuildingCommittee, OrgKind::BusinessCommittee};
    static const QList<OrgKind> sector = {OrgKind::District, OrgKind::Subdistrict};
    static const QList<OrgKind> area = {OrgKind::Subdistrict, OrgKind::Community};
    static const QList<OrgKind> temporaryGroup = {OrgKind::Community, OrgKind::Grid, OrgKind::FunctionalBranch, OrgKind::TemporaryBranch};
    static const QList<OrgKind> group = {OrgKind::FunctionalBranch, OrgKind::TemporaryBranch};
    switch (kind) {
    case OrgKind::District: return none;
    case OrgKind::Subdistrict: return district;
    case OrgKind::Community: return subdistrict;
    case OrgKind::Grid: return community;
    case OrgKind::BuildingGroup: return grid;
    case OrgKind::Household: return household;
    case OrgKind::FunctionalBranch: return functional;
    case OrgKind::TemporaryBranch: return temporary;
    case OrgKind::SectorCommittee: return sector;
    case OrgKind::BuildingCommittee:
    case OrgKind::BusinessCommittee: return area;
    case OrgKind::TemporaryGroup: return temporaryGroup;
    case OrgKind::PartyGroup: return group;
    }
    return none;
}

bool mayHangUnder(OrgKind child, OrgKind parent)
{
    return allowedParents(child).contains(parent);
}

QList<OrgKind> allowedChildren(OrgKind parent)
{
    QList<OrgKind> kinds;
    for (OrgKind kind : all()) {
        if (mayHangUnder(kind, parent))
            kinds.append(kind);
    }
    return kinds;
}

bool keepsHouseholds(OrgKind kind)
{
    return kind == OrgKind::Grid;
}

int rank(OrgKind kind)
{
    return int(all().indexOf(kind));
}

} // namespace OrgKinds
