#include "ClaimDialog.h"

#include "CobuildCombos.h"
#include "app/Workspace.h"
#include "cobuild/ProjectService.h"
#include "common/DateLineEdit.h"
#include "members/MemberPickerDialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>

ClaimDialog::ClaimDialog(Workspace &workspace, qint64 projectId, qint64 scopeId, QWidget *parent)
    : FormDialog(tr("Claim project %1").arg(projectId), parent)
    , m_workspace(workspace)
    , m_projectId(projectId)
    , m_scope(scopeId)
    , m_byUnit(new QRadioButton(tr("A &unit:"), this))
    , m_byMember(new QRadioButton(tr("A &member:"), this))
    , m_unit(CobuildCombos::units(workspace.units(), scopeId, this))
    , m_member(new QLabel(tr("(none chosen)"), this))
    , m_on(new DateLineEdit(this))
{
    m_byUnit->setChecked(true);
    auto *pick = new QPushButton(tr("&Choose…"), this);
    connect(pick, &QPushButton::clicked, this, &ClaimDialog::pickMember);
    auto *member = new QHBoxLayout;
    member->addWidget(m_member, 1);
    member->addWidget(pick);
    m_on->setDate(QDate::currentDate());
    form()->addRow(m_byUnit, m_unit);
    form()->addRow(m_byMember, member);
    form()->addRow(tr("Claimed &on:"), m_on);
    connect(m_byUnit, &QRadioButton::toggled, this, &ClaimDialog::revalidate);
    connect(m_unit, &QComboBox::currentTextChanged, this, &ClaimDialog::revalidate);
    connect(m_on, &QLineEdit::textChanged, this, &ClaimDialog::revalidate);
    revalidate();
}

void ClaimDialog::pickMember()
{
    MemberPickerDialog picker(m_workspace.members(), m_scope, tr("Member claiming the project"), this);
    if (picker.exec() != QDialog::Accepted || !picker.chosenId())
        return;
    m_memberId = picker.chosenId();
    m_member->setText(picker.resultsList()->currentItem() ? picker.resultsList()->currentItem()->text() : QString::number(m_memberId));
    m_byMember->setChecked(true);
    revalidate();
}

QString ClaimDialog::missing() const
{
    if (m_byUnit->isChecked() && !CobuildCombos::chosenId(m_unit))
        return tr("Choose the unit that claims the project.");
    if (m_byMember->isChecked() && !m_memberId)
        return tr("Choose the member who claims the project.");
    if (!m_on->date().isValid())
        return tr("Give the date of the claim.");
    return {};
}

Result<qint64> ClaimDialog::submit()
{
    const qint64 unitId = m_byUnit->isChecked() ? CobuildCombos::chosenId(m_unit) : 0;
    const qint64 memberId = m_byMember->isChecked() ? m_memberId : 0;
    const Outcome done = m_workspace.projects().claim(m_projectId, unitId, memberId, m_on->date());
    return done ? Result<qint64>(m_projectId) : Result<qint64>::failure(done.error());
}
