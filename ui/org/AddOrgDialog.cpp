#include "AddOrgDialog.h"

#include "OrgForm.h"
#include "org/OrgService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AddOrgDialog::AddOrgDialog(OrgService &service, qint64 parentId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_parentId(parentId)
    , m_form(new OrgForm(this))
    , m_refusal(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const auto parentNode = service.repository().node(parentId);
    setWindowTitle(tr("Add an organisation under %1").arg(parentNode ? parentNode->name : QString()));
    m_form->setParentKind(parentNode ? std::optional<OrgKind>(parentNode->kind) : std::nullopt);
    Organisation draft;
    draft.parentId = parentId;
    const QList<OrgKind> kinds = parentNode ? OrgKinds::allowedChildren(parentNode->kind) : QList<OrgKind>{};
    if (!kinds.isEmpty())
        draft.kind = kinds.first();
    m_form->setOrganisation(draft);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_refusal->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("A&dd"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddOrgDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddOrgDialog::reject);
    const auto updateOk = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_form->isValid()); };
    connect(m_form, &OrgForm::validityChanged, this, updateOk);
    updateOk();
    resize(460, sizeHint().height());
}

void AddOrgDialog::accept()
{
    if (!m_form->isValid())
        return;
    Organisation draft = m_form->organisation();
    draft.parentId = m_parentId;
    const auto id = m_service.add(draft);
    if (!id) {
        m_refusal->setText(id.error());
        m_refusal->show();
        return;
    }
    m_addedId = id.value();
    QDialog::accept();
}
