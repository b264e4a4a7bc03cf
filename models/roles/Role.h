#pragma once

#include <QDate>
#include <QString>

#include <optional>

/// Roles held in an organisation by people who are not always members.
/// 书记, 网格长, 网格员, 楼栋长 (of a building group, or of a building of a grid without one), 信息员,
/// 兼职委员; 书记助理 (sent down by the sub-district to a community, for a term), 居委会主任 (the
/// secretary holding both is "一肩挑"); the forces sent down to a grid ("1+3+X"): 民警, 司法, 市场监管,
/// 城管, 物业 — their unit in unitName.
enum class RoleKind {
    Secretary,
    GridHead,
    GridWorker,
    BuildingHead,
    Informant,
    PartTimeMember,
    SecretaryAssistant,
    CommitteeDirector,
    Police,
    Judicial,
    MarketRegulation,
    UrbanManagement,
    PropertyStaff
};

/// One person in one role in one organisation for a time.
struct Role
{
    qint64 id = 0;
    qint64 orgId = 0;
    RoleKind kind = RoleKind::GridWorker;
    QString personName;
    QString phone;
    qint64 memberId = 0; ///< when the person is a party member
    QString unitName;    ///< part-time committee members: the unit they come from
    QDate startedOn;
    QDate endedOn;

    bool isCurrent(const QDate &today) const { return !endedOn.isValid() || endedOn >= today; }
};

/// A grid's "1+3": one grid head and three grid workers.
struct GridStaffing
{
    int heads = 0;
    int workers = 0;
    bool isComplete() const { return heads >= 1 && workers >= 3; }
};

namespace RoleKinds {
QString code(RoleKind kind);
std::optional<RoleKind> fromCode(const QString &code);
QString displayName(RoleKind kind);
const QList<RoleKind> &all();
/// The forces sent down to a grid (民警, 司法, 市场监管, 城管, 物业).
bool isGridForce(RoleKind kind);
} // namespace RoleKinds
