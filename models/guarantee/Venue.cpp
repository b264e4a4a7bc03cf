#include "Venue.h"

#include <QCoreApplication>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(VenueKinds)
};

} // namespace

namespace VenueKinds {

const QList<VenueKind> &all()
{
    static const QList<VenueKind> kinds = {VenueKind::ServiceCentre, VenueKind::ServiceStation, VenueKind::RedPost,
                                           VenueKind::ActivityRoom, VenueKind::Other};
    return kinds;
}

QString code(VenueKind kind)
{
    switch (kind) {
    case VenueKind::ServiceCentre: return QStringLiteral("service_centre");
    case VenueKind::ServiceStation: return QStringLiteral("service_station");
    case VenueKind::RedPost: return QStringLiteral("red_post");
    case VenueKind::ActivityRoom: return QStringLiteral("activity_room");
    case VenueKind::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<VenueKind> fromCode(const QString &text)
{
    for (VenueKind kind : all()) {
        if (code(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString displayName(VenueKind kind)
{
    switch (kind) {
    case VenueKind::ServiceCentre: return Text::tr("Party and public service centre");
    case VenueKind::ServiceStation: return Text::tr("Party and public service station");
    case VenueKind::RedPost: return Text::tr("Red post");
    case VenueKind::ActivityRoom: return Text::tr("Activity room");
    case VenueKind::Other: return Text::tr("Other venue");
    }
    return {};
}

bool countsAsFacility(VenueKind kind)
{
    return kind != VenueKind::RedPost && kind != VenueKind::Other;
}

} // namespace VenueKinds
