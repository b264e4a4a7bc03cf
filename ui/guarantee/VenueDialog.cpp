#include "VenueDialog.h"

#include "app/Workspace.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"
#include "guarantee/VenueService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

VenueDialog::VenueDialog(Workspace &workspace, const Venue &venue, qint64 scopeId, QWidget *parent)
    : FormDialog(venue.id ? tr("Change venue %1").arg(venue.name) : tr("Register a venue"), parent)
    , m_workspace(workspace)
    , m_id(venue.id)
    , m_org(new OrgCombo(workspace.organisations(),
                         {OrgKind::District, OrgKind::Subdistrict, OrgKind::Community, OrgKind::Grid, OrgKind::BuildingGroup,
                          OrgKind::FunctionalBranch, OrgKind::TemporaryBranch, OrgKind::SectorCommittee, OrgKind::BuildingCommittee, OrgKind::BusinessCommittee},
                         scopeId, this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_area(new QSpinBox(this))
    , m_hours(new QLineEdit(this))
    , m_offers(new QLineEdit(this))
    , m_facility(new QCheckBox(tr("C&ounts towards the community's service facilities (综合服务设施)"), this))
    , m_opened(new DateLineEdit(this))
{
    for (VenueKind kind : VenueKinds::all())
        m_kind->addItem(VenueKinds::displayName(kind), VenueKinds::code(kind));
    m_area->setRange(0, VenueService::maxArea);
    m_area->setSuffix(tr(" m²"));
    m_area->setGroupSeparatorShown(true);
    m_hours->setPlaceholderText(tr("e.g. Mon–Sun 8:30–20:30"));
    m_offers->setPlaceholderText(tr("e.g. drinking water, charging, rest, first-aid kit, reading corner"));
    if (venue.id) {
        m_org->setCurrentId(venue.orgId);
        m_org->setEnabled(false);
        m_kind->setCurrentIndex(m_kind->findData(VenueKinds::code(venue.kind)));
        m_name->setText(venue.name);
        m_address->setText(venue.address);
        m_area->setValue(venue.area);
        m_hours->setText(venue.openingHours);
        m_offers->setText(venue.offers);
        m_facility->setChecked(venue.serviceFacility);
        m_opened->setDate(venue.openedOn);
        m_facilityTouched = true;
    } else {
        m_kind->setCurrentIndex(m_kind->findData(VenueKinds::code(VenueKind::ServiceStation)));
        m_facility->setChecked(true);
    }
    // The kind proposes whether it counts until the clerk says otherwise.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto kind = VenueKinds::fromCode(m_kind->currentData().toString()); kind && !m_facilityTouched)
            m_facility->setChecked(VenueKinds::countsAsFacility(*kind));
    });
    connect(m_facility, &QCheckBox::clicked, this, [this] { m_facilityTouched = true; });
    form()->addRow(tr("&Belongs to:"), m_org);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("Add&ress:"), m_address);
    form()->addRow(tr("&Area:"), m_area);
    form()->addRow(QString(), m_facility);
    form()->addRow(tr("Opening &hours:"), m_hours);
    form()->addRow(tr("O&ffers:"), m_offers);
    form()->addRow(tr("O&pened on:"), m_opened);
    QWidget::setTabOrder(m_area, m_facility);
    QWidget::setTabOrder(m_facility, m_hours);
    connect(m_name, &QLineEdit::textChanged, this, &VenueDialog::revalidate);
    connect(m_opened, &QLineEdit::textChanged, this, &VenueDialog::revalidate);
    connect(m_org, &QComboBox::currentTextChanged, this, &VenueDialog::revalidate);
    revalidate();
}

QString VenueDialog::missing() const
{
    if (!m_org->currentId())
        return tr("Choose the organisation the venue belongs to.");
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the venue a name.");
    if (!m_opened->isAcceptable())
        return tr("The opening day is a date such as 2024-05-01, or nothing.");
    return {};
}

Result<qint64> VenueDialog::submit()
{
    Venue v;
    v.id = m_id;
    v.orgId = m_org->currentId();
    v.kind = VenueKinds::fromCode(m_kind->currentData().toString()).value_or(VenueKind::Other);
    v.name = m_name->text();
    v.address = m_address->text();
    v.area = m_area->value();
    v.openingHours = m_hours->text();
    v.offers = m_offers->text();
    v.serviceFacility = m_facility->isChecked();
    v.openedOn = m_opened->date();
    if (!m_id)
        return m_workspace.venues().add(v);
    if (const Outcome saved = m_workspace.venues().update(v); !saved)
        return Result<qint64>::failure(saved.error());
    return m_id;
}
