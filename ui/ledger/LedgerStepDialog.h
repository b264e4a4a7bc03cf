#pragma once

#include "ledger/LedgerService.h"

#include <QDialog>

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
    DateLineEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }
    QComboBox *choiceCombo() const { return m_choice; }
    void setMember(qint64 memberId, const QString &name);

private:
    void revalidate();
    void chooseMember();

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
    QDialogButtonBox *m_buttons;
};
