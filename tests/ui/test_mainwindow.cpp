// The main window on a demo database: the tree, the search that reveals, the overview figures,
// the pages by keyboard, and the switch to Chinese while it runs.

#include "TestSupport.h"
#include "ui/Typing.h"

#include "core/Language.h"
#include "demo/DemoGenerator.h"
#include "common/Operator.h"
#include "ledger/LedgerPage.h"
#include "ledger/LedgerRepository.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerTableModel.h"
#include "main/ConnectServerDialog.h"
#include "main/MainWindow.h"
#include "store/ServerAddress.h"
#include "store/ChangeNotices.h"
#include <QSignalSpy>
#include "main/OperatorNameDialog.h"
#include "org/OrgPage.h"
#include "org/OrgTreeDock.h"
#include "org/OrgTreeModel.h"
#include "org/OrgTreeView.h"
#include "overview/OverviewPage.h"
#include "store/SqlRead.h"
#include "store/StoreHealth.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

using namespace TestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    /// File › Connect to server… is filled in by keyboard; the address holds what was typed, the
    /// password too, and the settings keep everything but the password for the next time.
    void connectDialogNeverKeepsThePassword()
    {
        QSettings().remove(QStringLiteral("server"));
        {
            ConnectServerDialog dialog;
            dialog.show();
            auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"));
            auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("serverDatabase"));
            auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("serverUser"));
            auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"));
            QVERIFY(host && database && user && password);
            QCOMPARE(password->echoMode(), QLineEdit::Password);
            QVERIFY(QApplication::focusWidget() == database || !QApplication::focusWidget());
            host->setText(QStringLiteral("db.office.local"));
            database->setFocus();
            QTest::keyClicks(database, QStringLiteral("xinhelu"));
            QTest::keyClicks(user, QStringLiteral("wangli"));
            QTest::keyClicks(password, QStringLiteral("secret-1"));
            QTest::keyClick(password, Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            const ServerAddress address = dialog.address();
            QCOMPARE(address.text(), QStringLiteral("postgresql://wangli:secret-1@db.office.local:5432/xinhelu"));
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("server/database")).toString(), QStringLiteral("xinhelu"));
        QCOMPARE(settings.value(QStringLiteral("server/user")).toString(), QStringLiteral("wangli"));
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("secret-1")), qPrintable(key));
        // The next time: the four fields as they were, the password empty.
        ConnectServerDialog again;
        QCOMPARE(again.address().host, QStringLiteral("db.office.local"));
        QCOMPARE(again.address().database, QStringLiteral("xinhelu"));
        QVERIFY(again.address().password.isEmpty());
    }

    void initTestCase()
    {
        // The settings of this run stay in its own folder, away from the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("window.db")));
        DemoGenerator::Options options;
        options.profile = QStringLiteral("small");
        options.asOf = QDate(2026, 11, 1);
        QVERIFY(DemoGenerator::run(m_workspace->database(), options).ok());
    }

    void cleanupTestCase()
    {
        Language::apply(QStringLiteral("en"));
        m_workspace.reset();
    }

    /// On a server: a lost connection is said in the status bar until it is back, and then the
    /// pages read again (another clerk may have committed meanwhile).
    void statusBarSaysTheServerIsUnreachable()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *status = window.findChild<QLabel *>(QStringLiteral("serverStatus"));
        QVERIFY(status);
        QVERIFY(!status->isVisible());
        QSignalSpy reread(&m_workspace->ledger(), &LedgerService::reset);
        Q_EMIT m_workspace->notices().reachableChanged(false, QStringLiteral("server closed the connection unexpectedly"));
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("Server unreachable — trying again"));
        QVERIFY(status->toolTip().contains(QLatin1String("server closed the connection")));
        Q_EMIT m_workspace->notices().reachableChanged(true, QString());
        Q_EMIT m_workspace->notices().changed({});
        QVERIFY(!status->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Connected to the server again")));
        QCOMPARE(reread.count(), 1);
    }

    void showsTreeAndFigures()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pages()->currentWidget(), window.overviewPage());
        QCOMPARE(window.overviewPage()->figureText(QStringLiteral("communities")), QStringLiteral("5"));
        QCOMPARE(window.overviewPage()->figureText(QStringLiteral("grids")), QStringLiteral("20"));
        // The top is selected and open; deeper levels are not loaded yet.
        OrgTreeModel *model = window.treeDock()->model();
        QCOMPARE(window.treeDock()->currentId(), m_workspace->organisations().repository().rootId());
        const QModelIndex top = model->index(0, 0);
        QVERIFY(model->rowCount(top) > 0);
        QCOMPARE(model->rowCount(model->index(0, 0, top)), 0);
    }

    /// A read that fails reaches the clerk in the status bar; it is never an empty page alone.
    void readFailuresAreSaid()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int before = StoreHealth::instance().failedReads();
        QSqlQuery query(m_workspace->database().connection());
        QVERIFY(!SqlRead::run(query, QStringLiteral("SELECT * FROM no_such_table")));
        QCOMPARE(StoreHealth::instance().failedReads(), before + 1);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("read from the database failed")));
        // A busy file says so in its own words.
        StoreHealth::instance().reportFailedRead(QSqlError(QStringLiteral("database is locked"), QString(), QSqlError::StatementError,
                                                           QStringLiteral("5")),
                                                 QStringLiteral("SELECT 1"));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("busy")));
    }

    void searchRevealsInTree()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = window.treeDock()->searchEdit();
        QCOMPARE(QApplication::focusWidget(), search);
        Typing::type(search, QStringLiteral("炮营"));
        QVERIFY(window.treeDock()->resultsList()->isVisible());
        QCOMPARE(window.treeDock()->resultsList()->count(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        const qint64 id = window.treeDock()->currentId();
        QCOMPARE(m_workspace->organisations().repository().path(id), QStringLiteral("迎江区/新河路街道/炮营山社区"));
        QVERIFY(window.treeDock()->view()->isExpanded(window.treeDock()->model()->indexOf(id).parent()));

        // Ctrl+2 shows the organisation page for it, titled with its path.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentWidget(), window.organisationPage());
        QCOMPARE(window.organisationPage()->currentId(), id);
        auto *title = window.organisationPage()->findChild<QLabel *>(QStringLiteral("pageTitle"));
        QCOMPARE(title->text(), QStringLiteral("迎江区 › 新河路街道 › 炮营山社区"));
    }

    void switchesToChineseWhileRunning()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto menus = window.menuBar()->actions();
        QCOMPARE(menus.first()->text(), QStringLiteral("&File"));
        Language::apply(QStringLiteral("zh_CN"));
        QCOMPARE(Language::current(), QStringLiteral("zh_CN"));
        // The change reaches the widgets as posted LanguageChange events.
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(window.treeDock()->windowTitle(), QStringLiteral("组织"));
        QCOMPARE(window.overviewPage()->findChild<QLabel *>()->text(), QStringLiteral("概览"));
        // The title names the file; the platform adds the program's name once, in the language shown.
        if (TestServer::isEngine()) // a server's database by its name and the server
            QCOMPARE(window.windowTitle(), QStringLiteral("%1（服务器 %2）")
                                               .arg(ServerAddress::parse(m_workspace->database().path())->database, TestServer::host()));
        else
            QCOMPARE(window.windowTitle(), QStringLiteral("window.db"));
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("纵横"));
        Language::apply(QStringLiteral("en"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    /// The badge counts what its click shows: the overdue items of the tree's choice, today.
    void overdueBadgeFollowsTheTree()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const LedgerRepository &ledger = m_workspace->ledger().repository();
        const qint64 all = ledger.overdueCount(0, QDate::currentDate());
        QVERIFY(all > 0);
        QTRY_VERIFY(window.overdueBadge()->text().contains(QLocale().toString(all)));
        const qint64 community = *m_workspace->organisations().repository().findByPath(QStringLiteral("迎江区/新河路街道/龙狮桥社区"));
        const qint64 some = ledger.overdueCount(community, QDate::currentDate());
        QVERIFY(some > 0 && some < all);
        window.treeDock()->reveal(community);
        QTRY_VERIFY(window.overdueBadge()->text().contains(QLocale().toString(some)));
        QVERIFY(window.overdueBadge()->toolTip().contains(QStringLiteral("龙狮桥社区")));
        window.overdueBadge()->click();
        QCOMPARE(window.pages()->currentWidget(), window.ledgerPage());
        QTRY_COMPARE(window.ledgerPage()->model()->totalCount(), some);
    }

    /// The first start asks for the clerk's name, which then signs the steps.
    void operatorNameAskedAndKept()
    {
        QSettings().remove(QStringLiteral("ui/operator"));
        QVERIFY(!Operator::isGiven());
        OperatorNameDialog dialog;
        auto *save = dialog.findChild<QDialogButtonBox *>()->buttons().constFirst();
        QVERIFY(!save->isEnabled()); // no name, nothing to save
        Typing::type(dialog.nameEdit(), QStringLiteral("  王丽 "));
        QVERIFY(save->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(Operator::isGiven());
        QCOMPARE(Operator::name(), QStringLiteral("王丽"));
        QSettings().remove(QStringLiteral("ui/operator"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
