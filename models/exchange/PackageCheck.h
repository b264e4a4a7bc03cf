#pragma once

#include "Quarter.h"
#include "core/Result.h"

#include <QMap>
#include <QString>

/// What a quarterly package says of itself, once it has passed every check.
struct PackageInfo
{
    QString path;
    QString fileName;
    QString source;   ///< the sending organisation's path of names
    QString sourceName;
    QString sourceKind;
    QString district;
    Quarter quarter;
    QString createdAt;
    QString fingerprint; ///< SHA-256 over the table checksums: equal packages, equal fingerprints
    qint64 rows = 0;
    bool personal = false;
};

/// Checks a quarterly package before anything is merged: an SQLite file of ours (application id),
/// of a format and schema this program reads, sound (quick_check), every table's row count and
/// checksum as its manifest says, and every reference inside it resolved. The file is opened
/// read-only and never changed.
namespace PackageCheck {

Result<PackageInfo> check(const QString &path);

} // namespace PackageCheck
