#include "StaffBox.h"

#include "AddRoleDialog.h"
#include "common/DateAskDialog.h"
#include "roles/RoleService.h"
#include "roles/RoleTableModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

StaffBox::StaffBox(RoleService &roles, MemberService *members, QWidget *parent)
    : QGroupBox(parent)
    , m_roles(roles)
    , m_members(members)
    , m_model(new RoleTableModel(roles, this))
    , m_staffing(new QLabel(this))
    , m_table(new QTableView(this))
    , m_showEnded(new QCheckBox(this))
    , m_add(new QPushButton(this))
    , m_end(new QPushButton(this))
{
    setObjectName(QStringLiteral("staffBox"));
    m_staffing->setObjectName(QStringLiteral("staffingLabel"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_staffing, 1);
    buttons->addWidget(m_showEnded);
    buttons->addWidget(m_add);
    buttons->addWidget(m_end);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, &StaffBox::addRole);
    connect(m_end, &QPushButton::clicked, this, &StaffBox::endRole);
    connect(m_showEnded, &QCheckBox::toggled, m_model, &RoleTableModel::setShowEnded);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaffBox::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StaffBox::refresh);
    retranslate();
}

void StaffBox::retranslate()
{
    setTitle(tr("People in roles"));
    m_showEnded->setText(tr("Show ended"));
    m_add->setText(tr("Add…"));
    m_end->setText(tr("End…"));
    refresh();
}

void StaffBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void StaffBox::setOrganisation(qint64 orgId, bool isGrid, bool active)
{
    m_orgId = orgId;
    m_isGrid = isGrid;
    m_active = active;
    m_model->setOrganisation(orgId);
    m_table->resizeColumnsToContents();
    refresh();
}

void StaffBox::refresh()
{
    QString text;
    QString style;
    if (m_isGrid && m_orgId) {
        const GridStaffing staffing = m_roles.staffing(m_orgId);
        if (staffing.isComplete()) {
            text = tr("\"1+3\" complete: %1 grid head, %2 grid workers.").arg(staffing.heads).arg(staffing.workers);
        } else {
            text = tr("\"1+3\" incomplete: %1 of 1 grid head, %2 of 3 grid workers.").arg(staffing.heads).arg(staffing.workers);
            style = QStringLiteral("color: #c0392b;");
        }
    }
    m_staffing->setText(text);
    m_staffing->setStyleSheet(style);
    m_add->setEnabled(m_orgId && m_active);
    const int row = m_table->currentIndex().row();
    m_end->setEnabled(row >= 0 && !m_model->isEndedAt(row) && m_model->idAt(row));
}

void StaffBox::addRole()
{
    AddRoleDialog dialog(m_roles, m_orgId, m_isGrid, this, m_members);
    dialog.exec();
}

void StaffBox::endRole()
{
    const qint64 id = m_model->idAt(m_table->currentIndex().row());
    if (!id)
        return;
    DateAskDialog dialog(tr("End the role"), tr("The role ends on:"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Outcome done = m_roles.end(id, dialog.date()); !done)
        QMessageBox::warning(this, tr("Not recorded"), done.error());
}
