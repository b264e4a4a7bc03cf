#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class OrgCombo;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class VenueCombo;
class Workspace;

/// Recording a meeting — a joint meeting (党建联席会议) or a deliberation council (议事会) — with the
/// units that attended and its resolutions.
class MeetingDialog : public FormDialog
{
    Q_OBJECT

public:
    MeetingDialog(Workspace &workspace, qint64 scopeId, QWidget *parent = nullptr);

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    void kindChosen();

    Workspace &m_workspace;
    QComboBox *m_kind;
    OrgCombo *m_org;
    DateLineEdit *m_held;
    QLineEdit *m_attendees;
    QListWidget *m_units;
    QPlainTextEdit *m_topics;
    QPlainTextEdit *m_resolutions;
    VenueCombo *m_venue;
};
