#include "SeatDialog.h"

#include "app/Workspace.h"
#include "cobuild/CobuildRecords.h"
#include "cobuild/UnitService.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"

#include <QFormLayout>
#include <QLineEdit>

SeatDialog::SeatDialog(Workspace &workspace, qint64 unitId, const QString &unitName, qint64 scopeId, QWidget *parent)
    : FormDialog(tr("%1 joins a committee").arg(unitName), parent)
    , m_workspace(workspace)
    , m_unitId(unitId)
    , m_org(new OrgCombo(workspace.organisations(), {OrgKind::Subdistrict, OrgKind::Community}, scopeId, this))
    , m_person(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_joined(new DateLineEdit(this))
    , m_termEnds(new DateLineEdit(this))
{
    m_joined->setDate(QDate::currentDate());
    m_termEnds->setDate(QDate::currentDate().addYears(5).addDays(-1));
    form()->addRow(tr("&Committee of:"), m_org);
    form()->addRow(tr("Part-time &member:"), m_person);
    form()->addRow(tr("&Phone:"), m_phone);
    form()->addRow(tr("&Joined on:"), m_joined);
    form()->addRow(tr("&Term ends:"), m_termEnds);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_joined), static_cast<QLineEdit *>(m_termEnds)})
        connect(edit, &QLineEdit::textChanged, this, &SeatDialog::revalidate);
    connect(m_org, &QComboBox::currentTextChanged, this, &SeatDialog::revalidate);
    revalidate();
}

QString SeatDialog::missing() const
{
    if (!m_org->currentId())
        return tr("Choose the sub-district or community whose committee the unit joins.");
    if (!m_joined->date().isValid())
        return tr("Give the date the unit joined.");
    if (!m_termEnds->isAcceptable())
        return tr("The end of the term is not a date.");
    return {};
}

Result<qint64> SeatDialog::submit()
{
    UnitMembership seat;
    seat.unitId = m_unitId;
    seat.orgId = m_org->currentId();
    seat.memberName = m_person->text();
    seat.phone = m_phone->text().trimmed();
    seat.joinedOn = m_joined->date();
    seat.termEnds = m_termEnds->date();
    return m_workspace.units().join(seat);
}
