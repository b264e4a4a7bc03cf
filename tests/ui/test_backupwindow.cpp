// The window's backups: one taken when the window closes, one in the background without holding
// the window, the status bar saying how they stand, and File › Restore from a backup… through the
// controller: the file replaced by the backup, the current one kept aside, the window open again.

#include "TestSupport.h"
#include "ui/MessageCatcher.h"

#include "main/AppController.h"
#include "main/BackupKeeper.h"
#include "main/MainWindow.h"
#include "main/RestoreDialog.h"
#include "overview/Headline.h"
#include "store/BackupShelf.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>

using namespace TestSupport;

class TestBackupWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    QString fresh(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_case).arg(name)); }

private Q_SLOTS:
    void initTestCase() { SKIP_ON_SERVER("backups belong to desk files"); }

    void closingTheWindowTakesABackup()
    {
        const QString file = fresh(QStringLiteral("office.db"));
        createDemo(file, QStringLiteral("small"), 3).reset();
        BackupShelf::configure(fresh(QStringLiteral("backups")), 5);
        const BackupShelf shelf = BackupShelf::configured(file);
        auto opened = Workspace::open(file);
        QVERIFY2(opened, qPrintable(opened.error()));
        auto workspace = std::move(opened.value());
        {
            MainWindow window(*workspace);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *status = window.findChild<BackupKeeper *>(QStringLiteral("backupStatus"));
            QVERIFY(status);
            QVERIFY2(status->text().contains(QStringLiteral("no backup")), qPrintable(status->text()));
            QVERIFY(window.close());
            QCOMPARE(shelf.list().size(), 1);
            QVERIFY2(status->text().startsWith(QStringLiteral("Backed up")) || !status->isVisible(), qPrintable(status->text()));
        }
        QSqlQuery items(workspace->database().connection());
        QVERIFY(items.exec(QStringLiteral("SELECT count(*) FROM ledger_item")) && items.next());
        QCOMPARE(shelf.list().first().ledgerItems, items.value(0).toLongLong());
    }

    void aBackgroundBackupLeavesTheWindowFree()
    {
        const QString file = fresh(QStringLiteral("office.db"));
        createDemo(file, QStringLiteral("small"), 3).reset();
        BackupShelf::configure(fresh(QStringLiteral("backups")), 5);
        auto opened = Workspace::open(file);
        QVERIFY2(opened, qPrintable(opened.error()));
        auto workspace = std::move(opened.value());
        MainWindow window(*workspace);
        window.show();
        auto *keeper = window.backups();
        QSignalSpy finished(keeper, &BackupKeeper::finished);
        // The event loop goes on while the worker copies: a timer of the window's thread keeps firing.
        int ticks = 0;
        QTimer tick;
        tick.setInterval(1);
        connect(&tick, &QTimer::timeout, [&] { ++ticks; });
        tick.start();
        keeper->takeInBackground();
        QVERIFY(keeper->isTaking());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(ticks > 0);
        QVERIFY(!keeper->isTaking());
        QCOMPARE(BackupShelf::configured(file).list().size(), 1);
        QVERIFY2(keeper->text().startsWith(QStringLiteral("Backed up")), qPrintable(keeper->text()));
        // A folder that is gone (the USB stick taken out) is said in red, and the backup fails cleanly.
        BackupShelf::configure(fresh(QStringLiteral("stick-removed")) + QStringLiteral("/backups"), 5);
        keeper->refresh();
        QVERIFY2(keeper->text().contains(QStringLiteral("cannot be reached")), qPrintable(keeper->text()));
    }

    void restoreThroughTheController()
    {
        const QString file = fresh(QStringLiteral("office.db"));
        createDemo(file, QStringLiteral("small"), 3).reset();
        const QString folder = fresh(QStringLiteral("backups"));
        BackupShelf::configure(folder, 5);
        AppController controller;
        controller.setAsksForName(false);
        QVERIFY(controller.start(file));
        const int members = Headline::read(controller.workspace()->database()).members;
        const auto taken = BackupShelf::configured(file).take(controller.workspace()->database());
        QVERIFY2(taken, qPrintable(taken.error()));

        // The dialog lists it and chooses the newest.
        {
            RestoreDialog dialog(BackupShelf::configured(file));
            QCOMPARE(dialog.table()->rowCount(), 1);
            QCOMPARE(dialog.chosen(), taken.value().path);
            QCOMPARE(dialog.table()->item(0, 3)->text(), QLocale().toString(taken.value().members));
        }

        // Work after the backup: a member retired from the count by a raw change.
        QSqlQuery change(controller.workspace()->database().connection());
        QVERIFY(change.exec(QStringLiteral("UPDATE member SET status = 'deceased', status_on = '2026-11-01' "
                                           "WHERE id = (SELECT min(id) FROM member WHERE status = 'active')")));
        controller.workspace()->announceChanges();
        QCOMPARE(Headline::read(controller.workspace()->database()).members, members - 1);

        MessageCatcher answers;
        Q_EMIT controller.window()->restoreRequested(taken.value().path);
        QTRY_VERIFY_WITH_TIMEOUT(!answers.texts.isEmpty(), 20000);
        QVERIFY2(answers.texts.first().contains(QStringLiteral("kept as")), qPrintable(answers.texts.first()));
        QVERIFY(controller.window());
        QCOMPARE(Headline::read(controller.workspace()->database()).members, members);
        const QStringList aside = QDir(QFileInfo(file).absolutePath()).entryList({QFileInfo(file).completeBaseName() + QStringLiteral("-before-restore-*.db")});
        QCOMPARE(aside.size(), 1);
    }
};

QTEST_MAIN(TestBackupWindow)
#include "test_backupwindow.moc"
