#pragma once

#include "common/FormDialog.h"
#include "guarantee/Guarantee.h"

class DateLineEdit;
class OrgCombo;
class QLineEdit;
class QSpinBox;
class Workspace;

/// Allotting work funds to an organisation for a year (who allotted them), or recording what it
/// spent of them (on what). Amounts in yuan, to the fen.
class FundDialog : public FormDialog
{
    Q_OBJECT

public:
    FundDialog(Workspace &workspace, FundEntry::Kind kind, qint64 orgId, int year, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *textEdit() const { return m_text; }

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    FundEntry::Kind m_kind;
    OrgCombo *m_org;
    QSpinBox *m_year;
    DateLineEdit *m_on;
    QLineEdit *m_amount;
    QLineEdit *m_text; ///< the source of an allotment, the purpose of a spending
};
