#pragma once

#include "ledger/LedgerService.h"
#include "ledger/WhistleCatalogue.h"

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

/// What a step may choose from, as the item and the office stand: the units of the register a
/// dispatch may name, the matters of the whistle catalogue, the summoned departments still to
/// report in (report) or to report done (report done), and the item's due date (a unit's time
/// limit unless another is set).
struct LedgerStepChoices
{
    QList<std::pair<qint64, QString>> units;
    QList<WhistleMatter> matters;
    QStringList departments;
    QDate due;
};

/// The details one step needs: its date and a note always; to whom for a dispatch (a member,
/// whose points the completion earns, a unit of the register or a volunteer) and by when; which
/// matter of the catalogue (or, without one, which whistle) for an escalation; the department
/// that reports in or reports done; the result of a close; the leader who signs off, or why the
/// item goes back; the resident's satisfaction for a visit.
class LedgerStepDialog : public QDialog
{
    Q_OBJECT

public:
    LedgerStepDialog(LedgerAction action, MemberService &members, qint64 scopeOrgId, const LedgerStepChoices &choices = {},
                     QWidget *parent = nullptr);

    LedgerStep step() const;
    /// What OK does with the step: the service's answer. A refusal is shown in the dialog, which
    /// stays open with what was typed; without one OK just closes it.
    using Submit = std::function<Outcome(const LedgerStep &step)>;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    DateLineEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }
    QLineEdit *toEdit() const { return m_to; }
    QComboBox *choiceCombo() const { return m_choice; }
    QComboBox *unitCombo() const { return m_unit; }
    DateLineEdit *limitEdit() const { return m_limit; }
    void setMember(qint64 memberId, const QString &name);

private:
    void revalidate();
    void chooseMember();
    void chooseUnit();
    void showSummoned();
    void submit();
    bool usesChoice() const;
    bool needsNote() const;

    LedgerAction m_action;
    MemberService &m_members;
    qint64 m_scope;
    LedgerStepChoices m_choices;
    qint64 m_memberId = 0;
    DateLineEdit *m_date;
    QLineEdit *m_to;
    QPushButton *m_pickMember;
    QComboBox *m_unit;
    DateLineEdit *m_limit;
    QComboBox *m_choice;
    QLabel *m_summoned;
    QLineEdit *m_note;
    QLabel *m_problem;
    bool m_touched = false;
    QDialogButtonBox *m_buttons;
    Submit m_submit;
};
