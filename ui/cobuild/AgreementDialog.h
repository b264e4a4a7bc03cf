#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class OrgCombo;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;
class Workspace;

/// Signing a co-building agreement (共建协议) between a community or sub-district and a unit.
class AgreementDialog : public FormDialog
{
    Q_OBJECT

public:
    AgreementDialog(Workspace &workspace, qint64 scopeId, QWidget *parent = nullptr);

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    OrgCombo *m_org;
    QComboBox *m_unit;
    QComboBox *m_kind;
    DateLineEdit *m_signed;
    DateLineEdit *m_ends;
    QSpinBox *m_target;
    QPlainTextEdit *m_commitments;
};
