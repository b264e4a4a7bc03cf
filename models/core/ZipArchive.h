#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct zip;

/// A zip archive opened for reading — an .xlsx workbook is one — through libzip, taken as
/// hostile: libzip checks the archive's consistency on opening, and a part is read only up to a
/// limit the caller sets, whatever size the archive claims for it (a small file can unpack to
/// gigabytes).
class ZipArchive
{
public:
    static Result<std::unique_ptr<ZipArchive>> open(const QString &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool contains(const QString &name) const;
    /// The part called name, unpacked; refused when it is missing, damaged or larger than limit bytes.
    Result<QByteArray> read(const QString &name, qint64 limit) const;

private:
    ZipArchive(zip *archive, QString path);

    zip *m_archive;
    QString m_path;
};
