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

LedgerStepDialog::LedgerStepDialog(LedgerAction action, MemberService &members, qint64 scopeOrgId,
                                   const LedgerStepChoices &choices, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_members(members)
    , m_scope(scopeOrgId)
    , m_choices(choices)
    , m_date(new DateLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_pickMember(new QPushButton(tr("Choose a member…"), this))
    , m_unit(new QComboBox(this))
    , m_limit(new DateLineEdit(this))
    , m_choice(new QComboBox(this))
    , m_summoned(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(LedgerFlow::displayName(action));
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_note->setObjectName(QStringLiteral("stepNote"));
    m_choice->setObjectName(QStringLiteral("stepChoice"));
    m_to->setObjectName(QStringLiteral("stepTo"));
    m_unit->setObjectName(QStringLiteral("stepUnit"));
    m_limit->setObjectName(QStringLiteral("stepLimit"));
    m_date->setDate(QDate::currentDate());
    m_problem->setObjectName(QStringLiteral("stepProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);
    m_summoned->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(LedgerFlow::displayName(action));

    // Only what this step asks for is shown; the rest is never laid out, and so stays hidden.
    for (QWidget *widget : std::initializer_list<QWidget *>{m_to, m_pickMember, m_unit, m_limit, m_choice, m_summoned})
        widget->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    const auto showIn = [form](const QString &label, QWidget *widget) {
        widget->show();
        form->addRow(label, widget);
    };
    switch (action) {
    case LedgerAction::Dispatch: {
        m_to->show();
        m_pickMember->show();
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(m_to, 1);
        rowLayout->addWidget(m_pickMember);
        m_to->setPlaceholderText(tr("a volunteer, or choose a member or a unit"));
        auto *toLabel = new QLabel(tr("&To:"), this);
        toLabel->setBuddy(m_to);
        form->addRow(toLabel, row);
        m_unit->addItem(tr("(not a unit of the register)"), 0);
        for (const auto &[id, name] : std::as_const(m_choices.units))
            m_unit->addItem(name, id);
        showIn(tr("&Unit:"), m_unit);
        showIn(tr("Time &limit:"), m_limit);
        connect(m_pickMember, &QPushButton::clicked, this, &LedgerStepDialog::chooseMember);
        connect(m_unit, &QComboBox::activated, this, &LedgerStepDialog::chooseUnit);
        connect(m_to, &QLineEdit::textEdited, this, [this] {
            m_memberId = 0;
            m_unit->setCurrentIndex(0);
        });
        break;
    }
    case LedgerAction::Report:
    case LedgerAction::ReportDone:
        if (m_choices.departments.isEmpty() && action == LedgerAction::Report) {
            m_to->setPlaceholderText(tr("e.g. 区城管局"));
            showIn(tr("De&partment:"), m_to);
        } else {
            m_choice->addItems(m_choices.departments);
            showIn(tr("De&partment:"), m_choice);
        }
        break;
    case LedgerAction::Escalate:
        if (m_choices.matters.isEmpty()) {
            for (Whistle whistle : {Whistle::Quick, Whistle::Emergency, Whistle::Tough})
                m_choice->addItem(LedgerFlow::displayName(whistle), LedgerFlow::code(whistle));
            showIn(tr("&Whistle:"), m_choice);
        } else {
            for (const WhistleMatter &matter : std::as_const(m_choices.matters))
                m_choice->addItem(tr("%1 (%2)").arg(matter.name, LedgerFlow::displayName(matter.whistle)), matter.id);
            showIn(tr("&Matter:"), m_choice);
            showIn(tr("Summons:"), m_summoned);
            connect(m_choice, &QComboBox::currentIndexChanged, this, &LedgerStepDialog::showSummoned);
            showSummoned();
        }
        break;
    case LedgerAction::SignOff:
        m_to->setPlaceholderText(tr("e.g. 街道党工委书记 张伟"));
        showIn(tr("&Leader:"), m_to);
        break;
    case LedgerAction::Visit:
        for (Satisfaction satisfaction : {Satisfaction::Satisfied, Satisfaction::BasicallySatisfied, Satisfaction::Dissatisfied})
            m_choice->addItem(LedgerFlow::displayName(satisfaction), LedgerFlow::code(satisfaction));
        showIn(tr("&Resident is:"), m_choice);
        break;
    default:
        break;
    }
    const QString noteLabel = action == LedgerAction::Close ? tr("&Result:")
                              : action == LedgerAction::Suspend || action == LedgerAction::SendBack ? tr("&Reason:")
                                                                                                    : tr("&Note:");
    form->addRow(noteLabel, m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LedgerStepDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : std::initializer_list<QLineEdit *>{m_date, m_to, m_note, m_limit}) {
        connect(edit, &QLineEdit::textChanged, this, &LedgerStepDialog::revalidate);
        // What is missing is said once the clerk has begun; before, 确定 is only greyed out.
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_touched = true;
            revalidate();
        });
    }
    revalidate();
    resize(480, sizeHint().height());
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
    m_unit->setCurrentIndex(0);
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

void LedgerStepDialog::chooseUnit()
{
    if (m_unit->currentData().toLongLong() == 0)
        return;
    m_memberId = 0;
    m_to->setText(m_unit->currentText());
    // A unit works to a time limit: the item's due date unless the clerk sets another.
    if (!m_limit->date().isValid())
        m_limit->setDate(m_choices.due);
    revalidate();
}

void LedgerStepDialog::showSummoned()
{
    const qsizetype index = m_choice->currentIndex();
    if (index < 0 || index >= m_choices.matters.size())
        return;
    const WhistleMatter &matter = m_choices.matters.at(index);
    m_summoned->setText(tr("%1 — to report done within %Ln working day(s)", nullptr, matter.days)
                            .arg(matter.departments.join(QStringLiteral("、"))));
}

bool LedgerStepDialog::usesChoice() const
{
    return !m_choice->isHidden();
}

bool LedgerStepDialog::needsNote() const
{
    return m_action == LedgerAction::Close || m_action == LedgerAction::Suspend || m_action == LedgerAction::SendBack;
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
    else if (m_action == LedgerAction::Dispatch && !m_limit->text().trimmed().isEmpty() && !m_limit->date().isValid())
        problem = tr("The time limit is not a date.");
    else if (m_action == LedgerAction::Dispatch && m_limit->date().isValid() && m_limit->date() < m_date->date())
        problem = tr("The time limit lies before the day of the dispatch.");
    else if (usesChoice() && m_choice->count() == 0)
        problem = tr("There is nothing to choose from.");
    else if (m_action == LedgerAction::SignOff && m_to->text().trimmed().isEmpty())
        problem = tr("Name the leader who signs off.");
    else if (needsNote() && m_note->text().trimmed().isEmpty())
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
    switch (m_action) {
    case LedgerAction::Dispatch:
        step.toMemberId = m_memberId;
        step.toUnitId = m_unit->currentData().toLongLong();
        step.to = m_memberId || step.toUnitId ? QString() : m_to->text().trimmed();
        step.limit = m_limit->date();
        break;
    case LedgerAction::Report:
    case LedgerAction::ReportDone:
        step.to = usesChoice() ? m_choice->currentText() : m_to->text().trimmed();
        break;
    case LedgerAction::SignOff:
        step.to = m_to->text().trimmed();
        break;
    case LedgerAction::Escalate:
        if (m_choices.matters.isEmpty())
            step.whistle = LedgerFlow::whistleFromCode(m_choice->currentData().toString());
        else
            step.matterId = m_choice->currentData().toLongLong();
        break;
    case LedgerAction::Visit:
        step.satisfaction = LedgerFlow::satisfactionFromCode(m_choice->currentData().toString());
        break;
    default:
        break;
    }
    return step;
}
