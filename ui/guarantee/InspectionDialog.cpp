#include "InspectionDialog.h"

#include "app/Workspace.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"
#include "guarantee/GuaranteeService.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

InspectionDialog::InspectionDialog(Workspace &workspace, qint64 scopeId, QWidget *parent)
    : FormDialog(tr("Record an inspection"), parent)
    , m_workspace(workspace)
    , m_org(new OrgCombo(workspace.organisations(), {OrgKind::Subdistrict, OrgKind::Community, OrgKind::Grid,
                                                     OrgKind::FunctionalBranch, OrgKind::TemporaryBranch, OrgKind::SectorCommittee, OrgKind::BuildingCommittee, OrgKind::BusinessCommittee},
                         scopeId, this))
    , m_on(new DateLineEdit(this))
    , m_inspectors(new QLineEdit(this))
    , m_findings(new QPlainTextEdit(this))
    , m_tasks(new QPlainTextEdit(this))
    , m_due(new DateLineEdit(this))
{
    m_on->setDate(QDate::currentDate());
    m_due->setDate(QDate::currentDate().addDays(30));
    m_inspectors->setPlaceholderText(tr("e.g. 区委组织部巡查组: 张伟、李娜"));
    for (QPlainTextEdit *edit : {m_findings, m_tasks}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(90);
    }
    m_tasks->setPlaceholderText(tr("One follow-up task per line; each becomes a task of the organisation inspected"));
    form()->addRow(tr("&Inspected:"), m_org);
    form()->addRow(tr("&Date:"), m_on);
    form()->addRow(tr("Inspe&ctors:"), m_inspectors);
    form()->addRow(tr("&Findings:"), m_findings);
    form()->addRow(tr("Follow-up &tasks:"), m_tasks);
    form()->addRow(tr("Tasks d&ue on:"), m_due);
    for (QLineEdit *edit : {m_inspectors, static_cast<QLineEdit *>(m_on), static_cast<QLineEdit *>(m_due)})
        connect(edit, &QLineEdit::textChanged, this, &InspectionDialog::revalidate);
    for (QPlainTextEdit *edit : {m_findings, m_tasks})
        connect(edit, &QPlainTextEdit::textChanged, this, &InspectionDialog::revalidate);
    connect(m_org, &QComboBox::currentTextChanged, this, &InspectionDialog::revalidate);
    revalidate();
}

QStringList InspectionDialog::followUps() const
{
    QStringList out;
    for (const QString &line : m_tasks->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QString InspectionDialog::missing() const
{
    if (!m_org->currentId())
        return tr("Choose the organisation inspected.");
    if (!m_on->date().isValid())
        return tr("Give the day of the inspection.");
    if (m_inspectors->text().trimmed().isEmpty())
        return tr("Say who inspected.");
    if (m_findings->toPlainText().trimmed().isEmpty())
        return tr("Say what the inspection found.");
    if (!followUps().isEmpty() && !m_due->date().isValid())
        return tr("Give the day the follow-up tasks are due.");
    return {};
}

Result<qint64> InspectionDialog::submit()
{
    Inspection inspection;
    inspection.orgId = m_org->currentId();
    inspection.inspectedOn = m_on->date();
    inspection.inspectors = m_inspectors->text();
    inspection.findings = m_findings->toPlainText();
    for (const QString &title : followUps())
        inspection.followUps.append({title, m_due->date()});
    return m_workspace.guarantee().addInspection(inspection);
}
