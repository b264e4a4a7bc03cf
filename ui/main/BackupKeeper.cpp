#include "BackupKeeper.h"

#include "common/JobProgress.h"
#include "store/BackupShelf.h"
#include "store/Database.h"
#include "store/Job.h"

#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace {

Outcome takeBackup(Database &database, Job &job)
{
    const auto taken = BackupShelf::configured(database.path()).take(
        database,
        [&job](int done, int total) {
            job.report(done, total, QString());
            return !job.isCancelled();
        },
        &job.cancelFlag());
    return taken ? Outcome::success() : Outcome::failure(taken.error());
}

} // namespace

BackupKeeper::BackupKeeper(const Database &database, QStatusBar *statusBar)
    : QLabel(statusBar)
    , m_database(database)
    , m_statusBar(statusBar)
    , m_due(new QTimer(this))
{
    setObjectName(QStringLiteral("backupStatus"));
    if (database.onServer()) {
        hide();
        return;
    }
    statusBar->addPermanentWidget(this);
    // Looked at every half hour, and a minute after the start (not in the start's way).
    m_due->setInterval(30 * 60 * 1000);
    connect(m_due, &QTimer::timeout, this, &BackupKeeper::takeWhenDue);
    m_due->start();
    QTimer::singleShot(60 * 1000, this, &BackupKeeper::takeWhenDue);
    refresh();
}

BackupKeeper::~BackupKeeper()
{
    if (m_job)
        m_job->cancel(); // the job's destructor waits for its worker; nothing half written is kept
}

void BackupKeeper::refresh()
{
    if (m_database.onServer())
        return;
    const BackupShelf shelf = BackupShelf::configured(m_database.path());
    const BackupShelf::Health health = shelf.health();
    const QString where = tr("Backups are kept in %1 (the last %2; 工具 › 设置 changes it). File › Restore from a backup… lists them.")
                              .arg(QDir::toNativeSeparators(shelf.folder()))
                              .arg(shelf.keep());
    if (health.state == BackupShelf::Health::State::Fine) {
        setStyleSheet(QString());
        const QDateTime at = health.last->takenAt;
        setText(tr("Backed up %1").arg(at.date() == QDate::currentDate() ? at.toString(QStringLiteral("HH:mm"))
                                                                         : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else {
        setStyleSheet(QStringLiteral("QLabel { color: #c0392b; font-weight: bold; }"));
        setText(health.warning);
    }
    setToolTip(where);
    show();
}

void BackupKeeper::takeWhenDue()
{
    const BackupShelf::Health health = BackupShelf::configured(m_database.path()).health();
    if (health.last && health.last->takenAt.secsTo(QDateTime::currentDateTime()) < qint64(dailyHours) * 3600)
        return;
    takeInBackground();
}

void BackupKeeper::takeInBackground()
{
    if (m_job || m_database.onServer())
        return;
    m_job = std::make_unique<Job>(m_database, &takeBackup);
    setStyleSheet(QString());
    setText(tr("Backing up…"));
    connect(m_job.get(), &Job::progressed, this, [this](int done, int total, const QString &) {
        if (total > 0)
            setText(tr("Backing up… %1%").arg(100 * qint64(done) / total));
    });
    connect(m_job.get(), &Job::finished, this, [this] {
        const Outcome outcome = m_job->outcome();
        m_job.release()->deleteLater();
        refresh();
        if (!outcome)
            m_statusBar->showMessage(tr("The backup failed: %1").arg(outcome.error()), 15000);
        Q_EMIT finished(outcome.ok(), outcome.ok() ? QString() : outcome.error());
    });
    m_job->start();
}

void BackupKeeper::takeBeforeClosing(QWidget *parent)
{
    if (m_database.onServer())
        return;
    if (m_job) { // one under way: this one is taken instead, whole
        m_job->cancel();
        m_job.reset();
    }
    const Outcome done = JobProgress::run(parent, m_database, tr("Backup"), tr("Backing up the database before closing…"), &takeBackup);
    if (!done && !done.error().isEmpty())
        QMessageBox::warning(parent, tr("Backup failed"), tr("The database is closed without a new backup: %1").arg(done.error()));
}
