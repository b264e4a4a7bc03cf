#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class QComboBox;
class QLabel;
class QRadioButton;
class Workspace;

/// A unit or a member claims (认领) a project.
class ClaimDialog : public FormDialog
{
    Q_OBJECT

public:
    ClaimDialog(Workspace &workspace, qint64 projectId, qint64 scopeId, QWidget *parent = nullptr);

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    void pickMember();

    Workspace &m_workspace;
    qint64 m_projectId;
    qint64 m_scope;
    QRadioButton *m_byUnit;
    QRadioButton *m_byMember;
    QComboBox *m_unit;
    QLabel *m_member;
    qint64 m_memberId = 0;
    DateLineEdit *m_on;
};
