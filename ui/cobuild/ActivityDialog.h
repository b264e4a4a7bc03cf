#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class OrgCombo;
class QComboBox;
class QLineEdit;
class QDoubleSpinBox;
class QListWidget;
class QSpinBox;
class VenueCombo;
class Workspace;

/// Logging an activity of an organisation — a joint activity under an agreement, organisational
/// life, a theme activity, volunteer service — with the members who took part (credited with
/// service points). Opened on an agreement, the activity is held under it by its organisation.
class ActivityDialog : public FormDialog
{
    Q_OBJECT

public:
    /// agreementId 0: any organisation of the scope, with an agreement of its or without.
    ActivityDialog(Workspace &workspace, qint64 agreementId, qint64 scopeId, QWidget *parent = nullptr);

    QComboBox *kindCombo() const { return m_kind; }
    OrgCombo *orgCombo() const { return m_org; }
    QComboBox *agreementCombo() const { return m_agreement; }

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    void addMember();
    /// The agreements in force on the day of the organisation chosen, and its venues.
    void fillForOrganisation();

    Workspace &m_workspace;
    qint64 m_fixedAgreement;
    qint64 m_scope;
    QComboBox *m_kind;
    OrgCombo *m_org;
    QComboBox *m_agreement;
    DateLineEdit *m_held;
    QLineEdit *m_title;
    QSpinBox *m_participants;
    QListWidget *m_members;
    QSpinBox *m_points;
    QDoubleSpinBox *m_hours;
    QLineEdit *m_note;
    VenueCombo *m_venue;
};
