#include "ProjectDialog.h"

#include "CobuildCombos.h"
#include "app/Workspace.h"
#include "cobuild/ProjectService.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

ProjectDialog::ProjectDialog(Workspace &workspace, qint64 scopeId, QWidget *parent)
    : FormDialog(tr("Enter a project"), parent)
    , m_workspace(workspace)
    , m_kind(CobuildCombos::choices<ProjectKind>(this))
    , m_title(new QLineEdit(this))
    , m_org(new OrgCombo(workspace.organisations(),
                         {OrgKind::Subdistrict, OrgKind::Community, OrgKind::Grid, OrgKind::FunctionalBranch,
                          OrgKind::TemporaryBranch, OrgKind::SectorCommittee, OrgKind::BuildingCommittee, OrgKind::BusinessCommittee},
                         scopeId, this))
    , m_secretary(new QLineEdit(this))
    , m_approved(new DateLineEdit(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_description(new QPlainTextEdit(this))
{
    m_approved->setDate(QDate::currentDate());
    m_budget->setRange(0, 1e9);
    m_budget->setDecimals(0);
    m_budget->setSingleStep(1000);
    m_budget->setSuffix(tr(" yuan"));
    m_budget->setSpecialValueText(tr("not given"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Project:"), m_title);
    form()->addRow(tr("&Lead organisation:"), m_org);
    form()->addRow(tr("&Secretary:"), m_secretary);
    form()->addRow(tr("&Approved on:"), m_approved);
    form()->addRow(tr("&Budget:"), m_budget);
    form()->addRow(tr("&Description:"), m_description);
    for (QLineEdit *edit : {m_title, static_cast<QLineEdit *>(m_approved)})
        connect(edit, &QLineEdit::textChanged, this, &ProjectDialog::revalidate);
    connect(m_org, &QComboBox::currentTextChanged, this, &ProjectDialog::revalidate);
    revalidate();
}

QString ProjectDialog::missing() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the project a title.");
    if (!m_org->currentId())
        return tr("Choose the organisation that leads the project.");
    if (!m_approved->date().isValid())
        return tr("Give the date the project was approved.");
    return {};
}

Result<qint64> ProjectDialog::submit()
{
    Project p;
    p.kind = CobuildCombos::chosen<ProjectKind>(m_kind);
    p.title = m_title->text();
    p.orgId = m_org->currentId();
    p.secretary = m_secretary->text();
    p.approvedOn = m_approved->date();
    p.budget = m_budget->value() > 0 ? m_budget->value() : -1;
    p.description = m_description->toPlainText();
    return m_workspace.projects().add(p);
}
