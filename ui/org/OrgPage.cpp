#include "OrgPage.h"

#include "AddOrgDialog.h"
#include "HouseholdBox.h"
#include "MoveOrgDialog.h"
#include "OrgForm.h"
#include "RetireOrgDialog.h"
#include "StaffBox.h"
#include "members/MemberService.h"
#include "org/OrgChildrenModel.h"
#include "org/OrgService.h"

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    });
    return button;
}

} // namespace

OrgPage::OrgPage(OrgService &service, RoleService &roles, MemberService &members, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_form(new OrgForm(this))
    , m_childrenModel(new OrgChildrenModel(service, this))
    , m_children(new QTableView(this))
    , m_childrenTitle(new QLabel(this))
    , m_staff(new StaffBox(roles, &members, this))
    , m_household(new HouseholdBox(service, members, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("organisationPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_addAction = new QAction(this);
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_moveAction = new QAction(this);
    m_moveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_retireAction = new QAction(this);
    m_reinstateAction = new QAction(this);
    m_removeAction = new QAction(this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    // The keys work where the organisation is in view: on this page and in the tree (which adds
    // them too), not on another page that has its own Insert and Delete.
    for (QAction *action : {m_addAction, m_moveAction, m_retireAction, m_reinstateAction, m_removeAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_addAction, &QAction::triggered, this, &OrgPage::addChild);
    connect(m_moveAction, &QAction::triggered, this, &OrgPage::moveCurrent);
    connect(m_retireAction, &QAction::triggered, this, &OrgPage::retireCurrent);
    connect(m_reinstateAction, &QAction::triggered, this, &OrgPage::reinstateCurrent);
    connect(m_removeAction, &QAction::triggered, this, &OrgPage::removeCurrent);
    m_addButton = buttonFor(m_addAction, this);
    m_moveButton = buttonFor(m_moveAction, this);
    m_retireButton = buttonFor(m_retireAction, this);
    m_reinstateButton = buttonFor(m_reinstateAction, this);
    m_removeButton = buttonFor(m_removeAction, this);

    m_children->setModel(m_childrenModel);
    m_children->setObjectName(QStringLiteral("childrenTable"));
    m_children->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_children->setSelectionMode(QAbstractItemView::SingleSelection);
    m_children->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_children->verticalHeader()->hide();
    m_children->horizontalHeader()->setStretchLastSection(true);
    m_children->setAlternatingRowColors(true);
    connect(m_children, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT organisationRequested(m_childrenModel->idAt(index.row())); });

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_childrenTitle);
    leftLayout->addWidget(m_children, 3);
    leftLayout->addWidget(m_staff, 2);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_addButton, m_moveButton, m_retireButton, m_reinstateButton, m_removeButton})
        actions->addWidget(button);
    actions->addStretch();
    leftLayout->addLayout(actions);

    auto *right = new QGroupBox(m_splitter);
    right->setObjectName(QStringLiteral("formBox"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_form);
    rightLayout->addWidget(m_household);
    rightLayout->addStretch();
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    rightLayout->addLayout(saveRow);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &OrgPage::save);
    // Ctrl+S anywhere on the page; a button's own shortcut would be replaced by its text's mnemonic.
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveShortcut);
    connect(saveShortcut, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { load(m_id); });
    connect(m_form, &OrgForm::edited, this, &OrgPage::updateActions);
    connect(m_form, &OrgForm::validityChanged, this, &OrgPage::updateActions);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    const QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("organisationPage/splitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("organisationPage/splitter"), m_splitter->saveState());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);

    // A change made elsewhere (a move in the tree, a rename) shows at once, unless being edited.
    connect(&m_service, &OrgService::changed, this, [this](qint64 id) {
        if (id == m_id && !m_form->isModified())
            load(m_id);
    });
    connect(&m_service, &OrgService::moved, this, [this](qint64 id) {
        if (id == m_id)
            load(m_id);
    });
    for (auto signal : {&MemberService::added, &MemberService::changed, &MemberService::removed})
        connect(&members, signal, m_childrenModel, &OrgChildrenModel::refresh);
    connect(&members, &MemberService::reset, m_childrenModel, &OrgChildrenModel::refresh);
    connect(&m_service, &OrgService::reset, this, [this] {
        if (!m_form->isModified())
            load(m_id);
    });
    retranslate();
    updateActions();
}

QList<QAction *> OrgPage::pageActions() const
{
    return {m_addAction, m_moveAction, m_retireAction, m_reinstateAction, m_removeAction};
}

void OrgPage::retranslate()
{
    m_addAction->setText(tr("Add &below…"));
    m_addAction->setToolTip(tr("Add an organisation under the selected one (Insert)"));
    m_moveAction->setText(tr("&Move to…"));
    m_moveAction->setToolTip(tr("Move the selected organisation under another (Ctrl+M)"));
    m_retireAction->setText(tr("&Retire organisation…"));
    m_retireAction->setToolTip(tr("Mark the organisation as dissolved; its history stays"));
    m_reinstateAction->setText(tr("Re&instate"));
    m_reinstateAction->setToolTip(tr("Make a retired organisation active again"));
    m_removeAction->setText(tr("&Delete"));
    m_removeAction->setToolTip(tr("Delete an organisation entered by mistake (only with nothing attached)"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_revert->setText(tr("Revert"));
    m_childrenTitle->setText(tr("Organisations directly below"));
    if (isVisible())
        load(m_id);
}

void OrgPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrgPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pendingId >= 0) {
        const qint64 id = m_pendingId;
        m_pendingId = -1;
        load(id);
    }
}

void OrgPage::showOrganisation(qint64 id)
{
    if (!isVisible() && !m_form->isModified()) {
        // Figures of a large subtree cost a query; read them only when the page is looked at.
        m_pendingId = id;
        return;
    }
    if (id == m_id)
        return;
    if (m_form->isModified() && m_id != 0) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("The changes to %1 are not saved yet. Save them?").arg(m_form->organisation().name),
            QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
        if (answer == QMessageBox::Save && !save())
            return;
    }
    load(id);
}

void OrgPage::load(qint64 id)
{
    m_id = id;
    const auto org = id ? m_service.repository().find(id) : std::nullopt;
    if (!org) {
        m_id = 0;
        m_title->setText(tr("No organisation selected"));
        m_form->setOrganisation(Organisation{});
        m_form->setEnabled(false);
        m_childrenModel->setParentId(0);
        m_staff->setOrganisation(0, false, false);
        m_household->hide();
        updateActions();
        return;
    }
    m_form->setEnabled(true);
    m_title->setText(m_service.repository().pathNames(id).join(QStringLiteral(" › ")));
    const auto parent = org->parentId ? m_service.repository().node(org->parentId) : std::nullopt;
    m_form->setParentKind(parent ? std::optional<OrgKind>(parent->kind) : std::nullopt);
    m_form->setOrganisation(*org);
    m_childrenModel->setParentId(id);
    m_children->resizeColumnsToContents();
    m_staff->setOrganisation(id, org->kind == OrgKind::Grid, org->isActive());
    m_household->setVisible(org->kind == OrgKind::Household);
    m_household->setHousehold(org->kind == OrgKind::Household ? id : 0);
    updateActions();
}

void OrgPage::updateActions()
{
    const auto node = m_id ? m_service.repository().node(m_id) : std::nullopt;
    const bool exists = node.has_value();
    const bool active = exists && node->active;
    const bool top = exists && node->parentId == 0;
    m_addAction->setEnabled(active && !OrgKinds::allowedChildren(node->kind).isEmpty());
    m_moveAction->setEnabled(exists && !top);
    m_retireAction->setEnabled(active && !top);
    m_reinstateAction->setEnabled(exists && !active);
    m_removeAction->setEnabled(exists && !top);
    m_save->setEnabled(exists && m_form->isModified() && m_form->isValid());
    m_revert->setEnabled(exists && m_form->isModified());
}

bool OrgPage::save()
{
    if (!m_id || !m_form->isValid())
        return false;
    const Outcome saved = m_service.update(m_form->organisation());
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error());
        return false;
    }
    m_form->setModified(false);
    load(m_id);
    return true;
}

void OrgPage::addChild()
{
    if (!m_id)
        return;
    AddOrgDialog dialog(m_service, m_id, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT organisationRequested(dialog.addedId());
}

void OrgPage::moveCurrent()
{
    if (!m_id)
        return;
    MoveOrgDialog dialog(m_service, m_id, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT organisationRequested(m_id);
}

void OrgPage::retireCurrent()
{
    if (!m_id)
        return;
    RetireOrgDialog dialog(m_service, m_id, this);
    dialog.exec();
    load(m_id);
}

void OrgPage::reinstateCurrent()
{
    if (const Outcome done = m_service.reinstate(m_id); !done)
        QMessageBox::warning(this, tr("Not reinstated"), done.error());
    load(m_id);
}

void OrgPage::removeCurrent()
{
    if (!m_id)
        return;
    if (const Outcome allowed = m_service.canRemove(m_id); !allowed) {
        QMessageBox::warning(this, tr("Cannot delete"), allowed.error());
        return;
    }
    const auto node = m_service.repository().node(m_id);
    if (QMessageBox::question(this, tr("Delete organisation"),
                              tr("Delete %1 for good? Use this only for an entry made by mistake; to keep its "
                                 "history, retire it instead.")
                                  .arg(node->name))
        != QMessageBox::Yes)
        return;
    const qint64 parentId = node->parentId;
    if (const Outcome removed = m_service.remove(m_id); !removed) {
        QMessageBox::warning(this, tr("Cannot delete"), removed.error());
        return;
    }
    m_form->setModified(false);
    Q_EMIT organisationRequested(parentId);
}
