#include "TaskDialog.h"

#include "app/Workspace.h"
#include "cobuild/MeetingService.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"
#include "org/OrgKind.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

TaskDialog::TaskDialog(Workspace &workspace, qint64 scopeId, qint64 meetingId, QWidget *parent)
    : FormDialog(meetingId ? tr("Turn a resolution of meeting %1 into a task").arg(meetingId) : tr("Add a task"), parent)
    , m_workspace(workspace)
    , m_meetingId(meetingId)
    , m_title(new QComboBox(this))
    , m_owner(new OrgCombo(workspace.organisations(), OrgKinds::all(), scopeId, this))
    , m_set(new DateLineEdit(this))
    , m_due(new DateLineEdit(this))
{
    m_title->setEditable(true);
    m_title->setInsertPolicy(QComboBox::NoInsert);
    QDate setOn = QDate::currentDate();
    if (meetingId) {
        m_title->addItems(workspace.meetings().openResolutions(meetingId));
        if (const auto meeting = workspace.meetings().meeting(meetingId)) {
            setOn = meeting->heldOn;
            m_owner->setCurrentId(meeting->orgId);
        }
    }
    m_set->setDate(setOn);
    m_due->setDate(setOn.addDays(30));
    form()->addRow(tr("&Task:"), m_title);
    form()->addRow(tr("&Owner:"), m_owner);
    form()->addRow(tr("&Set on:"), m_set);
    form()->addRow(tr("&Due on:"), m_due);
    connect(m_title, &QComboBox::currentTextChanged, this, &TaskDialog::revalidate);
    connect(m_owner, &QComboBox::currentTextChanged, this, &TaskDialog::revalidate);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_set), static_cast<QLineEdit *>(m_due)})
        connect(edit, &QLineEdit::textChanged, this, &TaskDialog::revalidate);
    revalidate();
}

QString TaskDialog::missing() const
{
    if (m_title->currentText().trimmed().isEmpty())
        return tr("Say what the task is.");
    if (!m_owner->currentId())
        return tr("A task needs an owner: choose the organisation responsible for it.");
    if (!m_set->date().isValid() || !m_due->date().isValid())
        return tr("Give the date the task was set and its due date.");
    if (m_due->date() < m_set->date())
        return tr("The due date is before the task was set.");
    return {};
}

Result<qint64> TaskDialog::submit()
{
    Task t;
    t.orgId = m_owner->currentId();
    t.meetingId = m_meetingId;
    t.title = m_title->currentText();
    t.setOn = m_set->date();
    t.dueOn = m_due->date();
    return m_workspace.meetings().addTask(t);
}
