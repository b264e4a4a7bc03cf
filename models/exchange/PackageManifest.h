#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// What a quarterly package says of itself (its manifest and manifest_table): who sent it, for
/// which quarter, when, with which key, and each data table's row count and checksum. The
/// sender's key signs all of it but the signature itself (signedBytes()), so that no field can be
/// changed after the package left the office.
struct PackageManifest
{
    struct Table
    {
        QString name;
        qint64 rows = 0;
        QString sha256;
    };

    QMap<QString, QString> fields; ///< every key but "signature"
    QList<Table> tables;           ///< by name
    QByteArray signature;

    QString value(const QString &key) const { return fields.value(key); }
    const Table *table(const QString &name) const;

    /// The bytes the signature covers, in one canonical order.
    QByteArray signedBytes() const;

    /// Reads and bounds a package's manifest: only the keys a package has, short values.
    static Result<PackageManifest> read(const QSqlDatabase &package);
    /// Writes the manifest into a package being made (the caller's transaction).
    Outcome write(const QSqlDatabase &package) const;

    /// The keys a manifest may hold (the signature among them).
    static const QStringList &keys();
    /// Strict Base64 (the alphabet, padding, nothing else); nullopt for anything else.
    static std::optional<QByteArray> decodeBase64(const QString &text);
};
