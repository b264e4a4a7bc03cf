#pragma once

#include <QMainWindow>

class CobuildPage;
class GuaranteePage;
class LedgerPage;
class MembersPage;
class QToolButton;
class QTimer;
class OrgPage;
class OrgTreeDock;
class OverviewPage;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class Workspace;

/// The main window: the organisation tree on the left, the pages in the middle reached from the
/// navigation bar (Ctrl+1, Ctrl+2, …), the menus, and the database file in the status bar.
class BackupKeeper;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    OrgTreeDock *treeDock() const { return m_tree; }
    OverviewPage *overviewPage() const { return m_overview; }
    OrgPage *organisationPage() const { return m_orgPage; }
    MembersPage *membersPage() const { return m_membersPage; }
    LedgerPage *ledgerPage() const { return m_ledgerPage; }
    CobuildPage *cobuildPage() const { return m_cobuildPage; }
    GuaranteePage *guaranteePage() const { return m_guaranteePage; }
    QToolButton *overdueBadge() const { return m_overdue; }
    QStackedWidget *pages() const { return m_pages; }

    void showOverview();
    void showOrganisationPage();
    void showMembersPage();
    void showLedgerPage();
    void showCobuildPage();
    void showGuaranteePage();
    BackupKeeper *backups() const { return m_backups; }
    /// Asks about unsaved changes; false when the clerk cancels.
    bool confirmUnsaved();
    /// Selects an organisation in the tree and shows the organisation page for it.
    void goToOrganisation(qint64 id);

Q_SIGNALS:
    void newDatabaseRequested();
    void openDatabaseRequested();
    void connectServerRequested();
    void setupRequested();
    /// The clerk chose a backup to put in the database's place (File › Restore from a backup…).
    void restoreRequested(const QString &backupPath);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void backup();
    void restoreBackup();
    void about();
    void settings();
    void importPackages();
    void updateOverdue();
    void recountAtMidnight();
    void showOverdue();

    Workspace &m_workspace;
    OrgTreeDock *m_tree;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    OrgPage *m_orgPage;
    MembersPage *m_membersPage;
    LedgerPage *m_ledgerPage;
    CobuildPage *m_cobuildPage;
    GuaranteePage *m_guaranteePage;
    QToolButton *m_overdue;
    QTimer *m_overdueLater;
    qint64 m_overdueCount = 0;
    QLabel *m_fileLabel;
    BackupKeeper *m_backups = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_navigation = nullptr;
    QActionGroup *m_pageGroup = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_organisationAction = nullptr;
    QAction *m_membersAction = nullptr;
    QAction *m_ledgerAction = nullptr;
    QAction *m_cobuildAction = nullptr;
    QAction *m_guaranteeAction = nullptr;
    QAction *m_calendarAction = nullptr;
    QAction *m_categoriesAction = nullptr;
    QAction *m_whistlesAction = nullptr;
    QAction *m_listCategoriesAction = nullptr;
    QAction *m_keysAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_manualAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
