#include "LedgerStepDialog.h"

#include "common/DateLineEdit.h"
#include "common/Operator.h"
#include "members/MemberPickerDialog.h"
#include "members/MemberService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LedgerStepDialog::LedgerStepDialog(LedgerAction action, MemberService &members, qint64 scopeOrgId, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_members(members)
    , m_scope(scopeOrgId)
    , m_date(new DateLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_pickMember(new QPushButton(tr("Choose a member…"), this))
    , m_choice(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(LedgerFlow::displayName(action));
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_note->setObjectName(QStringLiteral("stepNote"));
    m_choice->setObjectName(QStringLiteral("stepChoice"));
    m_to->setObjectName(QStringLiteral("stepTo"));
    m_date->setDate(QDate::currentDate());
    m_problem->setObjectName(QStringLiteral("stepProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(LedgerFlow::displayName(action));

    // Only what this step asks for is shown; the rest is never laid out, and so stays hidden.
    for (QWidget *widget : {static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_pickMember), static_cast<QWidget *>(m_choice)})
        widget->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    switch (action) {
    case LedgerAction::Dispatch: {
        m_to->show();
        m_pickMember->show();
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(m_to, 1);
        rowLayout->addWidget(m_pickMember);
        m_to->setPlaceholderText(tr("a unit or volunteer, or choose a member"));
        form->addRow(tr("&To:"), row);
        connect(m_pickMember, &QPushButton::clicked, this, &LedgerStepDialog::chooseMember);
        connect(m_to, &QLineEdit::textEdited, this, [this] { m_memberId = 0; });
        break;
    }
    case LedgerAction::Report:
        m_to->show();
        m_to->setPlaceholderText(tr("e.g. 区城管局"));
        form->addRow(tr("De&partment:"), m_to);
        break;
    case LedgerAction::Escalate:
        m_choice->show();
        for (Whistle whistle : {Whistle::Quick, Whistle::Emergency, Whistle::Tough})
            m_choice->addItem(LedgerFlow::displayName(whistle), LedgerFlow::code(whistle));
        form->addRow(tr("&Whistle:"), m_choice);
        break;
    case LedgerAction::Visit:
        m_choice->show();
        for (Satisfaction satisfaction : {Satisfaction::Satisfied, Satisfaction::BasicallySatisfied, Satisfaction::Dissatisfied})
            m_choice->addItem(LedgerFlow::displayName(satisfaction), LedgerFlow::code(satisfaction));
        form->addRow(tr("&Resident is:"), m_choice);
        break;
    default:
        break;
    }
    const QString noteLabel = action == LedgerAction::Close     ? tr("&Result:")
                              : action == LedgerAction::Suspend ? tr("&Reason:")
                                                                : tr("&Note:");
    form->addRow(noteLabel, m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LedgerStepDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_date), m_to, m_note}) {
        connect(edit, &QLineEdit::textChanged, this, &LedgerStepDialog::revalidate);
        // What is missing is said once the clerk has begun; before, 确定 is only greyed out.
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_touched = true;
            revalidate();
        });
    }
    revalidate();
    resize(440, sizeHint().height());
}

void LedgerStepDialog::submit()
{
    if (m_submit) {
        if (const Outcome done = m_submit(step()); !done) {
            m_problem->setText(done.error());
            m_problem->setVisible(true);
            return;
        }
    }
    accept();
}

void LedgerStepDialog::setMember(qint64 memberId, const QString &name)
{
    m_memberId = memberId;
    m_to->setText(name);
    revalidate();
}

void LedgerStepDialog::chooseMember()
{
    MemberPickerDialog picker(m_members, m_scope, tr("Dispatch to a member"), this);
    if (picker.exec() == QDialog::Accepted && picker.chosenId()) {
        const auto member = m_members.repository().row(picker.chosenId());
        if (member)
            setMember(member->id, member->name);
    }
}

void LedgerStepDialog::revalidate()
{
    QString problem;
    if (!m_date->date().isValid())
        problem = tr("Give the date of the step.");
    else if (m_date->date() > QDate::currentDate())
        problem = tr("The date may not lie in the future.");
    else if (m_action == LedgerAction::Dispatch && m_to->text().trimmed().isEmpty())
        problem = tr("Say to whom the item goes.");
    else if ((m_action == LedgerAction::Close || m_action == LedgerAction::Suspend) && m_note->text().trimmed().isEmpty())
        problem = m_action == LedgerAction::Close ? tr("Give the result.") : tr("Give the reason.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && m_touched);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

LedgerStep LedgerStepDialog::step() const
{
    LedgerStep step;
    step.action = m_action;
    step.on = m_date->date();
    step.who = Operator::name();
    step.note = m_note->text().trimmed();
    if (m_action == LedgerAction::Dispatch) {
        step.toMemberId = m_memberId;
        step.to = m_memberId ? QString() : m_to->text().trimmed();
    } else if (m_action == LedgerAction::Report) {
        step.to = m_to->text().trimmed();
    } else if (m_action == LedgerAction::Escalate) {
        step.whistle = LedgerFlow::whistleFromCode(m_choice->currentData().toString());
    } else if (m_action == LedgerAction::Visit) {
        step.satisfaction = LedgerFlow::satisfactionFromCode(m_choice->currentData().toString());
    }
    return step;
}
