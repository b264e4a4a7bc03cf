#include "PackageCheck.h"

#include "PackageChecksum.h"
#include "PackageFile.h"
#include "PackageManifest.h"
#include "PackageRules.h"
#include "PackageSchema.h"
#include "store/Migrations.h"
#include "store/Schema.h"
#include "store/SqliteRows.h"
#include "trust/OfficeKey.h"
#include "trust/SenderRegistry.h"
#include "trust/SigningKey.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageCheck)
};

quint32 bigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = value << 8 | quint8(bytes[at + i]);
    return value;
}

/// The checks, one after the other; each returns what is wrong, or an empty string.
class Checker
{
public:
    Checker(PackageFile &file, const SenderRegistry &registry)
        : m_file(file)
        , m_registry(registry)
        , m_db(file.db())
    {
    }

    Result<PackageInfo> run()
    {
        using Step = QString (Checker::*)();
        // The schema before the integrity check: that check evaluates what the schema declares.
        for (Step step : {&Checker::header, &Checker::format, &Checker::schema, &Checker::integrity, &Checker::caps, &Checker::content,
                          &Checker::manifest, &Checker::signature, &Checker::checksums, &Checker::references, &Checker::tree}) {
            QString problem = (this->*step)();
            // A statement the budget or the clerk stopped says so, whatever step it was in.
            if (const QString stopped = m_file.interruption(); !stopped.isEmpty())
                problem = stopped;
            if (!problem.isEmpty())
                return Result<PackageInfo>::failure(Text::tr("%1: %2").arg(m_file.fileName(), problem));
        }
        return m_info;
    }

private:
    QString failed(const QSqlQuery &query) const
    {
        return Text::tr("the file cannot be read (%1).").arg(StoreHealth::describe(query.lastError()));
    }

    /// One value of one row, or the reason it could not be read.
    std::pair<QVariant, QString> scalar(const QString &sql) const
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return {QVariant(), failed(query)};
        return {query.value(0), QString()};
    }

    QString header()
    {
        QFile file(m_file.copyPath());
        if (!file.open(QIODevice::ReadOnly))
            return Text::tr("the file cannot be read.");
        const QByteArray head = file.read(100);
        if (head.size() < 100 || !head.startsWith(QByteArray("SQLite format 3\0", 16)))
            return Text::tr("this is not a ZongHeng quarterly package (not an SQLite file, or cut short).");
        // The header's page size × page count is the file's length; a truncated copy is shorter.
        const quint32 rawSize = bigEndian(head, 16, 2);
        const qint64 pageSize = rawSize == 1 ? 65536 : rawSize;
        if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
            return Text::tr("the file is damaged (its page size is %1).").arg(pageSize);
        const qint64 pages = bigEndian(head, 28, 4);
        if (pages > 0 && pageSize * pages > m_file.size())
            return Text::tr("the file is cut short (%1 of %2 bytes).").arg(m_file.size()).arg(pageSize * pages);
        if (bigEndian(head, 68, 4) != Schema::applicationId)
            return Text::tr("this SQLite file was not written by ZongHeng.");
        // As the exporter writes it: a rollback journal (not WAL), no reserved bytes, UTF-8.
        if (quint8(head[18]) != 1 || quint8(head[19]) != 1 || quint8(head[20]) != 0 || bigEndian(head, 56, 4) != 1)
            return Text::tr("the file is not written the way a package is (journal, page layout or text encoding).");
        return {};
    }

    QString format()
    {
        const auto [version, problem] = scalar(QStringLiteral("PRAGMA user_version"));
        if (!problem.isEmpty())
            return problem;
        if (version.toInt() == 1)
            return Text::tr("it is an unsigned package of an earlier ZongHeng (format 1); ask the sender to export it again with "
                            "this version, which signs its packages.");
        if (version.toInt() != PackageCheck::formatVersion)
            return Text::tr("package format %1 is not one this program reads (it reads format %2); update ZongHeng.")
                .arg(version.toInt())
                .arg(PackageCheck::formatVersion);
        return {};
    }

    QString integrity()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check(10)")))
            return Text::tr("the file is damaged (%1).").arg(StoreHealth::describe(query.lastError()));
        QStringList lines;
        while (query.next())
            lines.append(query.value(0).toString());
        if (query.lastError().isValid())
            return Text::tr("the file is damaged (%1).").arg(StoreHealth::describe(query.lastError()));
        if (lines != QStringList{QStringLiteral("ok")})
            return Text::tr("the file is damaged (%1).").arg(lines.join(QStringLiteral("; ")).left(400));
        return {};
    }

    QString schema()
    {
        const Outcome same = PackageSchema::compare(m_db);
        return same ? QString() : same.error();
    }

    QString caps()
    {
        for (const PackageSchema::Table &table : PackageSchema::tables()) {
            const auto [rows, problem] = scalar(QStringLiteral("SELECT count(*) FROM main.%1").arg(table.name));
            if (!problem.isEmpty())
                return problem;
            if (rows.toLongLong() > PackageRules::maxRows(table.name))
                return Text::tr("the table %1 holds %2 rows, more than a package can (%3).")
                    .arg(table.name)
                    .arg(rows.toLongLong())
                    .arg(PackageRules::maxRows(table.name));
        }
        return {};
    }

    /// Every value of every data table: its type and rules, ids in order and unique — and the
    /// table's checksum in the same pass.
    QString content()
    {
        for (const QString &name : PackageChecksum::tables()) {
            const PackageSchema::Table *table = PackageSchema::table(name);
            if (!table)
                return Text::tr("the table %1 is missing.").arg(name);
            const bool keyed = table->columns.value(0).name == QLatin1String("id");
            QList<PackageRules::ColumnRule> rules;
            for (const PackageSchema::Column &column : table->columns)
                rules.append(PackageRules::ruleFor(name, column));
            qint64 lastId = std::numeric_limits<qint64>::min();
            const auto inspect = [&](const SqliteRows &rows) -> QString {
                if (keyed) {
                    if (rows.integer(0) <= lastId)
                        return Text::tr("the table %1 holds the id %2 twice.").arg(name).arg(rows.integer(0));
                    lastId = rows.integer(0);
                }
                if (rows.columnCount() != rules.size())
                    return Text::tr("the table %1 has other columns than a package has.").arg(name);
                for (int column = 0; column < rules.size(); ++column) {
                    if (PackageRules::accepts(rules.at(column), rows, column))
                        continue;
                    const QString problem = PackageRules::problem(rules.at(column), rows, column);
                    if (problem.isEmpty())
                        continue;
                    return keyed ? Text::tr("%1, row %2: %3.").arg(name).arg(rows.integer(0)).arg(problem)
                                 : Text::tr("%1: %2.").arg(name, problem);
                }
                return {};
            };
            const PackageChecksum::TableSum sum = PackageChecksum::compute(m_db, name, QStringLiteral("main"), inspect);
            if (!sum.problem.isEmpty())
                return sum.inspected ? sum.problem : Text::tr("the table %1 cannot be read (%2).").arg(name, sum.problem);
            m_sums.insert(name, sum);
        }
        return {};
    }

    QString manifest()
    {
        auto read = PackageManifest::read(m_db);
        if (!read)
            return read.error();
        m_manifest = std::move(read.value());
        const auto value = [this](const char *key) { return m_manifest.value(QLatin1String(key)); };
        if (value("format") != QLatin1String("zongheng-quarter-package"))
            return Text::tr("the manifest does not describe a quarterly package.");
        const int schema = value("schema_version").toInt();
        if (schema < 1 || schema > Migrations::latestVersion())
            return Text::tr("it was written by a newer ZongHeng (schema %1; this one knows up to %2); update ZongHeng.")
                .arg(schema)
                .arg(Migrations::latestVersion());
        m_info.fileName = m_file.fileName();
        m_info.source = value("source_path");
        m_info.sourceName = value("source_org_name");
        m_info.sourceKind = value("source_org_kind");
        m_info.district = value("district");
        m_info.createdAt = value("created_at");
        m_info.personal = value("personal") == QLatin1String("1");
        const auto quarter = Quarter::parse(value("quarter"));
        if (!quarter || m_info.source.isEmpty() || m_info.sourceName.isEmpty() || m_info.createdAt.isEmpty()
            || !m_info.source.endsWith(QLatin1Char('/') + m_info.sourceName))
            return Text::tr("the manifest is incomplete.");
        m_info.quarter = *quarter;
        return {};
    }

    QString signature()
    {
        const auto decode = [this](const char *key) {
            return PackageManifest::decodeBase64(m_manifest.value(QLatin1String(key))).value_or(QByteArray());
        };
        const QByteArray signerKey = decode("signer_key");
        if (m_manifest.signature.isEmpty() || signerKey.isEmpty())
            return Text::tr("the package is not signed; ask %1 to export it again with this version of ZongHeng.").arg(m_info.source);
        const auto key = SigningKey::fromPublic(signerKey);
        if (!key)
            return Text::tr("the key it names as its signer is not an SM2 key.");
        if (!key.value().verify(m_manifest.signedBytes(), m_manifest.signature))
            return Text::tr("its signature does not verify: the package was changed after it was signed, or damaged.");
        m_info.signer = key.value().fingerprint();
        m_info.signerKey = signerKey;
        m_info.previousKey = decode("previous_key");
        m_info.endorsement = decode("key_endorsement");
        return PackageCheck::trust(m_info, m_registry);
    }

    QString checksums()
    {
        if (m_manifest.tables.size() != PackageChecksum::tables().size())
            return Text::tr("the manifest lists %1 tables, a package has %2.").arg(m_manifest.tables.size()).arg(PackageChecksum::tables().size());
        QCryptographicHash fingerprint(QCryptographicHash::Sha256);
        for (const QString &table : PackageChecksum::tables()) {
            const PackageManifest::Table *listed = m_manifest.table(table);
            if (!listed)
                return Text::tr("the manifest lists no checksum for %1.").arg(table);
            const PackageChecksum::TableSum &sum = m_sums[table];
            if (sum.rows != listed->rows)
                return Text::tr("the table %1 holds %2 rows, the manifest says %3: the package was changed.")
                    .arg(table)
                    .arg(sum.rows)
                    .arg(listed->rows);
            if (sum.sha256 != listed->sha256)
                return Text::tr("the content of %1 does not match its checksum: the package was changed or damaged.").arg(table);
            fingerprint.addData(QByteArray(table.toUtf8() + ':' + listed->sha256.toLatin1() + '\n'));
            m_info.rows += listed->rows;
        }
        m_info.fingerprint = QString::fromLatin1(fingerprint.result().toHex());
        return {};
    }

    QString references()
    {
        const auto [broken, problem] = scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
        if (!problem.isEmpty())
            return problem;
        if (broken.toLongLong() > 0)
            return Text::tr("some rows refer to rows the package does not hold.");
        return {};
    }

    QString tree()
    {
        // Read once and walked in memory: whatever the parent ids say, each organisation is
        // visited once, and a loop of parents never reaches the top.
        SqliteRows rows(m_db, QStringLiteral("SELECT id, parent_id, name, kind FROM organisation"));
        QHash<qint64, QList<qint64>> children;
        QList<qint64> roots;
        QString rootName;
        QString rootKind;
        qint64 total = 0;
        while (rows.next()) {
            ++total;
            if (rows.isNull(1)) {
                roots.append(rows.integer(0));
                rootName = rows.text(2);
                rootKind = rows.text(3);
            } else {
                children[rows.integer(1)].append(rows.integer(0));
            }
        }
        if (rows.failed())
            return Text::tr("the file cannot be read (%1).").arg(rows.error());
        qint64 reached = 0;
        QList<qint64> next = roots;
        QSet<qint64> seen;
        while (!next.isEmpty()) {
            const qint64 id = next.takeLast();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            ++reached;
            next.append(children.value(id));
        }
        if (roots.size() != 1 || reached != total)
            return Text::tr("the organisations do not form one tree.");
        if (rootName != m_info.sourceName || rootKind != m_info.sourceKind)
            return Text::tr("the top organisation is not the one the manifest names.");
        return {};
    }

    PackageFile &m_file;
    const SenderRegistry &m_registry;
    QSqlDatabase m_db;
    PackageInfo m_info;
    PackageManifest m_manifest;
    QHash<QString, PackageChecksum::TableSum> m_sums;
};

} // namespace

namespace PackageCheck {

QString trust(PackageInfo &info, const SenderRegistry &registry)
{
    info.keyRotated = false;
    const SenderRegistry::Standing standing = registry.standing(info.source, info.signerKey);
    if (standing.what == SenderRegistry::Standing::What::Current)
        return {};
    if (standing.what == SenderRegistry::Standing::What::Retired)
        return Text::tr("it is signed with the key %1, which was retired for %2 on %3; ask %2 to export it again with its "
                        "current key.")
            .arg(info.signer, info.source, standing.retiredAt.left(10));
    // A new key that the sender's current key signed over is taken over with the package — also
    // when the new key already serves another sender of the same office.
    if (!info.previousKey.isEmpty() && registry.standing(info.source, info.previousKey).what == SenderRegistry::Standing::What::Current) {
        const auto old = SigningKey::fromPublic(info.previousKey);
        if (old && old.value().verify(OfficeKey::rotationMessage(info.signerKey), info.endorsement)) {
            info.keyRotated = true;
            return {};
        }
        return Text::tr("it is signed with a new key that claims to replace %1's registered key, but the registered key's "
                        "signature over it does not verify.")
            .arg(info.source);
    }
    if (standing.what == SenderRegistry::Standing::What::OtherSenders)
        return Text::tr("it names %1 as its sender but is signed with the key of %2 (%3), not with %1's key.")
            .arg(info.source, standing.otherSenders.join(QStringLiteral(", ")), info.signer);
    if (!standing.currentFingerprint.isEmpty())
        return Text::tr("it is signed with the key %1, but the key registered for %2 is %3. If %2 has a new key, register "
                        "its key file (Tools › Signing keys › Add, or keys add FILE --for %2) after comparing the "
                        "fingerprint with its clerk.")
            .arg(info.signer, info.source, standing.currentFingerprint);
    return Text::tr("it is signed with the key %1, which is not registered for %2. Register %2's key file first (Tools › "
                    "Signing keys › Add, or keys add FILE --for %2) after comparing the fingerprint with its clerk by phone.")
        .arg(info.signer, info.source);
}

Result<PackageInfo> check(PackageFile &file, const SenderRegistry &registry)
{
    return Checker(file, registry).run();
}

} // namespace PackageCheck
