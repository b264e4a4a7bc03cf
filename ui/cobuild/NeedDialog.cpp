#include "NeedDialog.h"

#include "CobuildCombos.h"
#include "app/Workspace.h"
#include "cobuild/NeedService.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

NeedDialog::NeedDialog(Workspace &workspace, qint64 scopeId, QWidget *parent)
    : FormDialog(tr("Post a need"), parent)
    , m_workspace(workspace)
    , m_org(new OrgCombo(workspace.organisations(), {OrgKind::Community, OrgKind::Grid}, scopeId, this))
    , m_category(CobuildCombos::categories(workspace.needs(), this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_posted(new DateLineEdit(this))
{
    m_org->setObjectName(QStringLiteral("needOrg"));
    m_title->setObjectName(QStringLiteral("needTitle"));
    m_title->setPlaceholderText(tr("What is needed, in a few words"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_posted->setDate(QDate::currentDate());
    form()->addRow(tr("Posted &by:"), m_org);
    form()->addRow(tr("&Category:"), m_category);
    form()->addRow(tr("&Need:"), m_title);
    form()->addRow(tr("&Details:"), m_description);
    form()->addRow(tr("&Posted on:"), m_posted);
    for (QLineEdit *edit : {m_title, static_cast<QLineEdit *>(m_posted)})
        connect(edit, &QLineEdit::textChanged, this, &NeedDialog::revalidate);
    connect(m_org, &QComboBox::currentTextChanged, this, &NeedDialog::revalidate);
    revalidate();
}

QString NeedDialog::missing() const
{
    if (!m_org->currentId())
        return tr("Choose the community or grid that posts the need.");
    if (m_category->currentData().toLongLong() == 0)
        return tr("Choose a category.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Say in a few words what is needed.");
    if (!m_posted->date().isValid())
        return tr("Give the date the need was posted, such as 2026-11-23.");
    return {};
}

Result<qint64> NeedDialog::submit()
{
    Need need;
    need.orgId = m_org->currentId();
    need.categoryId = m_category->currentData().toLongLong();
    need.title = m_title->text();
    need.description = m_description->toPlainText();
    need.postedOn = m_posted->date();
    return m_workspace.needs().addNeed(need);
}
