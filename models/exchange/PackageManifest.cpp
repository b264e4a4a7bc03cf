#include "PackageManifest.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageManifest)
};

constexpr int maxValueLength = 4096;
const QString signatureKey = QStringLiteral("signature");

} // namespace

std::optional<QByteArray> PackageManifest::decodeBase64(const QString &text)
{
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9+/]*={0,2}$"));
    if (text.size() % 4 != 0 || !alphabet.match(text).hasMatch())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

const QStringList &PackageManifest::keys()
{
    static const QStringList all = {
        QStringLiteral("format"),          QStringLiteral("format_version"), QStringLiteral("schema_version"),
        QStringLiteral("source_org_id"),   QStringLiteral("source_org_kind"), QStringLiteral("source_org_name"),
        QStringLiteral("source_path"),     QStringLiteral("district"),       QStringLiteral("quarter"),
        QStringLiteral("from"),            QStringLiteral("to"),             QStringLiteral("created_at"),
        QStringLiteral("personal"),        QStringLiteral("signer_key"),     QStringLiteral("previous_key"),
        QStringLiteral("key_endorsement"), signatureKey,
    };
    return all;
}

const PackageManifest::Table *PackageManifest::table(const QString &name) const
{
    for (const Table &t : tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QByteArray PackageManifest::signedBytes() const
{
    // Keys and table names are plain ASCII words; values carry their length, so no two
    // manifests give the same bytes.
    QByteArray out = "zongheng-quarter-package-manifest-1\n";
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QByteArray value = it.value().toUtf8();
        out += it.key().toLatin1() + '\t' + QByteArray::number(value.size()) + ':' + value + '\n';
    }
    out += "tables\n";
    QList<Table> sorted = tables;
    std::sort(sorted.begin(), sorted.end(), [](const Table &a, const Table &b) { return a.name < b.name; });
    for (const Table &t : std::as_const(sorted))
        out += t.name.toLatin1() + '\t' + QByteArray::number(t.rows) + '\t' + t.sha256.toLatin1() + '\n';
    return out;
}

Result<PackageManifest> PackageManifest::read(const QSqlDatabase &package)
{
    using R = Result<PackageManifest>;
    static const QRegularExpression word(QStringLiteral("^[a-z_]{1,40}$"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    PackageManifest manifest;
    QSqlQuery query(package);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value, typeof(key) = 'text' AND typeof(value) = 'text' FROM manifest ORDER BY key")))
        return R::failure(Text::tr("its manifest cannot be read (%1).").arg(StoreHealth::describe(query.lastError())));
    while (query.next()) {
        if (!query.value(2).toBool())
            return R::failure(Text::tr("its manifest holds a value that is not text."));
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (!keys().contains(key))
            return R::failure(Text::tr("its manifest holds \"%1\", which a manifest does not have.").arg(key.left(40)));
        if (value.size() > maxValueLength)
            return R::failure(Text::tr("its manifest's %1 is longer than any manifest value.").arg(key));
        if (key == signatureKey) {
            const auto decoded = decodeBase64(value);
            if (!decoded)
                return R::failure(Text::tr("its signature is not written in Base64."));
            manifest.signature = *decoded;
        } else {
            manifest.fields.insert(key, value);
        }
    }
    if (query.lastError().isValid())
        return R::failure(Text::tr("its manifest cannot be read (%1).").arg(StoreHealth::describe(query.lastError())));
    if (!query.exec(QStringLiteral("SELECT name, row_count, sha256, typeof(name) = 'text' AND typeof(row_count) = 'integer' "
                                   "AND typeof(sha256) = 'text' FROM manifest_table ORDER BY name")))
        return R::failure(Text::tr("its manifest cannot be read (%1).").arg(StoreHealth::describe(query.lastError())));
    while (query.next()) {
        const Table t{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()};
        if (!query.value(3).toBool() || !word.match(t.name).hasMatch() || !hex.match(t.sha256).hasMatch() || t.rows < 0)
            return R::failure(Text::tr("its manifest's list of tables is malformed (%1).").arg(t.name.left(40)));
        manifest.tables.append(t);
    }
    if (query.lastError().isValid())
        return R::failure(Text::tr("its manifest cannot be read (%1).").arg(StoreHealth::describe(query.lastError())));
    return manifest;
}

Outcome PackageManifest::write(const QSqlDatabase &package) const
{
    QSqlQuery query(package);
    if (!query.prepare(QStringLiteral("INSERT INTO manifest (key, value) VALUES (:key, :value)")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    QMap<QString, QString> all = fields;
    all.insert(signatureKey, QString::fromLatin1(signature.toBase64()));
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        query.bindValue(QStringLiteral(":key"), it.key());
        query.bindValue(QStringLiteral(":value"), it.value());
        if (!query.exec())
            return Outcome::failure(StoreHealth::describe(query.lastError()));
    }
    QSqlQuery tableQuery(package);
    if (!tableQuery.prepare(QStringLiteral("INSERT INTO manifest_table (name, row_count, sha256) VALUES (:name, :rows, :sha)")))
        return Outcome::failure(StoreHealth::describe(tableQuery.lastError()));
    for (const Table &t : tables) {
        tableQuery.bindValue(QStringLiteral(":name"), t.name);
        tableQuery.bindValue(QStringLiteral(":rows"), t.rows);
        tableQuery.bindValue(QStringLiteral(":sha"), t.sha256);
        if (!tableQuery.exec())
            return Outcome::failure(StoreHealth::describe(tableQuery.lastError()));
    }
    return Outcome::success();
}
