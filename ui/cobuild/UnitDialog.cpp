#include "UnitDialog.h"

#include "CobuildCombos.h"
#include "app/Workspace.h"
#include "cobuild/UnitService.h"
#include "common/OrgCombo.h"

#include <QFormLayout>
#include <QLineEdit>

UnitDialog::UnitDialog(Workspace &workspace, const Unit &unit, qint64 scopeId, QWidget *parent)
    : FormDialog(unit.id ? tr("Change the unit") : tr("Add a resident unit"), parent)
    , m_workspace(workspace)
    , m_id(unit.id)
    , m_version(unit.version)
    , m_name(new QLineEdit(unit.name, this))
    , m_type(CobuildCombos::choices<UnitType>(this))
    , m_org(new OrgCombo(workspace.organisations(), {OrgKind::Subdistrict, OrgKind::Community}, unit.id ? unit.orgId : scopeId, this))
    , m_address(new QLineEdit(unit.address, this))
    , m_contact(new QLineEdit(unit.contact, this))
    , m_phone(new QLineEdit(unit.phone, this))
    , m_partyOrg(new QLineEdit(unit.partyOrg, this))
    , m_secretary(new QLineEdit(unit.secretary, this))
{
    m_type->setCurrentIndex(m_type->findData(Cobuild::code(unit.type)));
    if (unit.id)
        m_org->setCurrentId(unit.orgId);
    m_phone->setPlaceholderText(tr("13912345678 or 0556-5512345"));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Type:"), m_type);
    form()->addRow(tr("&Resident in:"), m_org);
    form()->addRow(tr("&Address:"), m_address);
    form()->addRow(tr("&Contact:"), m_contact);
    form()->addRow(tr("&Phone:"), m_phone);
    form()->addRow(tr("Party &organisation:"), m_partyOrg);
    form()->addRow(tr("&Secretary:"), m_secretary);
    connect(m_name, &QLineEdit::textChanged, this, &UnitDialog::revalidate);
    connect(m_org, &QComboBox::currentTextChanged, this, &UnitDialog::revalidate);
    revalidate();
}

QString UnitDialog::missing() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the unit's name.");
    if (!m_org->currentId())
        return tr("Choose the sub-district or community the unit is resident in.");
    return {};
}

Result<qint64> UnitDialog::submit()
{
    Unit unit;
    unit.id = m_id;
    unit.version = m_version;
    unit.name = m_name->text();
    unit.type = CobuildCombos::chosen<UnitType>(m_type);
    unit.orgId = m_org->currentId();
    unit.address = m_address->text();
    unit.contact = m_contact->text();
    unit.phone = m_phone->text().trimmed();
    unit.partyOrg = m_partyOrg->text();
    unit.secretary = m_secretary->text();
    if (m_id) {
        const Outcome done = m_workspace.units().update(unit);
        return done ? Result<qint64>(m_id) : Result<qint64>::failure(done.error());
    }
    return m_workspace.units().add(unit);
}
