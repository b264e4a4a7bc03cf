#include "VenueCombo.h"

#include "guarantee/VenueService.h"

VenueCombo::VenueCombo(VenueService &venues, QWidget *parent)
    : QComboBox(parent)
    , m_venues(venues)
{
    setObjectName(QStringLiteral("venueCombo"));
    setMinimumContentsLength(24);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addItem(tr("(not said)"), qint64(0));
}

void VenueCombo::fill(qint64 orgId, const QDate &on)
{
    const qint64 chosen = venueId();
    clear();
    addItem(tr("(not said)"), qint64(0));
    setToolTip({});
    if (!orgId || !on.isValid())
        return;
    const auto venues = m_venues.usableBy(orgId, on);
    if (!venues) {
        setToolTip(venues.error());
        return;
    }
    setToolTip({});
    for (const Venue &v : venues.value())
        addItem(tr("%1 (%2, %L3 m²)").arg(v.name, v.orgName).arg(v.area), v.id);
    setVenueId(chosen);
}

qint64 VenueCombo::venueId() const
{
    return currentData().toLongLong();
}

void VenueCombo::setVenueId(qint64 id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
}
