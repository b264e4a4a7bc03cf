#include "AgreementDialog.h"

#include "CobuildCombos.h"
#include "app/Workspace.h"
#include "cobuild/AgreementService.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

AgreementDialog::AgreementDialog(Workspace &workspace, qint64 scopeId, QWidget *parent)
    : FormDialog(tr("Sign a co-building agreement"), parent)
    , m_workspace(workspace)
    , m_org(new OrgCombo(workspace.organisations(), {OrgKind::Subdistrict, OrgKind::Community}, scopeId, this))
    , m_unit(CobuildCombos::units(workspace.units(), scopeId, this))
    , m_kind(CobuildCombos::choices<AgreementKind>(this))
    , m_signed(new DateLineEdit(this))
    , m_ends(new DateLineEdit(this))
    , m_target(new QSpinBox(this))
    , m_commitments(new QPlainTextEdit(this))
{
    m_signed->setDate(QDate::currentDate());
    m_ends->setDate(QDate::currentDate().addYears(3).addDays(-1));
    m_target->setRange(0, 52);
    m_target->setValue(4);
    m_target->setSuffix(tr(" a year"));
    m_commitments->setTabChangesFocus(true);
    m_commitments->setMaximumHeight(90);
    m_commitments->setPlaceholderText(tr("What each side commits to (双向服务清单)"));
    form()->addRow(tr("&Organisation:"), m_org);
    form()->addRow(tr("&Unit:"), m_unit);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Signed on:"), m_signed);
    form()->addRow(tr("Term &ends:"), m_ends);
    form()->addRow(tr("Joint &activities:"), m_target);
    form()->addRow(tr("&Commitments:"), m_commitments);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_signed), static_cast<QLineEdit *>(m_ends)})
        connect(edit, &QLineEdit::textChanged, this, &AgreementDialog::revalidate);
    connect(m_org, &QComboBox::currentTextChanged, this, &AgreementDialog::revalidate);
    connect(m_unit, &QComboBox::currentTextChanged, this, &AgreementDialog::revalidate);
    revalidate();
}

QString AgreementDialog::missing() const
{
    if (!m_org->currentId())
        return tr("Choose the sub-district or community that signs.");
    if (!CobuildCombos::chosenId(m_unit))
        return tr("Choose the unit it signs with.");
    if (!m_signed->date().isValid() || !m_ends->date().isValid())
        return tr("Give the date it was signed and the date its term ends.");
    if (m_ends->date() <= m_signed->date())
        return tr("The term must end after the agreement is signed.");
    return {};
}

Result<qint64> AgreementDialog::submit()
{
    Agreement a;
    a.orgId = m_org->currentId();
    a.unitId = CobuildCombos::chosenId(m_unit);
    a.kind = CobuildCombos::chosen<AgreementKind>(m_kind);
    a.signedOn = m_signed->date();
    a.endsOn = m_ends->date();
    a.targetPerYear = m_target->value();
    a.commitments = m_commitments->toPlainText();
    return m_workspace.agreements().add(a);
}
