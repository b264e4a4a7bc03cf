#include "MainWindow.h"

#include "ReadFailureNotice.h"
#include "BackupKeeper.h"
#include "RestoreDialog.h"
#include "ServerStatus.h"
#include "store/ServerAddress.h"
#include "common/WheelGuard.h"
#include "help/HelpKey.h"
#include "help/HelpWindow.h"
#include "SettingsDialog.h"
#include "common/Operator.h"
#include "app/Workspace.h"
#include "cobuild/CobuildPage.h"
#include "guarantee/GuaranteePage.h"
#include "cobuild/ListCategoriesDialog.h"
#include "cobuild/NeedService.h"
#include "ledger/CalendarDialog.h"
#include "ledger/CategoriesDialog.h"
#include "ledger/WhistleCatalogueDialog.h"
#include "ledger/LedgerFilterBar.h"
#include "ledger/LedgerPage.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "members/MembersPage.h"
#include "org/OrgForm.h"
#include "org/OrgPage.h"
#include "org/OrgTreeDock.h"
#include "org/OrgTreeView.h"
#include "org/OrgService.h"
#include "overview/OverviewPage.h"
#include "exchange/ExportQuarterDialog.h"
#include "exchange/ImportPackages.h"
#include "report/MonthlyReportDialog.h"
#include "review/YearReviewDialog.h"
#include "cobuild/UnitService.h"
#include "members/MemberService.h"
#include "store/Database.h"
#include "store/Maintenance.h"
#include "trust/SigningKeysDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_tree(new OrgTreeDock(workspace.organisations(), this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new OverviewPage(workspace.database(), workspace.organisations(), m_pages))
    , m_orgPage(new OrgPage(workspace.organisations(), workspace.roles(), workspace.members(), m_pages))
    , m_membersPage(new MembersPage(workspace, m_pages))
    , m_ledgerPage(new LedgerPage(workspace, m_pages))
    , m_cobuildPage(new CobuildPage(workspace, m_pages))
    , m_guaranteePage(new GuaranteePage(workspace, m_pages))
    , m_overdue(new QToolButton(this))
    , m_overdueLater(new QTimer(this))
    , m_fileLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_orgPage);
    m_pages->addWidget(m_membersPage);
    m_pages->addWidget(m_ledgerPage);
    m_pages->addWidget(m_cobuildPage);
    m_pages->addWidget(m_guaranteePage);
    setCentralWidget(m_pages);
    addDockWidget(Qt::LeftDockWidgetArea, m_tree);
    // Overdue ledger items as a badge that opens them.
    m_overdue->setObjectName(QStringLiteral("overdueBadge"));
    m_overdue->setAutoRaise(true);
    m_overdue->setStyleSheet(QStringLiteral("QToolButton { color: #c0392b; font-weight: bold; }"));
    m_overdue->hide();
    statusBar()->addPermanentWidget(m_overdue);
    statusBar()->addPermanentWidget(m_fileLabel);
    connect(m_overdue, &QToolButton::clicked, this, [this] {
        showLedgerPage();
        m_ledgerPage->showOverdue();
    });
    m_overdueLater->setSingleShot(true);
    m_overdueLater->setInterval(200);
    connect(m_overdueLater, &QTimer::timeout, this, &MainWindow::updateOverdue);
    connect(&workspace.ledger(), &LedgerService::changed, m_overdueLater, qOverload<>(&QTimer::start));
    // Member counts show on the overview and the organisation page.
    for (auto signal : {&MemberService::added, &MemberService::changed, &MemberService::removed})
        connect(&workspace.members(), signal, m_overview, &OverviewPage::refresh);
    connect(&workspace.members(), &MemberService::reset, m_overview, &OverviewPage::refresh);
    connect(&workspace.ledger(), &LedgerService::added, m_overdueLater, qOverload<>(&QTimer::start));
    connect(&workspace.ledger(), &LedgerService::reset, m_overdueLater, qOverload<>(&QTimer::start));
    // The badge counts what its click shows: the overdue items of the organisation chosen in the
    // tree, as of today — recounted when the choice changes and when a new day begins.
    connect(m_tree, &OrgTreeDock::currentChanged, m_overdueLater, qOverload<>(&QTimer::start));
    recountAtMidnight();
    m_fileLabel->setText(QDir::toNativeSeparators(workspace.database().path()));
    WheelGuard::install();
    // A read that fails is said, never shown as an empty page; a lost server as well.
    new ReadFailureNotice(this, statusBar());
    new ServerStatus(workspace.notices(), statusBar());
    m_backups = new BackupKeeper(workspace.database(), statusBar());

    createActions();
    createMenus();

    connect(m_tree, &OrgTreeDock::currentChanged, m_orgPage, &OrgPage::showOrganisation);
    connect(m_tree, &OrgTreeDock::currentChanged, m_overview, &OverviewPage::setScope);
    connect(m_overview, &OverviewPage::ledgerRequested, this, [this](const LedgerFilter &filter) {
        if (filter.orgId && filter.orgId != m_tree->currentId())
            m_tree->reveal(filter.orgId);
        showLedgerPage();
        m_ledgerPage->filterBar()->show(filter);
    });
    connect(m_tree, &OrgTreeDock::currentChanged, m_membersPage, &MembersPage::setScope);
    connect(m_tree, &OrgTreeDock::currentChanged, m_ledgerPage, &LedgerPage::setScope);
    connect(m_tree, &OrgTreeDock::currentChanged, m_cobuildPage, &CobuildPage::setScope);
    connect(m_tree, &OrgTreeDock::currentChanged, m_guaranteePage, &GuaranteePage::setScope);
    m_tree->view()->addActions(m_orgPage->pageActions());
    connect(m_orgPage, &OrgPage::organisationRequested, this, &MainWindow::goToOrganisation);
    connect(m_overview, &OverviewPage::setupRequested, this, &MainWindow::setupRequested);
    connect(m_overview, &OverviewPage::guaranteeRequested, this, &MainWindow::showGuaranteePage);
    connect(&workspace.organisations(), &OrgService::reset, this, [this] {
        if (!m_tree->currentId())
            m_tree->reveal(m_workspace.organisations().repository().rootId());
    });

    const QSettings settings;
    // On the first start the window takes the whole (often 1366×768) office screen.
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(std::min(available.width(), 1600), std::min(available.height(), 1000));
        setWindowState(Qt::WindowMaximized);
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({m_tree}, {300}, Qt::Horizontal);
    retranslate();

    // Only the top of the tree is read at start; everything else loads when it is opened.
    m_tree->reveal(workspace.organisations().repository().rootId());
    m_tree->view()->expand(m_tree->view()->currentIndex());
    showOverview();
    // After the window shows: one index range over the open items.
    m_overdueLater->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::updateOverdue()
{
    m_overdueCount = m_workspace.ledger().repository().overdueCount(m_tree->currentId(), QDate::currentDate());
    showOverdue();
}

void MainWindow::recountAtMidnight()
{
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 wait = now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0, 1)));
    QTimer::singleShot(std::max<qint64>(1000, wait), this, [this] {
        m_overdueLater->start();
        recountAtMidnight();
    });
}

void MainWindow::showOverdue()
{
    m_overdue->setText(tr("%Ln overdue", nullptr, int(m_overdueCount)));
    const QString scope = m_workspace.organisations().repository().pathNames(m_tree->currentId()).join(QStringLiteral(" › "));
    m_overdue->setToolTip(tr("Ledger items of %1 past their due date today; click to see them").arg(scope));
    m_overdue->setVisible(m_overdueCount > 0);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabaseRequested);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseRequested);
    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(QStringLiteral("connectServerAction"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectServerRequested);
    m_backupAction = new QAction(this);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backup);
    m_restoreAction = new QAction(this);
    m_restoreAction->setEnabled(!m_workspace.database().onServer()); // a server's backups are its own (pg_dump)
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreBackup);
    m_reportAction = new QAction(this);
    m_reportAction->setShortcut(QKeySequence::Print);
    connect(m_reportAction, &QAction::triggered, this, [this] {
        MonthlyReportDialog dialog(m_workspace, m_tree->currentId(), this);
        dialog.exec();
    });
    m_exportAction = new QAction(this);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        ExportQuarterDialog dialog(m_workspace, m_tree->currentId(), this);
        dialog.exec();
    });
    m_importAction = new QAction(this);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importPackages);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_tree, &OrgTreeDock::focusSearch);
    m_renameAction = new QAction(this);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_renameAction, &QAction::triggered, this, [this] {
        showOrganisationPage();
        if (auto *name = m_orgPage->form()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))) {
            name->setFocus(Qt::ShortcutFocusReason);
            name->selectAll();
        }
    });

    m_pageGroup = new QActionGroup(this);
    m_overviewAction = new QAction(this);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_organisationAction = new QAction(this);
    m_organisationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_membersAction = new QAction(this);
    m_membersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_ledgerAction = new QAction(this);
    m_ledgerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_cobuildAction = new QAction(this);
    m_cobuildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_guaranteeAction = new QAction(this);
    m_guaranteeAction->setObjectName(QStringLiteral("guaranteeAction"));
    m_guaranteeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    for (QAction *action : {m_overviewAction, m_organisationAction, m_membersAction, m_ledgerAction, m_cobuildAction, m_guaranteeAction}) {
        action->setCheckable(true);
        m_pageGroup->addAction(action);
    }
    connect(m_overviewAction, &QAction::triggered, this, &MainWindow::showOverview);
    connect(m_organisationAction, &QAction::triggered, this, &MainWindow::showOrganisationPage);
    connect(m_membersAction, &QAction::triggered, this, &MainWindow::showMembersPage);
    connect(m_ledgerAction, &QAction::triggered, this, &MainWindow::showLedgerPage);
    connect(m_cobuildAction, &QAction::triggered, this, &MainWindow::showCobuildPage);
    connect(m_guaranteeAction, &QAction::triggered, this, &MainWindow::showGuaranteePage);
    m_calendarAction = new QAction(this);
    connect(m_calendarAction, &QAction::triggered, this, [this] {
        CalendarDialog dialog(m_workspace.database(), this);
        dialog.exec();
    });
    m_categoriesAction = new QAction(this);
    connect(m_categoriesAction, &QAction::triggered, this, [this] {
        CategoriesDialog dialog(m_workspace.ledger(), this);
        dialog.exec();
    });

    m_whistlesAction = new QAction(this);
    m_whistlesAction->setObjectName(QStringLiteral("whistlesAction"));
    connect(m_whistlesAction, &QAction::triggered, this, [this] {
        WhistleCatalogueDialog dialog(m_workspace.whistles(), this);
        dialog.exec();
    });

    m_listCategoriesAction = new QAction(this);
    connect(m_listCategoriesAction, &QAction::triggered, this, [this] {
        ListCategoriesDialog dialog(m_workspace.needs(), this);
        dialog.exec();
    });

    m_reviewAction = new QAction(this);
    m_reviewAction->setObjectName(QStringLiteral("reviewAction"));
    connect(m_reviewAction, &QAction::triggered, this, [this] {
        YearReviewDialog dialog(m_workspace, m_tree->currentId(), this);
        dialog.exec();
    });

    m_keysAction = new QAction(this);
    connect(m_keysAction, &QAction::triggered, this, [this] {
        SigningKeysDialog dialog(m_workspace.database(), this);
        dialog.exec();
    });

    m_settingsAction = new QAction(this);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settings);
    m_manualAction = new QAction(this);
    m_manualAction->setObjectName(QStringLiteral("manualAction"));
    m_manualAction->setShortcut(QKeySequence::HelpContents);
    connect(m_manualAction, &QAction::triggered, this, [] { HelpWindow::showForFocus(); });
    HelpKey::install(); // F1 in dialogs too
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_reportAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_renameAction);
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_orgPage->pageActions());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_overviewAction);
    m_viewMenu->addAction(m_organisationAction);
    m_viewMenu->addAction(m_membersAction);
    m_viewMenu->addAction(m_ledgerAction);
    m_viewMenu->addAction(m_cobuildAction);
    m_viewMenu->addAction(m_guaranteeAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_tree->toggleViewAction());

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_calendarAction);
    m_toolsMenu->addAction(m_categoriesAction);
    m_toolsMenu->addAction(m_whistlesAction);
    m_toolsMenu->addAction(m_listCategoriesAction);
    m_toolsMenu->addAction(m_reviewAction);
    m_toolsMenu->addAction(m_keysAction);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_settingsAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_manualAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);

    m_navigation = addToolBar(QString());
    m_navigation->setObjectName(QStringLiteral("navigationBar"));
    m_navigation->setMovable(false);
    m_navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_navigation->addAction(m_overviewAction);
    m_navigation->addAction(m_organisationAction);
    m_navigation->addAction(m_membersAction);
    m_navigation->addAction(m_ledgerAction);
    m_navigation->addAction(m_cobuildAction);
    m_navigation->addAction(m_guaranteeAction);
}

void MainWindow::retranslate()
{
    // The platform adds the program's name after the file's: "demo.db — 纵横".
    QGuiApplication::setApplicationDisplayName(tr("ZongHeng"));
    // The file's name; a server's database by its name and where the server is.
    const Database &database = m_workspace.database();
    const auto server = database.onServer() ? ServerAddress::parse(database.path()) : std::nullopt;
    setWindowTitle(server ? tr("%1 on the server %2").arg(server->database, server->host.isEmpty() ? QStringLiteral("localhost")
                                                                                                   : server->host)
                          : QFileInfo(database.path()).fileName());
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_navigation->setWindowTitle(tr("Navigation"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open…"));
    m_connectAction->setText(tr("Connect to &server…"));
    m_backupAction->setText(tr("&Backup…"));
    m_restoreAction->setText(tr("&Restore from a backup…"));
    m_quitAction->setText(tr("&Quit"));
    m_reportAction->setText(tr("&Monthly report…"));
    m_exportAction->setText(tr("&Export quarterly package…"));
    m_importAction->setText(tr("&Import packages…"));
    m_findAction->setText(tr("&Find organisation"));
    m_renameAction->setText(tr("Re&name"));
    m_overviewAction->setText(tr("Overview"));
    m_overviewAction->setToolTip(tr("Overview (Ctrl+1)"));
    m_organisationAction->setText(tr("Organisation"));
    m_organisationAction->setToolTip(tr("Organisation (Ctrl+2)"));
    m_membersAction->setText(tr("Members"));
    m_membersAction->setToolTip(tr("Party members (Ctrl+3)"));
    m_ledgerAction->setText(tr("Ledger"));
    m_ledgerAction->setToolTip(tr("People's ledger (Ctrl+4)"));
    m_cobuildAction->setText(tr("Co-building"));
    m_cobuildAction->setToolTip(tr("Co-building, lists, meetings and tasks (Ctrl+5)"));
    m_guaranteeAction->setText(tr("Places and guarantees"));
    m_guaranteeAction->setToolTip(tr("Venues, the space standard, work funds and inspections (Ctrl+6)"));
    m_calendarAction->setText(tr("&Holiday calendar…"));
    m_categoriesAction->setText(tr("&Categories and time limits…"));
    m_whistlesAction->setText(tr("&Whistle matters and departments…"));
    m_listCategoriesAction->setText(tr("Categories of &needs and resources…"));
    m_reviewAction->setText(tr("Year-end &review…"));
    m_keysAction->setText(tr("Signing &keys…"));
    showOverdue();
    m_settingsAction->setText(tr("&Settings…"));
    m_manualAction->setText(tr("&Manual"));
    m_aboutAction->setText(tr("&About ZongHeng"));
    m_fileLabel->setToolTip(tr("The database file"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showOverview()
{
    m_overviewAction->setChecked(true);
    m_pages->setCurrentWidget(m_overview);
}

void MainWindow::showOrganisationPage()
{
    m_organisationAction->setChecked(true);
    m_pages->setCurrentWidget(m_orgPage);
}

void MainWindow::showMembersPage()
{
    m_membersAction->setChecked(true);
    m_pages->setCurrentWidget(m_membersPage);
}

void MainWindow::showLedgerPage()
{
    m_ledgerAction->setChecked(true);
    m_pages->setCurrentWidget(m_ledgerPage);
}

void MainWindow::showCobuildPage()
{
    m_cobuildAction->setChecked(true);
    m_pages->setCurrentWidget(m_cobuildPage);
}

void MainWindow::showGuaranteePage()
{
    m_guaranteeAction->setChecked(true);
    m_pages->setCurrentWidget(m_guaranteePage);
}

void MainWindow::goToOrganisation(qint64 id)
{
    showOrganisationPage();
    m_tree->reveal(id);
    m_orgPage->showOrganisation(id);
}

void MainWindow::backup()
{
    const QFileInfo current(m_workspace.database().path());
    const QString suggested = current.absoluteDir().filePath(
        QStringLiteral("%1-%2.db").arg(current.completeBaseName(), QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                        tr("ZongHeng database (*.db)"));
    if (target.isEmpty())
        return;
    if (const Outcome done = Maintenance::backup(m_workspace.database(), target); !done) {
        QMessageBox::warning(this, tr("Backup failed"), done.error());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::restoreBackup()
{
    RestoreDialog dialog(BackupShelf::configured(m_workspace.database().path()), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty() || !confirmUnsaved())
        return;
    Q_EMIT restoreRequested(dialog.chosen());
}

void MainWindow::importPackages()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import quarterly packages"),
                                                            settings.value(QStringLiteral("import/folder")).toString(),
                                                            tr("Quarterly packages (*.zhq)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(files.first()).absolutePath());
    ImportPackages::run(this, m_workspace, files);
}

void MainWindow::settings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace.database().setActor(Operator::name()); // the name other clerks are told
    m_backups->refresh(); // perhaps another folder
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About ZongHeng"),
                       tr("<h3>ZongHeng %1</h3><p>The party-building work of a sub-district office in one "
                          "place: the organisation tree (一纵), co-building with resident units (一横), the lists "
                          "that drive the work (一清单) and the people's ledger.</p>")
                           .arg(QStringLiteral(PROJECT_VERSION_STRING)));
}

bool MainWindow::confirmUnsaved()
{
    if (m_membersPage->hasUnsavedChanges()) {
        showMembersPage();
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                                  tr("The changes to the member are not saved yet. Save them?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_membersPage->save()))
            return false;
    }
    if (m_orgPage->form()->isModified() && m_orgPage->currentId()) {
        showOrganisationPage();
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                                  tr("The changes to the organisation are not saved yet. Save them?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_orgPage->save()))
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmUnsaved()) {
        event->ignore();
        return;
    }
    m_backups->takeBeforeClosing(this);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}
