#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class QLineEdit;
class QDoubleSpinBox;
class QListWidget;
class QSpinBox;
class VenueCombo;
class Workspace;

/// Logging a joint activity under an agreement, with the members who took part (credited with
/// service points).
class ActivityDialog : public FormDialog
{
    Q_OBJECT

public:
    ActivityDialog(Workspace &workspace, qint64 agreementId, qint64 scopeId, QWidget *parent = nullptr);

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    void addMember();

    Workspace &m_workspace;
    qint64 m_agreementId;
    qint64 m_scope;
    DateLineEdit *m_held;
    QLineEdit *m_title;
    QSpinBox *m_participants;
    QListWidget *m_members;
    QSpinBox *m_points;
    QDoubleSpinBox *m_hours;
    QLineEdit *m_note;
    VenueCombo *m_venue;
};
