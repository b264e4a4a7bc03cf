#include "CobuildPage.h"

#include "ActivityDialog.h"
#include "AgreementDialog.h"
#include "ClaimDialog.h"
#include "CobuildChartViews.h"
#include "CobuildDetails.h"
#include "CobuildListTab.h"
#include "MatchDialog.h"
#include "MeetingDialog.h"
#include "NeedDialog.h"
#include "ProjectDialog.h"
#include "ResourceDialog.h"
#include "ReviewDialog.h"
#include "SeatDialog.h"
#include "TaskDialog.h"
#include "UnitDialog.h"
#include "UnitImportDialog.h"
#include "app/Workspace.h"
#include "cobuild/ActivityService.h"
#include "cobuild/AgreementService.h"
#include "cobuild/CobuildTableModel.h"
#include "cobuild/MeetingDueModel.h"
#include "cobuild/MeetingService.h"
#include "cobuild/NeedService.h"
#include "cobuild/ProjectService.h"
#include "cobuild/UnitService.h"
#include "common/DateAskDialog.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"
#include "store/Database.h"

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

CobuildPage::CobuildPage(Workspace &workspace, QWidget *parent)
    : ListsPage(workspace, CobuildRows::lists(), QStringLiteral("cobuildPage"), parent)
    , m_due(new MeetingDueModel(workspace.database(), this))
    , m_dueTable(new QTableView(this))
    , m_needsChart(CobuildChartViews::needsByCategory(this))
    , m_fulfilmentChart(CobuildChartViews::fulfilment(this))
{
    m_attention->setObjectName(QStringLiteral("cobuildAttention"));
    m_tabWidget->setObjectName(QStringLiteral("cobuildTabs"));
    buildUnitsTab();
    buildAgreementsTab();
    buildActivitiesTab();
    buildNeedsTab();
    buildResourcesTab();
    buildProjectsTab();
    buildMeetingsTab();
    buildTasksTab();

    connect(&workspace.units(), &UnitService::changed, this, &CobuildPage::refreshLater);
    connect(&workspace.agreements(), &AgreementService::changed, this, &CobuildPage::refreshLater);
    connect(&workspace.activities(), &ActivityService::changed, this, &CobuildPage::refreshLater);
    connect(&workspace.needs(), &NeedService::changed, this, &CobuildPage::refreshLater);
    connect(&workspace.needs(), &NeedService::categoriesChanged, this, &CobuildPage::refreshLater);
    connect(&workspace.projects(), &ProjectService::changed, this, &CobuildPage::refreshLater);
    connect(&workspace.meetings(), &MeetingService::changed, this, &CobuildPage::refreshLater);
    retranslate();
}

QString CobuildPage::detailHtml(CobuildList list, qint64 id)
{
    return CobuildDetails::html(m_workspace, list, id);
}

void CobuildPage::buildUnitsTab()
{
    button(CobuildList::Units, QT_TR_NOOP("&Add a unit…"), false, [this](qint64) {
        UnitDialog dialog(m_workspace, Unit(), m_scope, this);
        runForm(dialog, CobuildList::Units);
    });
    button(CobuildList::Units, QT_TR_NOOP("&Import…"), false, [this](qint64) {
        UnitImportDialog dialog(m_workspace, this);
        dialog.exec();
        refresh();
    });
    button(CobuildList::Units, QT_TR_NOOP("&Change…"), true, [this](qint64 id) {
        const auto unit = m_workspace.units().unit(id);
        if (!unit)
            return;
        UnitDialog dialog(m_workspace, *unit, m_scope, this);
        runForm(dialog, CobuildList::Units);
    });
    button(CobuildList::Units, QT_TR_NOOP("&Join a committee…"), true, [this](qint64 id) {
        const auto unit = m_workspace.units().unit(id);
        if (!unit)
            return;
        SeatDialog dialog(m_workspace, id, unit->name, m_scope, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    button(CobuildList::Units, QT_TR_NOOP("&Leave a committee…"), true, [this](qint64 id) {
        QList<UnitService::Seat> seats;
        QStringList items;
        for (const UnitService::Seat &seat : m_workspace.units().seatsOf(id)) {
            if (seat.leftOn.isValid())
                continue;
            seats.append(seat);
            items.append(tr("%1 (since %2, %3)").arg(seat.committee, seat.joinedOn.toString(Qt::ISODate), seat.member));
        }
        if (seats.isEmpty()) {
            QMessageBox::information(this, windowTitle(), tr("The unit holds no seat now."));
            return;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Leave a committee"), tr("Seat:"), items, 0, false, &ok);
        if (!ok)
            return;
        const qint64 seat = seats.at(items.indexOf(chosen)).membershipId;
        askDateAndRun(tr("Leave a committee"), tr("On which day did the unit leave?"),
                      [this, seat](const QDate &on) { return m_workspace.units().leave(seat, on); });
    });
}

void CobuildPage::buildAgreementsTab()
{
    button(CobuildList::Agreements, QT_TR_NOOP("&Sign an agreement…"), false, [this](qint64) {
        AgreementDialog dialog(m_workspace, m_scope, this);
        runForm(dialog, CobuildList::Agreements);
    });
    button(CobuildList::Agreements, QT_TR_NOOP("&Log an activity…"), true, [this](qint64 id) {
        ActivityDialog dialog(m_workspace, id, m_scope, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    m_tabs.value(CobuildList::Agreements)->addSideWidget(m_fulfilmentChart);
}

void CobuildPage::buildActivitiesTab()
{
    // Any organisation's: organisational life, theme activities, volunteer service, joint ones.
    button(CobuildList::Activities, QT_TR_NOOP("&Log an activity…"), false, [this](qint64) {
        ActivityDialog dialog(m_workspace, 0, m_scope, this);
        runForm(dialog, CobuildList::Activities);
    });
}

void CobuildPage::buildNeedsTab()
{
    button(CobuildList::Needs, QT_TR_NOOP("&Post a need…"), false, [this](qint64) {
        NeedDialog dialog(m_workspace, m_scope, this);
        runForm(dialog, CobuildList::Needs);
    });
    button(CobuildList::Needs, QT_TR_NOOP("&Match resources…"), true, [this](qint64 id) {
        const auto need = m_workspace.needs().need(id);
        if (!need)
            return;
        MatchDialog dialog(m_workspace, id, need->title, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    button(CobuildList::Needs, QT_TR_NOOP("F&ulfilled…"), true, [this](qint64 id) {
        askDateAndRun(tr("Need fulfilled"), tr("On which day was the need met?"),
                      [this, id](const QDate &on) { return m_workspace.needs().fulfil(id, on); });
    });
    button(CobuildList::Needs, QT_TR_NOOP("&Withdraw…"), true, [this](qint64 id) {
        askDateAndRun(tr("Withdraw the need"), tr("On which day was the need withdrawn?"),
                      [this, id](const QDate &on) { return m_workspace.needs().withdrawNeed(id, on); });
    });
    m_tabs.value(CobuildList::Needs)->addSideWidget(m_needsChart);
}

void CobuildPage::buildResourcesTab()
{
    button(CobuildList::Resources, QT_TR_NOOP("&Offer a resource…"), false, [this](qint64) {
        ResourceDialog dialog(m_workspace, m_scope, this);
        runForm(dialog, CobuildList::Resources);
    });
    button(CobuildList::Resources, QT_TR_NOOP("&Withdraw…"), true, [this](qint64 id) {
        askDateAndRun(tr("Withdraw the resource"), tr("From which day is the resource no longer offered?"),
                      [this, id](const QDate &on) { return m_workspace.needs().withdrawResource(id, on); });
    });
}

void CobuildPage::buildProjectsTab()
{
    button(CobuildList::Projects, QT_TR_NOOP("&Add a project…"), false, [this](qint64) {
        ProjectDialog dialog(m_workspace, m_scope, this);
        runForm(dialog, CobuildList::Projects);
    });
    button(CobuildList::Projects, QT_TR_NOOP("&Next stage…"), true, [this](qint64 id) {
        const auto project = m_workspace.projects().project(id);
        const auto next = project ? ProjectService::nextStage(project->stage) : std::nullopt;
        if (!next) {
            QMessageBox::information(this, tr("Next stage"), tr("The project is concluded."));
            return;
        }
        // From the stage shown: a move another clerk made while the date was asked stands.
        askDateAndRun(tr("Next stage"), tr("On which day did the project reach \"%1\"?").arg(Cobuild::displayName(*next)),
                      [this, id, from = project->stage](const QDate &on) {
                          return m_workspace.projects().advance(id, on, QDate::currentDate(), from);
                      });
    });
    button(CobuildList::Projects, QT_TR_NOOP("C&laim…"), true, [this](qint64 id) {
        ClaimDialog dialog(m_workspace, id, m_scope, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    button(CobuildList::Projects, QT_TR_NOOP("&Review…"), true, [this](qint64 id) {
        ReviewDialog dialog(m_workspace, id, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    button(CobuildList::Projects, QT_TR_NOOP("Link a nee&d…"), true, [this](qint64 id) {
        linkToProject(id, CobuildList::Needs);
    });
    button(CobuildList::Projects, QT_TR_NOOP("Link a res&ource…"), true, [this](qint64 id) {
        linkToProject(id, CobuildList::Resources);
    });
}

void CobuildPage::linkToProject(qint64 projectId, CobuildList list)
{
    // The needs (or resources) of the scope, newest first, as the list shows them.
    const QList<CobuildRow> rows = CobuildRows::read(m_workspace.database().connection(), list, m_scope, QDate::currentDate());
    if (rows.isEmpty()) {
        QMessageBox::information(this, windowTitle(), list == CobuildList::Needs ? tr("There are no needs here to link.")
                                                                                : tr("There are no resources here to link."));
        return;
    }
    QStringList items;
    for (const CobuildRow &row : rows) {
        // Needs: no., posted, by, category, title, state; resources: no., unit, category, title.
        items.append(list == CobuildList::Needs
                         ? tr("%1 · %2 · %3 (%4)").arg(row.id).arg(row.cells.value(4).toString(), row.cells.value(2).toString(), row.cells.value(5).toString())
                         : tr("%1 · %2 · %3 (%4)").arg(row.id).arg(row.cells.value(3).toString(), row.cells.value(1).toString(), row.cells.value(7).toString()));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, list == CobuildList::Needs ? tr("Link a need to project %1").arg(projectId)
                                                                                   : tr("Link a resource to project %1").arg(projectId),
                                                 list == CobuildList::Needs ? tr("Need:") : tr("Resource:"), items, 0, false, &ok);
    if (!ok)
        return;
    const qint64 id = rows.at(items.indexOf(chosen)).id;
    const Outcome done = list == CobuildList::Needs ? m_workspace.projects().linkNeed(projectId, id)
                                                    : m_workspace.projects().linkResource(projectId, id);
    if (!done)
        QMessageBox::warning(this, windowTitle(), done.error());
}

void CobuildPage::buildMeetingsTab()
{
    button(CobuildList::Meetings, QT_TR_NOOP("&Record a meeting…"), false, [this](qint64) {
        MeetingDialog dialog(m_workspace, m_scope, this);
        runForm(dialog, CobuildList::Meetings);
    });
    button(CobuildList::Meetings, QT_TR_NOOP("Resolution → tas&k…"), true, [this](qint64 id) {
        TaskDialog dialog(m_workspace, m_scope, id, this);
        runForm(dialog, CobuildList::Tasks);
    });
    m_dueTable->setObjectName(QStringLiteral("meetingsDue"));
    m_dueTable->setModel(m_due);
    m_dueTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dueTable->verticalHeader()->hide();
    m_dueTable->horizontalHeader()->setStretchLastSection(true);
    m_dueTable->verticalHeader()->setDefaultSectionSize(m_dueTable->fontMetrics().height() + 6);
    connect(m_due, &QAbstractItemModel::modelReset, m_dueTable, &QTableView::resizeColumnsToContents);
    m_dueBox = new QGroupBox(this);
    auto *dueLayout = new QVBoxLayout(m_dueBox);
    dueLayout->setContentsMargins(4, 4, 4, 4);
    dueLayout->addWidget(m_dueTable);
    m_tabs.value(CobuildList::Meetings)->addSideWidget(m_dueBox);
}

void CobuildPage::buildTasksTab()
{
    button(CobuildList::Tasks, QT_TR_NOOP("&Add a task…"), false, [this](qint64) {
        TaskDialog dialog(m_workspace, m_scope, 0, this);
        runForm(dialog, CobuildList::Tasks);
    });
    button(CobuildList::Tasks, QT_TR_NOOP("&Done…"), true, [this](qint64 id) {
        askDateAndRun(tr("Task done"), tr("On which day was the task done?"),
                      [this, id](const QDate &on) { return m_workspace.meetings().completeTask(id, on); });
    });
    button(CobuildList::Tasks, QT_TR_NOOP("&Cancel…"), true, [this](qint64 id) {
        askDateAndRun(tr("Cancel the task"), tr("On which day was the task cancelled?"),
                      [this, id](const QDate &on) { return m_workspace.meetings().cancelTask(id, on); });
    });
}

void CobuildPage::refresh()
{
    ListsPage::refresh();
    m_due->setScope(m_scope);
    CobuildChartViews::fillNeedsByCategory(m_needsChart, m_workspace.database(), m_scope);
    CobuildChartViews::fillFulfilment(m_fulfilmentChart, m_workspace.database(), m_scope);
    const int agreements = m_tabs.value(CobuildList::Agreements)->model()->flaggedCount();
    const int tasks = m_tabs.value(CobuildList::Tasks)->model()->flaggedCount();
    // Only what needs attention: no "0 agreements …".
    QStringList parts;
    if (agreements > 0)
        parts.append(tr("%Ln agreement(s) expiring within 30 days or behind target", nullptr, agreements));
    if (m_due->rowCount() > 0)
        parts.append(tr("%Ln organisation(s) due for their joint meeting (%1 overdue)", nullptr, m_due->rowCount()).arg(m_due->overdueCount()));
    if (tasks > 0)
        parts.append(tr("%Ln task(s) overdue", nullptr, tasks));
    setAttention(parts, agreements + tasks + m_due->overdueCount() > 0);
}

void CobuildPage::retranslate()
{
    ListsPage::retranslate();
    setTitle(tr("Co-building and lists"));
    // No mnemonics on the tabs (Ctrl+Tab moves between them): the letters belong to the buttons.
    const QStringList titles = {tr("Units"), tr("Agreements"), tr("Activities"), tr("Needs"), tr("Resources"), tr("Projects"),
                                tr("Meetings"), tr("Tasks")};
    for (int i = 0; i < titles.size() && i < m_tabWidget->count(); ++i)
        m_tabWidget->setTabText(i, titles.at(i));
    m_dueBox->setTitle(tr("Joint meetings due (district monthly; sub-districts and communities quarterly; councils do not count)"));
}
