#include "PackageCheck.h"

#include "PackageChecksum.h"
#include "QuarterExporter.h"
#include "store/Migrations.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageCheck)
};

/// A read-only connection to the package, closed and forgotten at the end.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

} // namespace

namespace PackageCheck {

Result<PackageInfo> check(const QString &path)
{
    using R = Result<PackageInfo>;
    const QString name = QFileInfo(path).fileName();
    const auto refuse = [&](const QString &reason) { return R::failure(Text::tr("%1: %2").arg(name, reason)); };
    QFile file(path);
    if (!file.exists())
        return refuse(Text::tr("the file does not exist."));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(Text::tr("the file cannot be read."));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return refuse(Text::tr("this is not a ZongHeng quarterly package (not an SQLite file, or cut short)."));
    // The header's page size × page count is the file's length; a truncated copy is shorter.
    const quint32 pageSize = (quint8(header[16]) << 8 | quint8(header[17])) == 1 ? 65536 : (quint8(header[16]) << 8 | quint8(header[17]));
    const quint32 pages = quint32(quint8(header[28])) << 24 | quint32(quint8(header[29])) << 16 | quint32(quint8(header[30])) << 8
                          | quint32(quint8(header[31]));
    if (pages > 0 && qint64(pageSize) * pages > QFileInfo(path).size())
        return refuse(Text::tr("the file is cut short (%1 of %2 bytes).").arg(QFileInfo(path).size()).arg(qint64(pageSize) * pages));
    const quint32 applicationId = quint32(quint8(header[68])) << 24 | quint32(quint8(header[69])) << 16
                                  | quint32(quint8(header[70])) << 8 | quint32(quint8(header[71]));
    if (applicationId != Schema::applicationId)
        return refuse(Text::tr("this SQLite file was not written by ZongHeng."));

    ReadOnlyConnection connection(path);
    const QSqlDatabase db = connection.db();
    if (!db.isOpen())
        return refuse(Text::tr("the file cannot be opened."));
    const int format = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (format != QuarterExporter::formatVersion)
        return refuse(Text::tr("package format %1 is not one this program reads (it reads format %2); update ZongHeng.")
                          .arg(format)
                          .arg(QuarterExporter::formatVersion));
    const QString quick = scalar(db, QStringLiteral("PRAGMA quick_check")).toString();
    if (quick != QLatin1String("ok"))
        return refuse(Text::tr("the file is damaged (%1).").arg(quick.isEmpty() ? Text::tr("unreadable") : quick));

    QMap<QString, QString> manifest;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT key, value FROM manifest")))
            return refuse(Text::tr("the package has no manifest."));
        while (query.next())
            manifest.insert(query.value(0).toString(), query.value(1).toString());
    }
    if (manifest.value(QStringLiteral("format")) != QLatin1String("zongheng-quarter-package"))
        return refuse(Text::tr("the manifest does not describe a quarterly package."));
    const int schema = manifest.value(QStringLiteral("schema_version")).toInt();
    if (schema < 1 || schema > Migrations::latestVersion())
        return refuse(Text::tr("it was written by a newer ZongHeng (schema %1; this one knows up to %2); update ZongHeng.")
                          .arg(schema)
                          .arg(Migrations::latestVersion()));
    PackageInfo info;
    info.path = path;
    info.fileName = name;
    info.source = manifest.value(QStringLiteral("source_path"));
    info.sourceName = manifest.value(QStringLiteral("source_org_name"));
    info.sourceKind = manifest.value(QStringLiteral("source_org_kind"));
    info.district = manifest.value(QStringLiteral("district"));
    info.createdAt = manifest.value(QStringLiteral("created_at"));
    info.personal = manifest.value(QStringLiteral("personal")) == QLatin1String("1");
    const auto quarter = Quarter::parse(manifest.value(QStringLiteral("quarter")));
    if (!quarter || info.source.isEmpty() || info.sourceName.isEmpty() || info.createdAt.isEmpty())
        return refuse(Text::tr("the manifest is incomplete."));
    info.quarter = *quarter;

    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    for (const QString &table : PackageChecksum::tables()) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT row_count, sha256 FROM manifest_table WHERE name = :name"));
        query.bindValue(QStringLiteral(":name"), table);
        if (!query.exec() || !query.next())
            return refuse(Text::tr("the manifest lists no checksum for %1.").arg(table));
        const qint64 rows = query.value(0).toLongLong();
        const QString sha = query.value(1).toString();
        const PackageChecksum::TableSum sum = PackageChecksum::compute(db, table);
        if (sum.rows < 0)
            return refuse(Text::tr("the table %1 is missing or unreadable.").arg(table));
        if (sum.rows != rows)
            return refuse(Text::tr("the table %1 holds %2 rows, the manifest says %3: the package was changed.").arg(table).arg(sum.rows).arg(rows));
        if (sum.sha256 != sha)
            return refuse(Text::tr("the content of %1 does not match its checksum: the package was changed or damaged.").arg(table));
        fingerprint.addData(QByteArray(table.toUtf8() + ':' + sha.toLatin1() + '\n'));
        info.rows += rows;
    }
    info.fingerprint = QString::fromLatin1(fingerprint.result().toHex());

    // References inside the package, and one tree under the sending organisation.
    if (scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() > 0)
        return refuse(Text::tr("some rows refer to rows the package does not hold."));
    if (scalar(db, QStringLiteral("SELECT count(*) FROM organisation WHERE parent_id IS NULL")).toInt() != 1)
        return refuse(Text::tr("the organisations do not form one tree."));
    if (scalar(db, QStringLiteral("SELECT name FROM organisation WHERE parent_id IS NULL")).toString() != info.sourceName)
        return refuse(Text::tr("the top organisation is not the one the manifest names."));
    return info;
}

} // namespace PackageCheck
