// Long work runs off the window's thread: on a worker with its own connection, behind a progress
// dialog whose Cancel works, while the window keeps answering; the views are brought up to date
// after every outcome. Packages are imported this way from File › Import packages.

#include "TestSupport.h"
#include "ui/MessageCatcher.h"

#include "common/JobProgress.h"
#include "exchange/QuarterExporter.h"
#include "org/OrgRepository.h"
#include "org/OrgSetup.h"
#include "exchange/ImportPackages.h"
#include "store/StoreHealth.h"
#include "trust/OfficeKey.h"
#include "trust/SenderRegistry.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

using namespace TestSupport;


class TestJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void workRunsOnAWorkerWhileTheWindowAnswers()
    {
        auto workspace = createWorkspace(m_dir.filePath(QStringLiteral("jobs.db")));
        QWidget window;
        window.show();
        int ticks = 0;
        QTimer clock;
        clock.setInterval(10);
        connect(&clock, &QTimer::timeout, [&ticks] { ++ticks; });
        clock.start();
        QThread *worker = nullptr;
        QString connection;
        QSignalSpy failures(&StoreHealth::instance(), &StoreHealth::readFailed);
        const Outcome done = JobProgress::run(&window, workspace->database(), QStringLiteral("t"), QStringLiteral("working"),
                                              [&](Database &database, Job &job) {
                                                  worker = QThread::currentThread();
                                                  connection = database.connection().connectionName();
                                                  for (int i = 0; i < 10; ++i) {
                                                      job.report(i, 10, QString::number(i));
                                                      QThread::msleep(40);
                                                  }
                                                  // Its own connection reads the same file.
                                                  QSqlQuery query(database.connection());
                                                  return query.exec(QStringLiteral("SELECT count(*) FROM organisation")) ? Outcome::success()
                                                                                                                         : Outcome::failure(QStringLiteral("no"));
                                              });
        QVERIFY2(done, qPrintable(done.error()));
        QVERIFY(worker && worker != QThread::currentThread());
        QVERIFY(connection != workspace->database().connection().connectionName());
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // the window's thread kept running
        QCOMPARE(failures.size(), 0);
    }

    void cancelStopsTheWork()
    {
        auto workspace = createWorkspace(m_dir.filePath(QStringLiteral("cancel.db")));
        QWidget window;
        window.show();
        // Cancel pressed on the progress dialog once it shows.
        QTimer presser;
        presser.setInterval(50);
        connect(&presser, &QTimer::timeout, [&window] {
            if (auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("jobProgress")); dialog && dialog->isVisible()) {
                if (auto *button = dialog->findChild<QPushButton *>(); button && button->isVisible())
                    button->click();
            }
        });
        presser.start();
        bool sawCancel = false;
        const Outcome done = JobProgress::run(&window, workspace->database(), QStringLiteral("t"), QStringLiteral("working"),
                                              [&](Database &, Job &job) {
                                                  for (int i = 0; i < 500 && !job.isCancelled(); ++i) {
                                                      job.report(i, 500, QString());
                                                      QThread::msleep(10);
                                                  }
                                                  sawCancel = job.isCancelled();
                                                  return sawCancel ? Outcome::failure(QStringLiteral("Cancelled")) : Outcome::success();
                                              });
        QVERIFY(!done);
        QVERIFY(sawCancel);
    }

    void packagesImportedOnAWorker()
    {
        auto source = createDemo(m_dir.filePath(QStringLiteral("source.db")), QStringLiteral("small"), 6);
        QuarterExporter::Options options;
        options.quarter = Quarter{2026, 3};
        options.outDir = m_dir.filePath(QStringLiteral("out"));
        const auto written = QuarterExporter::run(*source, options);
        QVERIFY(written);
        const QByteArray key = OfficeKey::current(source->connection()).value().key.publicDer();
        source.reset();

        auto workspace = createWorkspace(m_dir.filePath(QStringLiteral("district.db")));
        QVERIFY(OrgSetup::initialise(workspace->database(), workspace->organisations(), QStringLiteral("迎江区"), QString()));
        QWidget window;
        QSignalSpy resets(&workspace->organisations(), &OrgService::reset);
        {
            // Not registered yet: refused, said so, and the views told all the same.
            MessageCatcher catcher;
            QVERIFY(!ImportPackages::run(&window, *workspace, {written.value().packagePath}));
            QCOMPARE(catcher.texts.size(), 1);
            QVERIFY2(catcher.texts.first().contains(QStringLiteral("not registered")), qPrintable(catcher.texts.first()));
        }
        QCOMPARE(resets.size(), 1);
        QVERIFY(!OrgRepository(workspace->database()).findByPath(QStringLiteral("迎江区/新河路街道")));
        QVERIFY(SenderRegistry(workspace->database()).add(key, {QStringLiteral("迎江区/新河路街道")}));
        {
            MessageCatcher catcher;
            QVERIFY(ImportPackages::run(&window, *workspace, {written.value().packagePath}));
            QCOMPARE(catcher.texts.size(), 1);
            QVERIFY2(catcher.texts.first().contains(QStringLiteral("imported")), qPrintable(catcher.texts.first()));
        }
        QCOMPARE(resets.size(), 2);
        // Merged by the worker's connection, seen by the window's.
        QVERIFY(OrgRepository(workspace->database()).findByPath(QStringLiteral("迎江区/新河路街道")));
    }
};

QTEST_MAIN(TestJobs)
#include "test_jobs.moc"
