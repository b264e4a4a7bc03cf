#include "AddRoleDialog.h"

#include "common/DateLineEdit.h"
#include "roles/RoleService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddRoleDialog::AddRoleDialog(RoleService &roles, qint64 orgId, bool isGrid, QWidget *parent)
    : QDialog(parent)
    , m_roles(roles)
    , m_orgId(orgId)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_started(new DateLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a person in a role"));
    for (RoleKind kind : RoleKinds::all()) {
        const bool gridRole = kind == RoleKind::GridHead || kind == RoleKind::GridWorker;
        if (gridRole && !isGrid)
            continue;
        m_kind->addItem(RoleKinds::displayName(kind), RoleKinds::code(kind));
    }
    if (isGrid)
        m_kind->setCurrentIndex(m_kind->findData(RoleKinds::code(RoleKind::GridWorker)));
    m_phone->setMaxLength(11);
    m_unit->setPlaceholderText(tr("part-time committee members: the unit they come from"));
    m_started->setDate(QDate::currentDate());
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Since:"), m_started);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddRoleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddRoleDialog::revalidate);
    connect(m_started, &DateLineEdit::dateEdited, this, &AddRoleDialog::revalidate);
    revalidate();
    resize(420, sizeHint().height());
}

void AddRoleDialog::revalidate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty() && m_started->isAcceptable());
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
    const auto added = m_roles.add(role);
    if (!added) {
        m_problem->setText(added.error());
        return;
    }
    QDialog::accept();
}
