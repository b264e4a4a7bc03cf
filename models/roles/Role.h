#pragma once

#include <QDate>
#include <QString>

#include <optional>

/// Roles held in an organisation by people who are not always members.
enum class RoleKind { Secretary, GridHead, GridWorker, BuildingHead, Informant, PartTimeMember };

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
} // namespace RoleKinds
