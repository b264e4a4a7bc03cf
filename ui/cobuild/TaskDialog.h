#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class OrgCombo;
class QComboBox;
class Workspace;

/// A task (任务清单) for an owner organisation, often a resolution of a joint meeting.
class TaskDialog : public FormDialog
{
    Q_OBJECT

public:
    /// meetingId: the meeting whose resolutions the task is chosen from (0: none).
    TaskDialog(Workspace &workspace, qint64 scopeId, qint64 meetingId, QWidget *parent = nullptr);

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    qint64 m_meetingId;
    QComboBox *m_title;
    OrgCombo *m_owner;
    DateLineEdit *m_set;
    DateLineEdit *m_due;
};
