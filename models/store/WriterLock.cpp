#include "WriterLock.h"

#include "FilePlace.h"

#include <QFileInfo>

#include <QCoreApplication>
#include <QDir>

WriterLock::WriterLock(const QString &lockPath)
    : m_lock(lockPath)
{
    // Never stale by age: the GUI holds its lock for days. A lock whose process is gone is still
    // recognised as stale and removed (QLockFile checks the PID and the host).
    m_lock.setStaleLockTime(0);
}

WriterLock::~WriterLock() = default;

QString WriterLock::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

Result<std::unique_ptr<WriterLock>> WriterLock::acquire(const QString &databasePath)
{
    std::unique_ptr<WriterLock> lock(new WriterLock(lockPathFor(databasePath)));
    if (lock->m_lock.tryLock(0))
        return lock;

    const QString name = QDir::toNativeSeparators(databasePath);
    if (lock->m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString program;
        if (lock->m_lock.getLockInfo(&pid, &host, &program)) {
            return Result<std::unique_ptr<WriterLock>>::failure(
                QCoreApplication::translate("WriterLock",
                                            "The database %1 is already open for writing by %2 "
                                            "(process %3 on host %4). Close it there first; "
                                            "viewing and exporting still work.")
                    .arg(name, program.isEmpty() ? QStringLiteral("?") : program)
                    .arg(pid)
                    .arg(host.isEmpty() ? QStringLiteral("?") : host));
        }
        return Result<std::unique_ptr<WriterLock>>::failure(
            QCoreApplication::translate("WriterLock", "The database %1 is already open for writing by another program.")
                .arg(name));
    }
    const QString folder = QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath());
    switch (FilePlace::of(databasePath)) {
    case FilePlace::State::Full:
        return Result<std::unique_ptr<WriterLock>>::failure(
            QCoreApplication::translate("WriterLock", "The disk of %1 is full: not even the small lock file beside the database can "
                                                      "be written. Free some space on it, then open the database again; nothing in "
                                                      "it was changed.")
                .arg(folder));
    case FilePlace::State::Gone:
        return Result<std::unique_ptr<WriterLock>>::failure(
            QCoreApplication::translate("WriterLock", "%1 is not there (was the USB stick taken out, or the network share lost?). "
                                                      "Put it back, then open the database again.")
                .arg(QDir::toNativeSeparators(databasePath)));
    case FilePlace::State::ReadOnly:
    case FilePlace::State::Fine:
        break;
    }
    return Result<std::unique_ptr<WriterLock>>::failure(
        QCoreApplication::translate("WriterLock", "The folder %1 cannot be written to (a write-protected USB stick, a read-only "
                                                  "share, a CD), so the database cannot be changed there; nothing in it was "
                                                  "changed. Copy it to a folder you can write to, such as Documents, and open it "
                                                  "there.")
            .arg(folder));
}
