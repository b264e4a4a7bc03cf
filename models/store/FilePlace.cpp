#include "FilePlace.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStorageInfo>

namespace {

/// Less room than this is a full disk: SQLite writes its log and temporary files in pages.
constexpr qint64 leastRoom = 512 * 1024;

QMutex mutex;
QHash<QString, int> &watched()
{
    static QHash<QString, int> paths; // path -> connections open on it
    return paths;
}

} // namespace

namespace FilePlace {

State of(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir() || !file.exists())
        return State::Gone;
    const QStorageInfo storage(folder.absoluteFilePath());
    if (storage.isValid() && storage.isReady()) {
        if (storage.isReadOnly())
            return State::ReadOnly;
        if (storage.bytesAvailable() >= 0 && storage.bytesAvailable() < leastRoom)
            return State::Full;
    }
    if (!folder.isWritable() || !file.isWritable())
        return State::ReadOnly;
    return State::Fine;
}

std::optional<Trouble> troubled()
{
    QStringList paths;
    {
        QMutexLocker locker(&mutex);
        paths = watched().keys();
    }
    for (const QString &path : std::as_const(paths)) {
        if (const State state = of(path); state != State::Fine)
            return Trouble{state, path};
    }
    return std::nullopt;
}

void watch(const QString &path)
{
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    QMutexLocker locker(&mutex);
    ++watched()[QFileInfo(path).absoluteFilePath()];
}

void unwatch(const QString &path)
{
    if (path.isEmpty())
        return;
    QMutexLocker locker(&mutex);
    const QString key = QFileInfo(path).absoluteFilePath();
    auto found = watched().find(key);
    if (found != watched().end() && --found.value() <= 0)
        watched().erase(found);
}

} // namespace FilePlace
