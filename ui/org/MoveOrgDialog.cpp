#include "MoveOrgDialog.h"

#include "OrgPicker.h"
#include "org/OrgService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MoveOrgDialog::MoveOrgDialog(OrgService &service, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(id)
    , m_picker(new OrgPicker(service, this))
    , m_verdict(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const auto node = service.repository().node(id);
    setWindowTitle(tr("Move %1 to…").arg(node ? node->name : QString()));
    m_verdict->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(m_buttons);

    connect(m_picker, &OrgPicker::currentChanged, this, &MoveOrgDialog::onTargetChosen);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveOrgDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MoveOrgDialog::reject);

    // Start at the current parent, so that siblings and cousins are at hand.
    if (node)
        m_picker->choose(node->parentId);
    m_picker->searchEdit()->setFocus();
    resize(480, 560);
}

void MoveOrgDialog::chooseTarget(qint64 targetId)
{
    m_picker->choose(targetId);
    onTargetChosen(targetId);
}

void MoveOrgDialog::onTargetChosen(qint64 targetId)
{
    m_targetId = targetId;
    const Outcome allowed = m_service.canMove(m_id, targetId);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(allowed.ok());
    if (allowed) {
        m_verdict->setStyleSheet(QString());
        m_verdict->setText(tr("It will move under %1.").arg(m_service.repository().path(targetId)));
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_verdict->setText(allowed.error());
    }
}

void MoveOrgDialog::accept()
{
    const Outcome moved = m_service.move(m_id, m_targetId);
    if (!moved) {
        m_verdict->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_verdict->setText(moved.error());
        return;
    }
    QDialog::accept();
}
