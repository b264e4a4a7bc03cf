#include "WriterLock.h"

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
    return Result<std::unique_ptr<WriterLock>>::failure(
        QCoreApplication::translate("WriterLock",
                                    "Cannot create the lock file %1 beside the database (is the folder read-only?).")
            .arg(QDir::toNativeSeparators(lockPathFor(databasePath))));
}
