#include "AddRoleDialog.h"

#include "common/DateLineEdit.h"
#include "members/MemberPickerDialog.h"
#include "members/MemberRepository.h"
#include "members/MemberService.h"
#include "roles/RoleService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddRoleDialog::AddRoleDialog(RoleService &roles, qint64 orgId, bool isGrid, QWidget *parent, MemberService *members)
    : QDialog(parent)
    , m_roles(roles)
    , m_orgId(orgId)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_started(new DateLineEdit(this))
    , m_until(new DateLineEdit(this))
    , m_members(members)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a person in a role"));
    for (RoleKind kind : RoleKinds::all()) {
        // A grid's own roles and the forces sent down to it on a grid; a community's (书记助理,
        // 居委会主任) elsewhere — the service says which organisation holds which.
        const bool gridRole = kind == RoleKind::GridHead || kind == RoleKind::GridWorker || RoleKinds::isGridForce(kind);
        const bool communityRole = kind == RoleKind::SecretaryAssistant || kind == RoleKind::CommitteeDirector;
        if ((gridRole && !isGrid) || (communityRole && isGrid))
            continue;
        m_kind->addItem(RoleKinds::displayName(kind), RoleKinds::code(kind));
    }
    if (isGrid)
        m_kind->setCurrentIndex(m_kind->findData(RoleKinds::code(RoleKind::GridWorker)));
    m_phone->setMaxLength(11);
    m_unit->setPlaceholderText(tr("part-time committee members and forces sent down: the unit they come from"));
    m_started->setDate(QDate::currentDate());
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Since:"), m_started);
    m_until->setPlaceholderText(tr("empty: open-ended"));
    form->addRow(tr("Un&til:"), m_until);
    if (m_members) {
        // The holder may be a party member: link them (the name and phone come along).
        m_member = new QLabel(tr("(not a member, or not linked)"), this);
        auto *choose = new QPushButton(tr("Choose a &member…"), this);
        connect(choose, &QPushButton::clicked, this, [this] {
            MemberPickerDialog picker(*m_members, m_orgId, tr("Member in the role"), this);
            if (picker.exec() == QDialog::Accepted && picker.chosenId())
                linkMember(picker.chosenId());
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_member, 1);
        row->addWidget(choose);
        form->addRow(tr("Party member:"), row);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddRoleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddRoleDialog::revalidate);
    connect(m_started, &DateLineEdit::dateEdited, this, &AddRoleDialog::revalidate);
    connect(m_until, &DateLineEdit::dateEdited, this, &AddRoleDialog::revalidate);
    revalidate();
    resize(420, sizeHint().height());
}

void AddRoleDialog::revalidate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty() && m_started->isAcceptable()
                                                        && m_until->isAcceptable());
}

void AddRoleDialog::accept()
{
    Role role;
    role.orgId = m_orgId;
    role.kind = RoleKinds::fromCode(m_kind->currentData().toString()).value_or(RoleKind::GridWorker);
    role.personName = m_name->text();
    role.phone = m_phone->text().trimmed();
    role.unitName = m_unit->text();
    role.startedOn = m_started->date();
    role.endedOn = m_until->date();
    role.memberId = m_memberId;
    const auto added = m_roles.add(role);
    if (!added) {
        m_problem->setText(added.error());
        return;
    }
    QDialog::accept();
}

void AddRoleDialog::linkMember(qint64 memberId)
{
    const auto member = m_members ? m_members->repository().find(memberId) : std::nullopt;
    if (!member)
        return;
    m_memberId = memberId;
    m_name->setText(member->name);
    if (m_phone->text().isEmpty())
        m_phone->setText(member->phone);
    if (m_member)
        m_member->setText(member->name);
}
