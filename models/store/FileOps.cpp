#include "FileOps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace FileOps {

QString temporaryPathFor(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.tmp")
                                           .arg(info.fileName())
                                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

Outcome syncToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return Outcome::failure(file.errorString());
#ifdef Q_OS_WIN
    const bool synced = ::_commit(file.handle()) == 0;
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        return Outcome::failure(QCoreApplication::translate("FileOps", "cannot flush %1 to the disk")
                                    .arg(QDir::toNativeSeparators(path)));
    return Outcome::success();
}

Outcome commitFile(const QString &tempPath, const QString &finalPath)
{
    if (const Outcome synced = syncToDisk(tempPath); !synced) {
        QFile::remove(tempPath);
        return synced;
    }
    std::error_code error;
    // The file system's own bytes for the names (QFile::encodeName): a wide-string path would go
    // through the C++ locale, which cannot convert Chinese names under the "C" locale.
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(tempPath).toStdString()),
                            std::filesystem::path(QFile::encodeName(finalPath).toStdString()), error);
    if (error) {
        QFile::remove(tempPath);
        return Outcome::failure(QCoreApplication::translate("FileOps", "cannot write %1: %2")
                                    .arg(QDir::toNativeSeparators(finalPath), QString::fromLocal8Bit(error.message())));
    }
#ifndef Q_OS_WIN
    // The rename itself lives in the folder: flush the folder too, or a power cut may undo it.
    const QByteArray folder = QFile::encodeName(QFileInfo(finalPath).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
    return Outcome::success();
}

Outcome writeFile(const QString &path, const QByteArray &bytes)
{
    const QString temp = temporaryPathFor(path);
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        QFile::remove(temp);
        return Outcome::failure(QCoreApplication::translate("FileOps", "cannot write %1: %2")
                                    .arg(QDir::toNativeSeparators(path), reason));
    }
    file.close();
    return commitFile(temp, path);
}

} // namespace FileOps
