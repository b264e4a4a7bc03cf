#pragma once

#include <QLabel>

#include <memory>

class Database;
class Job;
class QStatusBar;
class QTimer;

/// Keeps a desk file's automatic backups (BackupShelf, as the settings have it) and says in the
/// status bar how they stand: the time of the last one, or in red when it is older than a week,
/// there is none, or the folder (a USB stick, a share) cannot be reached. One is taken at least
/// daily while the window is open — on a worker with its own connection, the window going on —
/// and one when the window closes, behind a progress dialog. A server's database is the
/// server's to back up: then it does nothing and shows nothing.
class BackupKeeper : public QLabel
{
    Q_OBJECT

public:
    /// How old the last backup may grow while the window is open.
    static constexpr int dailyHours = 24;

    BackupKeeper(const Database &database, QStatusBar *statusBar);
    ~BackupKeeper() override;

    /// Takes one now, on a worker; nothing when one is under way.
    void takeInBackground();
    /// Takes one behind a progress dialog (when the window closes); a failure is said, and the
    /// window closes all the same.
    void takeBeforeClosing(QWidget *parent);
    bool isTaking() const { return m_job != nullptr; }
    /// Reads again how the backups stand (after the settings changed, a restore).
    void refresh();

Q_SIGNALS:
    /// A background backup ended; ok false with why.
    void finished(bool ok, const QString &message);

private:
    void takeWhenDue();

    const Database &m_database;
    QStatusBar *m_statusBar;
    QTimer *m_due;
    std::unique_ptr<Job> m_job;
};
