#include "AppController.h"

#include "ConnectServerDialog.h"
#include "FirstRunDialog.h"
#include "BackupKeeper.h"
#include "MainWindow.h"
#include "OperatorNameDialog.h"
#include "app/Workspace.h"
#include "common/JobProgress.h"
#include "common/Operator.h"
#include "demo/DemoGenerator.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "org/OrgService.h"
#include "org/OrgSetup.h"
#include "store/BackupShelf.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

AppController::AppController(QObject *parent)
    : QObject(parent)
{
}

AppController::~AppController()
{
    // The window refers to the workspace; it goes first.
    m_window.reset();
    m_workspace.reset();
}

bool AppController::start(const QString &path)
{
    QString candidate = path;
    for (;;) {
        const auto exists = Database::exists(candidate);
        auto opened = !exists ? decltype(Workspace::open(candidate))::failure(exists.error())
                              : exists.value() ? Workspace::open(candidate) : Workspace::create(candidate);
        if (opened)
            return show(std::move(opened.value()));

        QMessageBox box(QMessageBox::Critical, tr("ZongHeng"), opened.error());
        box.setInformativeText(Database::isServer(candidate) ? tr("Nothing was changed on the server.")
                                                             : tr("Nothing was changed in that file."));
        QPushButton *other = box.addButton(tr("Open another file…"), QMessageBox::AcceptRole);
        QPushButton *fresh = box.addButton(tr("Create a new database…"), QMessageBox::ActionRole);
        QPushButton *server = box.addButton(tr("Connect to a server…"), QMessageBox::ActionRole);
        box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == server) {
            connectServer();
            if (m_workspace)
                return true;
            continue; // given up: the same choice again
        }
        if (box.clickedButton() == other) {
            candidate = QFileDialog::getOpenFileName(nullptr, tr("Open a database"), lastFolder(),
                                                     tr("ZongHeng database (*.db);;All files (*)"));
        } else if (box.clickedButton() == fresh) {
            candidate = QFileDialog::getSaveFileName(nullptr, tr("Create a new database"), lastFolder(),
                                                     tr("ZongHeng database (*.db)"));
        } else {
            return false;
        }
        if (candidate.isEmpty())
            return false;
    }
}

bool AppController::show(std::unique_ptr<Workspace> workspace)
{
    auto window = std::make_unique<MainWindow>(*workspace);
    connect(window.get(), &MainWindow::newDatabaseRequested, this, &AppController::newDatabase);
    connect(window.get(), &MainWindow::openDatabaseRequested, this, &AppController::openDatabase);
    connect(window.get(), &MainWindow::connectServerRequested, this, &AppController::connectServer);
    connect(window.get(), &MainWindow::setupRequested, this, &AppController::setUp);
    // Queued: the window that asks is closed by it.
    connect(window.get(), &MainWindow::restoreRequested, this, &AppController::restoreBackup, Qt::QueuedConnection);
    // The file left gets its backup, as when the window closes; then the old window, then its
    // workspace (and its writer lock).
    if (m_window)
        m_window->backups()->takeBeforeClosing(m_window.get());
    m_window.reset();
    m_workspace = std::move(workspace);
    m_window = std::move(window);
    m_window->show();
    if (m_workspace->isEmpty())
        setUp();
    askForName();
    // Named beside every record the clerk saves, so that another clerk is told who changed it.
    m_workspace->database().setActor(Operator::name());
    return true;
}

void AppController::askForName()
{
    // Asked once: a clerk who chose "Later" finds the name in the settings.
    const QString askedKey = QStringLiteral("ui/operatorAsked");
    if (!m_asksForName || Operator::isGiven() || QSettings().value(askedKey).toBool())
        return;
    OperatorNameDialog dialog(m_window.get());
    dialog.exec();
    QSettings().setValue(askedKey, true);
}

void AppController::restoreBackup(const QString &backupPath)
{
    if (!m_workspace)
        return;
    const QString path = m_workspace->database().path();
    m_window.reset(); // the file closed, and its writer lock let go
    m_workspace.reset();
    const auto restored = BackupShelf::restore(backupPath, path);
    auto opened = Workspace::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, tr("ZongHeng"), opened.error());
        start(path);
        return;
    }
    show(std::move(opened.value()));
    if (!restored) {
        QMessageBox::warning(m_window.get(), tr("Not restored"), restored.error());
        return;
    }
    QMessageBox::information(m_window.get(), tr("Restored"),
                             tr("The database now holds what the backup %1 holds. The database as it was is kept as %2.")
                                 .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(restored.value())));
}

QString AppController::lastFolder() const
{
    return m_workspace ? QFileInfo(m_workspace->database().path()).absolutePath() : QDir::homePath();
}

void AppController::newDatabase()
{
    if (m_window && !m_window->confirmUnsaved())
        return;
    const QString path = QFileDialog::getSaveFileName(m_window.get(), tr("Create a new database"), lastFolder(),
                                                      tr("ZongHeng database (*.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window.get(), tr("ZongHeng"),
                             tr("%1 already exists. A new database needs a new file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto created = Workspace::create(path);
    if (!created) {
        QMessageBox::warning(m_window.get(), tr("ZongHeng"), created.error());
        return;
    }
    show(std::move(created.value()));
}

void AppController::openDatabase()
{
    if (m_window && !m_window->confirmUnsaved())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window.get(), tr("Open a database"), lastFolder(),
                                                      tr("ZongHeng database (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (m_workspace && QFileInfo(path).absoluteFilePath() == QFileInfo(m_workspace->database().path()).absoluteFilePath())
        return; // already open here
    auto opened = Workspace::open(path);
    if (!opened) {
        QMessageBox::warning(m_window.get(), tr("ZongHeng"), opened.error());
        return;
    }
    show(std::move(opened.value()));
}

void AppController::connectServer()
{
    if (m_window && !m_window->confirmUnsaved())
        return;
    ConnectServerDialog dialog(m_window.get());
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const ServerAddress address = dialog.address();
        const QString name = address.text();
        if (m_workspace && m_workspace->database().path() == address.shown())
            return; // already open here
        const auto exists = Database::exists(name);
        if (!exists) {
            dialog.setProblem(exists.error());
            continue;
        }
        if (!exists.value()
            && QMessageBox::question(m_window.get(), tr("ZongHeng"),
                                     tr("The database %1 on the server holds no tables yet. Make ZongHeng's tables in it?")
                                         .arg(address.database))
                   != QMessageBox::Yes)
            continue;
        auto opened = exists.value() ? Workspace::open(name) : Workspace::create(name);
        if (!opened) {
            dialog.setProblem(opened.error());
            continue;
        }
        show(std::move(opened.value()));
        return;
    }
}

void AppController::setUp()
{
    if (!m_workspace || !m_workspace->isEmpty())
        return;
    FirstRunDialog dialog(m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.choice() == FirstRunDialog::Choice::Demo) {
        loadDemo();
        return;
    }
    const Outcome done = OrgSetup::initialise(m_workspace->database(), m_workspace->organisations(), dialog.district(),
                                              dialog.subdistrict());
    // Also after a refusal: views may have heard of organisations that the rollback took back.
    m_workspace->organisations().announceReset();
    if (!done)
        QMessageBox::warning(m_window.get(), tr("ZongHeng"), done.error());
}

bool AppController::loadDemo()
{
    DemoGenerator::Options options;
    options.profile = QStringLiteral("yingjiang");
    const Outcome done = JobProgress::run(m_window.get(), m_workspace->database(), tr("ZongHeng"), tr("Generating the demo data…"),
                                          [&options](Database &database, Job &job) {
                                              return DemoGenerator::run(database, options, [&job](double fraction, const QString &stage) {
                                                  job.report(int(fraction * 100), 100, stage);
                                                  return !job.isCancelled();
                                              });
                                          });
    // Also after a refusal or Cancel: views may have heard of rows the rollback took back.
    m_workspace->announceChanges();
    if (!done) {
        QMessageBox::information(m_window.get(), tr("ZongHeng"), done.error());
        return false;
    }
    return true;
}
