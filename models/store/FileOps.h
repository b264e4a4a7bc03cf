#pragma once

#include "core/Result.h"

#include <QString>

/// Writing files so that a crash or a full disk never leaves a half file under the final name:
/// write to a temporary name beside it, flush it to the disk, then rename over the final name.
namespace FileOps {

/// A fresh name in the same folder as finalPath, for writing before the rename.
QString temporaryPathFor(const QString &finalPath);

/// Flushes a file's contents to the storage device (fsync).
Outcome syncToDisk(const QString &path);

/// Renames tempPath to finalPath, replacing finalPath if it exists, after syncing tempPath.
/// On failure tempPath is removed and finalPath is untouched.
Outcome commitFile(const QString &tempPath, const QString &finalPath);

/// Writes bytes to path through a temporary file and a rename: all of it or nothing.
Outcome writeFile(const QString &path, const QByteArray &bytes);

} // namespace FileOps
