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
    /// The organisations of scopeId's subtree, orgId chosen; the year's day proposed (today in
    /// this year, its last day in a past one).
    FundDialog(Workspace &workspace, FundEntry::Kind kind, qint64 scopeId, qint64 orgId, int year, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *textEdit() const { return m_text; }
    QSpinBox *yearBox() const { return m_year; }
    DateLineEdit *dateEdit() const { return m_on; }

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
