#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class OrgCombo;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class Workspace;

/// Entering a project (项目清单) at its approval (立项).
class ProjectDialog : public FormDialog
{
    Q_OBJECT

public:
    ProjectDialog(Workspace &workspace, qint64 scopeId, QWidget *parent = nullptr);

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    QComboBox *m_kind;
    QLineEdit *m_title;
    OrgCombo *m_org;
    QLineEdit *m_secretary;
    DateLineEdit *m_approved;
    QDoubleSpinBox *m_budget;
    QPlainTextEdit *m_description;
};
