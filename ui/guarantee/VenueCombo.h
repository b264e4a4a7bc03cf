#pragma once

#include <QComboBox>
#include <QDate>

class VenueService;

/// Choosing where an activity or a meeting was held: a venue open on the day that the
/// organisation can use (its sub-district's, the district's), or none said.
class VenueCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit VenueCombo(VenueService &venues, QWidget *parent = nullptr);

    /// Lists the venues usable by orgId on the day, keeping the one chosen when it still is.
    void fill(qint64 orgId, const QDate &on);
    /// The venue chosen, 0 for none.
    qint64 venueId() const;
    void setVenueId(qint64 id);

private:
    VenueService &m_venues;
};
