#pragma once

#include <QList>
#include <QString>

#include <optional>

/// The kinds of party organisation in the vertical chain (一纵) and which kind may hang under which.
enum class OrgKind {
    District,         ///< 区 (区委)
    Subdistrict,      ///< 街道 / 乡 (党工委)
    Community,        ///< 社区 / 村 (党委, 大党委)
    Grid,             ///< 网格 (网格党支部)
    BuildingGroup,    ///< 楼栋党小组
    Household,        ///< 党员中心户
    FunctionalBranch, ///< 功能性党支部
    TemporaryBranch,  ///< 临时党支部
    SectorCommittee,  ///< 行业党委
    BuildingCommittee, ///< 楼宇党委 (紫峰大厦党委)
    BusinessCommittee, ///< 商圈党委 (人民路商圈党委)
    TemporaryGroup,   ///< 临时党小组
    PartyGroup        ///< 党小组 of a functional or temporary branch
};

namespace OrgKinds {

/// Every kind, in the order the tree lists them.
const QList<OrgKind> &all();

/// The code stored in the database and used on the command line ("building_group").
QString code(OrgKind kind);
std::optional<OrgKind> fromCode(const QString &code);

/// The name the clerk reads, translated ("网格").
QString displayName(OrgKind kind);

/// The kinds a node of this kind may hang under; empty for the district, the root.
const QList<OrgKind> &allowedParents(OrgKind kind);
bool mayHangUnder(OrgKind child, OrgKind parent);

/// The kinds that may be added under a node of this kind.
QList<OrgKind> allowedChildren(OrgKind parent);

/// Whether "households served" is a figure kept for this kind (grids).
bool keepsHouseholds(OrgKind kind);

/// Position in the tree's sort order: communities before branches, grids before groups.
int rank(OrgKind kind);

} // namespace OrgKinds
