#include "HouseholdBox.h"

#include "members/MemberPickerDialog.h"
#include "members/MemberService.h"
#include "org/OrgService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

HouseholdBox::HouseholdBox(OrgService &organisations, MemberService &members, QWidget *parent)
    : QGroupBox(parent)
    , m_organisations(organisations)
    , m_members(members)
    , m_member(new QLabel(this))
    , m_link(new QPushButton(this))
    , m_unlink(new QPushButton(this))
{
    setObjectName(QStringLiteral("householdBox"));
    m_member->setObjectName(QStringLiteral("householdMember"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_member, 1);
    layout->addWidget(m_link);
    layout->addWidget(m_unlink);
    connect(m_link, &QPushButton::clicked, this, &HouseholdBox::link);
    connect(m_unlink, &QPushButton::clicked, this, &HouseholdBox::unlink);
    connect(&m_members, &MemberService::changed, this, &HouseholdBox::refresh);
    retranslate();
}

void HouseholdBox::retranslate()
{
    setTitle(tr("The member whose home this is"));
    m_link->setText(tr("Link a member…"));
    m_unlink->setText(tr("Unlink"));
    refresh();
}

void HouseholdBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void HouseholdBox::setHousehold(qint64 householdId)
{
    m_household = householdId;
    refresh();
}

void HouseholdBox::refresh()
{
    const qint64 memberId = m_household ? m_organisations.repository().householdMember(m_household) : 0;
    m_member->setText(memberId ? m_members.repository().whoIs(memberId) : tr("No member linked yet."));
    m_unlink->setEnabled(memberId != 0);
}

void HouseholdBox::link()
{
    // The member lives in the grid the household belongs to; look there first.
    const QList<qint64> lineage = m_organisations.repository().lineage(m_household);
    qint64 scope = 0;
    for (qint64 id : lineage) {
        if (const auto node = m_organisations.repository().node(id); node && node->kind == OrgKind::Grid)
            scope = id;
    }
    MemberPickerDialog dialog(m_members, scope, tr("Link a member to the household"), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosenId())
        return;
    if (const Outcome done = m_members.linkHousehold(m_household, dialog.chosenId()); !done)
        QMessageBox::warning(this, tr("Not linked"), done.error());
    refresh();
}

void HouseholdBox::unlink()
{
    if (const Outcome done = m_members.linkHousehold(m_household, 0); !done)
        QMessageBox::warning(this, tr("Not linked"), done.error());
    refresh();
}
