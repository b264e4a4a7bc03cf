#pragma once

#include "ledger/LedgerService.h"

#include "core/Result.h"

#include <QDialog>

#include <functional>

class DateLineEdit;
class MemberService;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// The details one step needs: its date and a note always; to whom for a dispatch (a member,
/// whose points the completion earns, or a unit or volunteer); which whistle for an escalation;
/// the department that reports; the result of a close; the resident's satisfaction for a visit.
class LedgerStepDialog : public QDialog
{
    Q_OBJECT

public:
    LedgerStepDialog(LedgerAction action, MemberService &members, qint64 scopeOrgId, QWidget *parent = nullptr);

    LedgerStep step() const;
    /// What OK does with the step: the service's answer. A refusal is shown in the dialog, which
    /// stays open with what was typed; without one OK just closes it.
    using Submit = std::function<Outcome(const LedgerStep &step)>;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    DateLineEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }
    QComboBox *choiceCombo() const { return m_choice; }
    void setMember(qint64 memberId, const QString &name);

private:
    void revalidate();
    void chooseMember();
    void submit();

    LedgerAction m_action;
    MemberService &m_members;
    qint64 m_scope;
    qint64 m_memberId = 0;
    DateLineEdit *m_date;
    QLineEdit *m_to;
    QPushButton *m_pickMember;
    QComboBox *m_choice;
    QLineEdit *m_note;
    QLabel *m_problem;
    bool m_touched = false;
    QDialogButtonBox *m_buttons;
    Submit m_submit;
};
