#pragma once

#include "Quarter.h"
#include "core/Result.h"

#include <QMap>
#include <QString>

class CancelFlag;
class Database;

/// The quarterly package (季度报送) of an organisation's subtree: a self-contained SQLite file
/// (.zhq) with a manifest of row counts and checksums signed with the office's key (OfficeKey),
/// and an XLSX workbook for people. The personal data of natural persons — residents, units'
/// contact persons, numbers typed into free text — is masked unless personal data is asked for.
/// Both files are written under a temporary name and renamed when complete; each export is
/// logged beside them.
class QuarterExporter
{
public:
    struct Options
    {
        Quarter quarter;
        qint64 orgId = 0; ///< 0: the database's sub-district (its only one), else the top
        QString outDir;
        bool includePersonal = false;
        const CancelFlag *cancel = nullptr; ///< asked between tables; cancelled, nothing is written
    };
    struct Written
    {
        QString packagePath;
        QString workbookPath;
        QMap<QString, qint64> rows; ///< per table
        QString sourcePath;         ///< the organisation's path of names
    };

    static Result<Written> run(const Database &database, const Options &options);
    static QString packageSuffix() { return QStringLiteral(".zhq"); }
    /// 张* and 139****1234, as packages carry residents and units' contact persons without
    /// personal data.
    static QString maskName(const QString &name);
    static QString maskPhone(const QString &phone);
    /// Free text with the mobile numbers and ID card numbers in it masked (a clerk may have typed
    /// "张大爷 13912345678" into a description).
    static QString maskText(const QString &text);

private:
    /// run() for a server's database: from a snapshot of it in a file.
    static Result<Written> runOnSnapshot(const Database &database, const Options &options);
};
