#include "MembersPage.h"

#include "MemberFilterBar.h"
#include "MemberForm.h"
#include "MemberImportDialog.h"
#include "ServiceCardDialog.h"
#include "app/Workspace.h"
#include "common/DateAskDialog.h"
#include "common/SortIndicator.h"
#include "members/MemberService.h"
#include "members/MemberTableModel.h"
#include "org/OrgService.h"
#include "points/PointsPanel.h"
#include "points/RankingDialog.h"

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

MembersPage::MembersPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_filters(new MemberFilterBar(this))
    , m_count(new QLabel(this))
    , m_model(new MemberTableModel(workspace.members(), this))
    , m_table(new QTableView(this))
    , m_form(new MemberForm(workspace.members(), workspace.organisations(), this))
    , m_points(new PointsPanel(workspace.points(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("membersPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("memberCount"));

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_transferAction = new QAction(this);
    m_deceasedAction = new QAction(this);
    m_reactivateAction = new QAction(this);
    m_removeAction = new QAction(this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_importAction = new QAction(this);
    m_rankingAction = new QAction(this);
    m_cardsAction = new QAction(this);
    m_cardsAction->setObjectName(QStringLiteral("feedbackCardsAction"));
    for (QAction *action : pageActions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveShortcut);
    connect(saveShortcut, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_newAction, &QAction::triggered, this, &MembersPage::newMember);
    connect(m_transferAction, &QAction::triggered, this, [this] { setStatus(int(MemberStatus::TransferredOut)); });
    connect(m_deceasedAction, &QAction::triggered, this, [this] { setStatus(int(MemberStatus::Deceased)); });
    connect(m_reactivateAction, &QAction::triggered, this, [this] { setStatus(int(MemberStatus::Active)); });
    connect(m_removeAction, &QAction::triggered, this, &MembersPage::removeMember);
    connect(m_importAction, &QAction::triggered, this, &MembersPage::importMembers);
    connect(m_rankingAction, &QAction::triggered, this, &MembersPage::showRanking);
    connect(m_cardsAction, &QAction::triggered, this, &MembersPage::showFeedbackCards);

    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    SortIndicator::follow(m_table, [this] { return m_model->shownSort(); });
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_model->idAt(current.row());
                if (id && id != m_memberId)
                    showMember(id);
            });
    connect(m_model, &MemberTableModel::totalCountChanged, this, &MembersPage::updateCount);
    // Columns fit the first page; later pages do not move them.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_table->resizeColumnsToContents(); });
    connect(m_filters, &MemberFilterBar::changed, this, &MembersPage::applyFilter);
    // Changed elsewhere (another clerk, an import): the member shown is read again unless being
    // edited — then saving says who changed it.
    connect(&m_workspace.members(), &MemberService::reset, this, [this] {
        if (m_memberId && !m_form->isModified())
            loadMember(m_memberId);
    });

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_count, 1);
    for (QAction *action : {m_newAction, m_importAction, m_rankingAction, m_cardsAction})
        tools->addWidget(buttonFor(action, left));
    leftLayout->addLayout(tools);

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    rightLayout->addWidget(scroll, 3);
    // What keeps the member from being saved, in sight above 保存 however far the form scrolls.
    rightLayout->addWidget(m_form->takeProblemsLabel());
    auto *formButtons = new QHBoxLayout;
    for (QAction *action : {m_transferAction, m_deceasedAction, m_reactivateAction, m_removeAction})
        formButtons->addWidget(buttonFor(action, right));
    formButtons->addStretch();
    formButtons->addWidget(m_revert);
    formButtons->addWidget(m_save);
    rightLayout->addLayout(formButtons);
    auto *pointsBox = new QGroupBox(right);
    pointsBox->setObjectName(QStringLiteral("pointsBox"));
    auto *pointsLayout = new QVBoxLayout(pointsBox);
    pointsLayout->addWidget(m_points);
    rightLayout->addWidget(pointsBox, 2);
    m_save->setObjectName(QStringLiteral("saveMemberButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &MembersPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { loadMember(m_memberId); });
    connect(m_form, &MemberForm::edited, this, &MembersPage::updateActions);
    connect(m_form, &MemberForm::validityChanged, this, &MembersPage::updateActions);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->restoreState(QSettings().value(QStringLiteral("membersPage/splitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(QStringLiteral("membersPage/splitter"), m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    retranslate();
    loadMember(0);
}

QList<QAction *> MembersPage::pageActions() const
{
    return {m_newAction, m_transferAction, m_deceasedAction, m_reactivateAction, m_removeAction, m_importAction,
            m_rankingAction, m_cardsAction};
}

void MembersPage::retranslate()
{
    m_newAction->setText(tr("&New member"));
    m_newAction->setToolTip(tr("Enter a new member (Insert)"));
    m_transferAction->setText(tr("&Transferred out…"));
    m_deceasedAction->setText(tr("Dec&eased…"));
    m_reactivateAction->setText(tr("Acti&ve again"));
    m_removeAction->setText(tr("&Delete"));
    m_removeAction->setToolTip(tr("Delete a member entered by mistake (only without history)"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setToolTip(tr("Import members from an Excel workbook or a CSV file"));
    m_rankingAction->setText(tr("Points &ranking…"));
    m_cardsAction->setText(tr("Feedbac&k cards…"));
    m_cardsAction->setToolTip(tr("The in-service members' quarterly cards for their employers (双联双管)"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save the member (Ctrl+S)"));
    m_revert->setText(tr("Revert"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("pointsBox")))
        box->setTitle(tr("Service points"));
    const QString scopeName = m_scope ? m_workspace.organisations().repository().pathNames(m_scope).join(QStringLiteral(" › "))
                                      : QString();
    m_title->setText(scopeName.isEmpty() ? tr("Party members") : tr("Party members — %1").arg(scopeName));
    updateCount();
}

void MembersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MembersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_scopeDirty)
        applyFilter();
}

void MembersPage::setScope(qint64 orgId)
{
    if (orgId == m_scope && !m_scopeDirty)
        return;
    m_scope = orgId;
    m_scopeDirty = true;
    retranslate();
    if (isVisible())
        applyFilter();
}

void MembersPage::applyFilter()
{
    MemberFilter filter = m_filters->filter();
    filter.orgId = m_scope;
    m_scopeDirty = false;
    m_model->setFilter(filter);
}

void MembersPage::updateCount()
{
    m_count->setText(tr("%Ln member(s)", nullptr, int(m_model->totalCount())));
}

bool MembersPage::hasUnsavedChanges() const
{
    return m_form->isModified();
}

bool MembersPage::confirmLeaving()
{
    if (!m_form->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("The changes to %1 are not saved yet. Save them?")
                                                  .arg(m_form->member().name.isEmpty() ? tr("the new member")
                                                                                       : m_form->member().name),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void MembersPage::showMember(qint64 id)
{
    if (!confirmLeaving())
        return;
    loadMember(id);
}

void MembersPage::loadMember(qint64 id)
{
    const auto member = id ? m_workspace.members().repository().find(id) : std::nullopt;
    m_memberId = member ? id : 0;
    m_form->setMember(member.value_or(Member{}));
    m_form->setEnabled(member.has_value());
    m_points->setMember(m_memberId, member && member->status == MemberStatus::Active);
    updateActions();
}

void MembersPage::newMember()
{
    if (!confirmLeaving())
        return;
    m_memberId = 0;
    Member fresh;
    m_form->setMember(fresh);
    m_form->setEnabled(true);
    // A new member joins the branch chosen in the tree when it can take members.
    if (const auto node = m_workspace.organisations().repository().node(m_scope);
        node && node->active && MemberValidator::mayHoldMembers(node->kind))
        m_form->setBranch(m_scope);
    m_points->setMember(0, false);
    m_table->clearSelection();
    updateActions();
    if (auto *name = m_form->findChild<QWidget *>(QStringLiteral("nameEdit")))
        name->setFocus();
}

bool MembersPage::save()
{
    if (!m_form->isValid())
        return false;
    const Member member = m_form->member();
    MemberService &service = m_workspace.members();
    // A likely duplicate is pointed out before saving, not refused: two people can share both.
    const auto twins = service.repository().likelyDuplicates(member.name, member.birthDate, member.id);
    if (!twins.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Possibly the same person"),
            tr("%1 is already recorded. Save this member as well?").arg(service.repository().whoIs(twins.first().id)),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
    }
    if (member.id == 0) {
        const auto id = service.add(member);
        if (!id) {
            QMessageBox::warning(this, tr("Not saved"), id.error());
            return false;
        }
        m_form->setModified(false);
        loadMember(id.value());
        const int row = m_model->rowOf(id.value());
        if (row >= 0)
            m_table->selectRow(row);
        return true;
    }
    if (const Outcome saved = service.update(member); !saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error());
        return false;
    }
    m_form->setModified(false);
    loadMember(member.id);
    return true;
}

void MembersPage::updateActions()
{
    const auto member = m_memberId ? m_workspace.members().repository().find(m_memberId) : std::nullopt;
    const bool active = member && member->status == MemberStatus::Active;
    m_transferAction->setEnabled(active && !m_form->isModified());
    m_deceasedAction->setEnabled(active && !m_form->isModified());
    m_reactivateAction->setEnabled(member && !active);
    m_removeAction->setEnabled(member.has_value());
    m_save->setEnabled(m_form->isEnabled() && m_form->isModified() && m_form->isValid());
    m_save->setToolTip(m_form->isValid() ? QString() : m_form->problems().join(QLatin1Char('\n')));
    m_revert->setEnabled(m_form->isModified());
}

void MembersPage::setStatus(int status)
{
    const auto target = MemberStatus(status);
    const auto member = m_workspace.members().repository().find(m_memberId);
    if (!member)
        return;
    QDate on;
    if (target != MemberStatus::Active) {
        DateAskDialog dialog(target == MemberStatus::TransferredOut ? tr("Transferred out") : tr("Deceased"),
                             target == MemberStatus::TransferredOut ? tr("%1 was transferred out on:").arg(member->name)
                                                                    : tr("%1 died on:").arg(member->name),
                             this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        on = dialog.date();
    }
    if (const Outcome done = m_workspace.members().setStatus(m_memberId, target, on); !done) {
        QMessageBox::warning(this, tr("Not recorded"), done.error());
        return;
    }
    loadMember(m_memberId);
}

void MembersPage::removeMember()
{
    const auto member = m_workspace.members().repository().find(m_memberId);
    if (!member)
        return;
    if (m_workspace.members().repository().hasHistory(m_memberId)) {
        QMessageBox::warning(this, tr("Cannot delete"),
                             tr("%1 has history (service points, roles or a household) and is never deleted; record "
                                "a transfer instead.")
                                 .arg(member->name));
        return;
    }
    if (QMessageBox::question(this, tr("Delete member"),
                              tr("Delete %1 for good? Use this only for an entry made by mistake.").arg(member->name))
        != QMessageBox::Yes)
        return;
    if (const Outcome done = m_workspace.members().remove(m_memberId); !done) {
        QMessageBox::warning(this, tr("Cannot delete"), done.error());
        return;
    }
    m_form->setModified(false);
    loadMember(0);
}

void MembersPage::importMembers()
{
    MemberImportDialog dialog(m_workspace.database(), m_workspace.members(), this);
    dialog.exec();
}

void MembersPage::showFeedbackCards()
{
    ServiceCardDialog dialog(m_workspace, m_scope, this);
    dialog.exec();
}

void MembersPage::showRanking()
{
    const auto node = m_workspace.organisations().repository().node(m_scope);
    RankingDialog dialog(m_workspace.points(), m_scope, node ? node->name : tr("all"), this);
    dialog.exec();
}
