#pragma once

#include "common/FormDialog.h"
#include "guarantee/Venue.h"

class DateLineEdit;
class OrgCombo;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class Workspace;

/// Registering a venue (阵地), or correcting one: whose it is, what kind, its name, address, area,
/// hours, what it offers, whether it counts as a service facility, when it opened.
class VenueDialog : public FormDialog
{
    Q_OBJECT

public:
    /// venue.id == 0: a new venue.
    VenueDialog(Workspace &workspace, const Venue &venue, qint64 scopeId, QWidget *parent = nullptr);

    OrgCombo *orgCombo() const { return m_org; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *areaBox() const { return m_area; }
    QCheckBox *facilityBox() const { return m_facility; }

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    qint64 m_id;
    OrgCombo *m_org;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QSpinBox *m_area;
    QLineEdit *m_hours;
    QLineEdit *m_offers;
    QCheckBox *m_facility;
    DateLineEdit *m_opened;
    bool m_facilityTouched = false;
};
