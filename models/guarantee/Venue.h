#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/// What a venue (阵地) is: 党群服务中心 (a sub-district's), 党群服务站 (a community's or a grid's),
/// 红色驿站 (a rest stop for outdoor workers, often lent by a shop), 活动室, or something else.
enum class VenueKind { ServiceCentre, ServiceStation, RedPost, ActivityRoom, Other };

namespace VenueKinds {
const QList<VenueKind> &all();
QString code(VenueKind kind);
std::optional<VenueKind> fromCode(const QString &code);
QString displayName(VenueKind kind);
/// Whether a venue of the kind counts towards the community's service facilities unless the
/// clerk says otherwise (a red post does not: it is mostly lent).
bool countsAsFacility(VenueKind kind);
} // namespace VenueKinds

/// A venue of the register: of an organisation, with its area and hours, what it offers.
struct Venue
{
    qint64 id = 0;
    qint64 orgId = 0;
    QString orgName; ///< as read
    VenueKind kind = VenueKind::ServiceStation;
    QString name;
    QString address;
    int area = 0; ///< square metres
    QString openingHours;
    QString offers;
    bool serviceFacility = true; ///< counts towards the 综合服务设施面积
    QDate openedOn;
    QDate closedOn;
    int uses = 0; ///< as read: activities and meetings held there

    bool isOpenOn(const QDate &day) const
    {
        return (!openedOn.isValid() || openedOn <= day) && (!closedOn.isValid() || closedOn > day);
    }
};
