#pragma once

#include "core/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

/// The one-writer rule: a lock file beside the database ("FILE.lock") naming the program, process
/// and host that writes to it. A lock left by a process that no longer runs is taken over.
class WriterLock
{
public:
    /// Takes the lock for databasePath at once, or says who holds it.
    static Result<std::unique_ptr<WriterLock>> acquire(const QString &databasePath);

    static QString lockPathFor(const QString &databasePath);

    ~WriterLock();

private:
    explicit WriterLock(const QString &lockPath);
    QLockFile m_lock;
};
