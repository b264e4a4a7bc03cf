// The district trusts only what it can prove: hostile packages — validly signed with a
// registered key, their checksums recomputed, so that the checks behind the signature are what
// must refuse them — are refused within seconds with a message naming what is wrong, and the
// district's file stays byte for byte as it was. Signatures: unsigned, unknown key, another
// sender's key, a field or a table changed after signing; a key handed over to a new one.

#include "TestSupport.h"

#include "core/CancelFlag.h"
#include "demo/DemoGenerator.h"
#include "exchange/PackageChecksum.h"
#include "exchange/PackageFile.h"
#include "exchange/PackageImporter.h"
#include "exchange/PackageManifest.h"
#include "exchange/QuarterExporter.h"
#include "org/OrgSetup.h"
#include "trust/KeyFile.h"
#include "trust/OfficeKey.h"
#include "trust/SenderRegistry.h"
#include "trust/SigningKey.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace TestSupport;

namespace {

const QString senderPath = QStringLiteral("迎江区/新河路街道");

/// The bytes of a database file and of its write-ahead log.
QByteArray filesOf(const QString &path)
{
    return fingerprint(path) + fingerprint(path + QStringLiteral("-wal"));
}

/// Opens a package file for forging, runs statements on it, then (unless told not to) writes the
/// manifest's checksums again for what it now holds and signs the manifest with key.
class Forge
{
public:
    Forge(const QString &path)
        : m_name(QStringLiteral("forge-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~Forge()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    void run(const QStringList &statements)
    {
        QSqlQuery query(db());
        for (const QString &sql : statements) {
            if (!query.exec(sql))
                qFatal("forge: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
    }

    /// New checksums for the tables (all but those named), in manifest_table.
    void recompute(const QStringList &skip = {})
    {
        QSqlQuery update(db());
        for (const QString &table : PackageChecksum::tables()) {
            if (skip.contains(table))
                continue;
            const PackageChecksum::TableSum sum = PackageChecksum::compute(db(), table);
            update.prepare(QStringLiteral("UPDATE manifest_table SET row_count = :rows, sha256 = :sha WHERE name = :name"));
            update.bindValue(QStringLiteral(":rows"), sum.rows);
            update.bindValue(QStringLiteral(":sha"), sum.sha256);
            update.bindValue(QStringLiteral(":name"), table);
            if (sum.rows >= 0 && !update.exec())
                qFatal("forge: %s", qPrintable(update.lastError().text()));
        }
    }

    /// Signs the manifest as it now stands with key, naming key as the signer.
    void sign(const SigningKey &key, const QString &previousKey = {}, const QByteArray &endorsement = {})
    {
        run({QStringLiteral("DELETE FROM manifest WHERE key IN ('signer_key', 'previous_key', 'key_endorsement')")});
        QSqlQuery insert(db());
        insert.prepare(QStringLiteral("INSERT INTO manifest (key, value) VALUES (:key, :value)"));
        const QList<std::pair<QString, QString>> fields = {
            {QStringLiteral("signer_key"), QString::fromLatin1(key.publicDer().toBase64())},
            {QStringLiteral("previous_key"), previousKey},
            {QStringLiteral("key_endorsement"), QString::fromLatin1(endorsement.toBase64())}};
        for (const auto &[name, value] : fields) {
            if (value.isEmpty())
                continue;
            insert.bindValue(QStringLiteral(":key"), name);
            insert.bindValue(QStringLiteral(":value"), value);
            if (!insert.exec())
                qFatal("forge: %s", qPrintable(insert.lastError().text()));
        }
        auto manifest = PackageManifest::read(db());
        if (!manifest)
            qFatal("forge: %s", qPrintable(manifest.error()));
        const auto signature = key.sign(manifest.value().signedBytes());
        QSqlQuery query(db());
        query.prepare(QStringLiteral("UPDATE manifest SET value = :value WHERE key = 'signature'"));
        query.bindValue(QStringLiteral(":value"), QString::fromLatin1(signature.value().toBase64()));
        if (!query.exec())
            qFatal("forge: %s", qPrintable(query.lastError().text()));
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

} // namespace

class TestPackageTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_source;
    std::unique_ptr<Database> m_district;
    QString m_good;
    int m_file = 0;

    QString exportPackage(const QString &folder)
    {
        QuarterExporter::Options options;
        options.quarter = Quarter{2026, 3};
        options.outDir = m_dir.filePath(folder);
        const auto written = QuarterExporter::run(*m_source, options);
        if (!written)
            qFatal("export: %s", qPrintable(written.error()));
        return written.value().packagePath;
    }

    /// A copy of the good package to forge.
    QString copy(const QString &name)
    {
        const QString path = m_dir.filePath(QStringLiteral("forged-%1-%2.zhq").arg(++m_file).arg(name));
        QFile::remove(path);
        if (!QFile::copy(m_good, path))
            qFatal("cannot copy the package");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    SigningKey sourceKey() const { return std::move(OfficeKey::current(m_source->connection()).value().key); }

    /// Imports path into the district: refused, within 5 s, saying expected, the file unchanged.
    void refused(const QString &path, const QString &expected)
    {
        const QByteArray before = filesOf(m_district->path());
        QElapsedTimer timer;
        timer.start();
        const auto result = PackageImporter(*m_district).import({path});
        const qint64 took = timer.elapsed();
        QVERIFY2(!result, qPrintable(path));
        QVERIFY2(took < 5000, qPrintable(QStringLiteral("%1 ms").arg(took)));
        QVERIFY2(result.error().contains(QFileInfo(path).fileName()), qPrintable(result.error()));
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        QCOMPARE(filesOf(m_district->path()), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = createDemo(m_dir.filePath(QStringLiteral("source.db")), QStringLiteral("small"), 4);
        m_good = exportPackage(QStringLiteral("good"));

        m_district = createDatabase(m_dir.filePath(QStringLiteral("district.db")));
        OrgService orgs(*m_district);
        QVERIFY(OrgSetup::initialise(*m_district, orgs, QStringLiteral("迎江区"), QString()));
        QVERIFY(SenderRegistry(*m_district).add(sourceKey().publicDer(), {senderPath}));
    }

    void cleanupTestCase()
    {
        m_district.reset();
        m_source.reset();
    }

    void everyDatabaseHasItsKey()
    {
        const auto key = OfficeKey::current(m_source->connection());
        QVERIFY2(key, qPrintable(key.error()));
        QVERIFY(key.value().key.hasPrivate());
        QCOMPARE(key.value().fingerprint.size(), 24); // five groups of four, four dashes
        // Two databases, two keys.
        QVERIFY(OfficeKey::current(m_district->connection()).value().fingerprint != key.value().fingerprint);
        // A signature verifies with the public half alone, and only for the bytes signed.
        const auto signature = key.value().key.sign("abc");
        QVERIFY(signature);
        const auto publicOnly = SigningKey::fromPublic(key.value().key.publicDer());
        QVERIFY(publicOnly && !publicOnly.value().hasPrivate());
        QVERIFY(publicOnly.value().verify("abc", signature.value()));
        QVERIFY(!publicOnly.value().verify("abd", signature.value()));
        // A key from outside that is not an SM2 key, or not a key at all, is refused.
        QVERIFY(!SigningKey::fromPublic(QByteArray("not a key")));
        QVERIFY(!SigningKey::fromPublic(QByteArray()));
        QVERIFY(!SigningKey::fromPublic(key.value().key.publicDer() + "x"));
        QVERIFY(!SigningKey::fromPublic(key.value().key.publicDer().left(90)));
        QByteArray otherForm = key.value().key.publicDer();
        otherForm[26] = 0x02; // a compressed point's first byte where ours are uncompressed
        QVERIFY(!SigningKey::fromPublic(otherForm));
        QByteArray offCurve = key.value().key.publicDer();
        offCurve[60] = char(offCurve[60] ^ 0x01); // a point that is not on the curve
        QVERIFY(!SigningKey::fromPublic(offCurve));
        // Sender paths: names joined by '/', nothing invisible that would turn text around.
        QVERIFY(SenderRegistry::isSenderPath(QStringLiteral("迎江区/新河路街道")));
        for (const QString &bad : {QStringLiteral("迎江区"), QStringLiteral("/迎江区"), QStringLiteral("迎江区//新河路街道"),
                                   QStringLiteral("迎江区/新河路\u202e街道"), QStringLiteral("迎江区/新河\n路")})
            QVERIFY2(!SenderRegistry::isSenderPath(bad), qPrintable(bad));
        // Not a file: refused before anything is read.
        QVERIFY(!PackageFile::open(QStringLiteral("/dev/zero")));
        // The private key never leaves in a package.
        QFile package(m_good);
        QVERIFY(package.open(QIODevice::ReadOnly));
        const QByteArray bytes = package.readAll();
        QVERIFY(!bytes.contains(key.value().key.privateDer()));
        QVERIFY(!bytes.contains(key.value().key.privateDer().toBase64()));
    }

    void goodPackageAccepted()
    {
        // A copy of it, so that the district stays without it for the tests below.
        auto district = createDatabase(m_dir.filePath(QStringLiteral("district-good.db")));
        OrgService orgs(*district);
        QVERIFY(OrgSetup::initialise(*district, orgs, QStringLiteral("迎江区"), QString()));
        QVERIFY(SenderRegistry(*district).add(sourceKey().publicDer(), {senderPath}));
        const auto imported = PackageImporter(*district).import({m_good});
        QVERIFY2(imported, qPrintable(imported.error()));
        QSqlQuery query(district->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT signer FROM import_package")) && query.next());
        QCOMPARE(query.value(0).toString(), sourceKey().fingerprint());
    }

    void viewInPlaceOfTableRefused()
    {
        const QString path = copy(QStringLiteral("view"));
        {
            Forge forge(path);
            // The real table beside a view that adds a forged community to it.
            forge.run({QStringLiteral("PRAGMA legacy_alter_table = ON"), QStringLiteral("ALTER TABLE organisation RENAME TO organisation_real"),
                       QStringLiteral("CREATE VIEW organisation AS SELECT * FROM organisation_real UNION ALL "
                                      "SELECT 999999, (SELECT id FROM organisation_real WHERE parent_id IS NULL), 'community', "
                                      "'伪造社区', NULL, NULL, NULL, NULL, NULL")});
            forge.recompute();
            forge.sign(sourceKey());
        }
        refused(path, QStringLiteral("view organisation"));
    }

    void triggerAndExtraTableRefused()
    {
        QString path = copy(QStringLiteral("trigger"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("CREATE TRIGGER task_touch AFTER UPDATE ON task BEGIN SELECT 1; END")});
            forge.sign(sourceKey());
        }
        refused(path, QStringLiteral("trigger task_touch"));
        path = copy(QStringLiteral("extra"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("CREATE TABLE notes (x TEXT)"), QStringLiteral("INSERT INTO notes VALUES ('x')")});
            forge.sign(sourceKey());
        }
        refused(path, QStringLiteral("table notes"));
        path = copy(QStringLiteral("index"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("CREATE INDEX need_title ON need (title)")});
            forge.sign(sourceKey());
        }
        refused(path, QStringLiteral("index need_title"));
        path = copy(QStringLiteral("missing"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("DROP TABLE project_review")});
            forge.sign(sourceKey());
        }
        refused(path, QStringLiteral("table project_review is missing"));
    }

    void wrongTypesRefused()
    {
        struct Case
        {
            const char *name;
            QString sql;
            QString expected;
        };
        const QList<Case> cases = {
            {"text in an integer", QStringLiteral("UPDATE organisation SET households = '很多' WHERE id = (SELECT min(id) FROM organisation WHERE kind = 'grid')"),
             QStringLiteral("households holds text (\"很多\")")},
            {"blob", QStringLiteral("UPDATE need SET description = x'00ff' WHERE id = (SELECT min(id) FROM need)"),
             QStringLiteral("description holds binary data")},
            {"not a date", QStringLiteral("UPDATE ledger_item SET recorded_on = '2026-02-30' WHERE id = (SELECT min(id) FROM ledger_item)"),
             QStringLiteral("not a date")},
            {"a year Boost cannot hold", QStringLiteral("UPDATE task SET due_on = '1399-10-01' WHERE id = (SELECT min(id) FROM task)"),
             QStringLiteral("due_on holds \"1399-10-01\"")},
            {"an unknown state", QStringLiteral("UPDATE ledger_item SET state = 'forgotten' WHERE id = (SELECT min(id) FROM ledger_item)"),
             QStringLiteral("state holds \"forgotten\"")},
            {"negative", QStringLiteral("UPDATE activity SET participants = -5 WHERE id = (SELECT min(id) FROM activity)"),
             QStringLiteral("participants holds \"-5\"")},
            {"huge text", QStringLiteral("UPDATE ledger_item SET description = printf('%.30000c', 'x') WHERE id = (SELECT min(id) FROM ledger_item)"),
             QStringLiteral("30000 characters")},
            {"an id below one", QStringLiteral("UPDATE ledger_event SET id = -5 WHERE id = (SELECT min(id) FROM ledger_event)"),
             QStringLiteral("id holds \"-5\"")},
        };
        for (const Case &c : cases) {
            const QString path = copy(QString::fromLatin1(c.name).replace(QLatin1Char(' '), QLatin1Char('-')));
            {
                Forge forge(path);
                forge.run({c.sql});
                forge.recompute();
                forge.sign(sourceKey());
            }
            refused(path, c.expected);
        }
    }

    void numberInTextRefused()
    {
        // SQLite turns 42 into '42' in a TEXT column; a file written by hand need not. Made here by
        // changing the column's declared type for a moment, then back to the text of a package.
        const QString path = copy(QStringLiteral("number-in-text"));
        const QString declared = QStringLiteral("title           TEXT NOT NULL,\n    description     TEXT,\n    location");
        const auto retype = [&](const QString &from, const QString &to) {
            Forge forge(path);
            forge.run({QStringLiteral("PRAGMA writable_schema = ON"),
                       QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, '%1', '%2') WHERE name = 'ledger_item'").arg(from, to),
                       QStringLiteral("PRAGMA writable_schema = OFF")});
        };
        retype(declared, QString(declared).replace(QStringLiteral("title           TEXT"), QStringLiteral("title           ANY ")));
        {
            Forge forge(path);
            forge.run({QStringLiteral("UPDATE ledger_item SET title = 42 WHERE id = (SELECT min(id) FROM ledger_item)")});
        }
        retype(QString(declared).replace(QStringLiteral("title           TEXT"), QStringLiteral("title           ANY ")), declared);
        {
            Forge forge(path);
            QSqlQuery query(forge.db());
            QVERIFY(query.exec(QStringLiteral("SELECT typeof(title) FROM ledger_item ORDER BY id LIMIT 1")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("integer"));
            query.finish();
            forge.recompute();
            forge.sign(sourceKey());
        }
        // SQLite's integrity check, which runs first, knows what TEXT may hold and names the column.
        refused(path, QStringLiteral("ledger_item.title"));
    }

    void duplicateIdsAndCyclesRefused()
    {
        // Ids made to repeat: the table is no longer keyed by them, which its schema shows.
        QString path = copy(QStringLiteral("duplicates"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("PRAGMA legacy_alter_table = ON"),
                       QStringLiteral("ALTER TABLE organisation RENAME TO organisation_old"),
                       QStringLiteral("CREATE TABLE organisation (id INTEGER, parent_id INTEGER, kind TEXT NOT NULL, name TEXT NOT NULL, "
                                      "code TEXT, secretary TEXT, households INTEGER, established_on TEXT, dissolved_on TEXT)"),
                       QStringLiteral("INSERT INTO organisation SELECT * FROM organisation_old"),
                       QStringLiteral("INSERT INTO organisation SELECT id, id, kind, name || '之二', code, secretary, households, "
                                      "established_on, dissolved_on FROM organisation_old WHERE kind = 'grid'"),
                       QStringLiteral("DROP TABLE organisation_old")});
            forge.recompute();
            forge.sign(sourceKey());
        }
        refused(path, QStringLiteral("table organisation"));
        // Parents that go round in a circle, under no one: not one tree.
        path = copy(QStringLiteral("cycle"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("INSERT INTO organisation (id, parent_id, kind, name) VALUES (900001, 900002, 'community', '甲社区')"),
                       QStringLiteral("INSERT INTO organisation (id, parent_id, kind, name) VALUES (900002, 900001, 'grid', '乙网格')")});
            forge.recompute();
            forge.sign(sourceKey());
        }
        refused(path, QStringLiteral("one tree"));
    }

    void endlessViewRefusedQuickly()
    {
        const QString path = copy(QStringLiteral("endless"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DROP TABLE ledger_event"),
                       QStringLiteral("CREATE VIEW ledger_event AS WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                      "SELECT i AS id, 1 AS item_id, '2026-07-01' AS happened_on, 'x' AS who, 'record' AS action, "
                                      "NULL AS from_state, 'recorded' AS to_state, NULL AS detail, NULL AS note FROM n"),
                       QStringLiteral("VACUUM")});
            forge.recompute({QStringLiteral("ledger_event")}); // its checksum would never finish
            forge.sign(sourceKey());
        }
        refused(path, QStringLiteral("view ledger_event"));
    }

    void budgetAndCancelStopAStatement()
    {
        // Whatever a file could make the program run, the budget stops it, and so does Cancel.
        const QString endless = QStringLiteral("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n");
        CancelFlag cancel;
        auto file = PackageFile::open(m_good, &cancel);
        QVERIFY2(file, qPrintable(file.error()));
        file.value()->restartBudget(300);
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query(file.value()->db());
        QVERIFY(!query.exec(endless));
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY2(file.value()->interruption().contains(QStringLiteral("longer than")), qPrintable(file.value()->interruption()));
        file.value()->restartBudget(60000);
        QThread *canceller = QThread::create([&cancel] {
            QThread::msleep(200);
            cancel.cancel();
        });
        canceller->start();
        timer.restart();
        QVERIFY(!query.exec(endless));
        canceller->wait();
        delete canceller;
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(file.value()->interruption(), QStringLiteral("cancelled"));
        // Views and triggers stay off on a package's connection, and it cannot write.
        file.value()->restartBudget(60000);
        QVERIFY(!query.exec(QStringLiteral("CREATE TEMP VIEW v AS SELECT 1")) || !query.exec(QStringLiteral("SELECT * FROM v")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM task")));
        // The copy is private and goes with the object; the original stays where it was.
        const QString copyPath = file.value()->copyPath();
        QVERIFY(QFile::exists(copyPath));
        QVERIFY(copyPath != m_good);
        file.value().reset();
        QVERIFY(!QFile::exists(copyPath));
        QVERIFY(QFile::exists(m_good));
    }

    void unsignedAndUnknownKeysRefused()
    {
        QString path = copy(QStringLiteral("unsigned"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("DELETE FROM manifest WHERE key IN ('signature', 'signer_key')")});
        }
        refused(path, QStringLiteral("not signed"));

        // Anyone can make a key and name 新河路街道: it is not the one registered for it.
        path = copy(QStringLiteral("unknown"));
        const SigningKey stranger = std::move(SigningKey::generate().value());
        {
            Forge forge(path);
            forge.sign(stranger);
        }
        refused(path, stranger.fingerprint());
        refused(path, QStringLiteral("keys add FILE --for 迎江区/新河路街道"));

        // Another sender's key signing for 新河路街道.
        const SigningKey other = std::move(SigningKey::generate().value());
        QVERIFY(SenderRegistry(*m_district).add(other.publicDer(), {QStringLiteral("迎江区/宜城路街道")}));
        path = copy(QStringLiteral("other-sender"));
        {
            Forge forge(path);
            forge.sign(other);
        }
        refused(path, QStringLiteral("signed with the key of 迎江区/宜城路街道"));
    }

    void changedAfterSigningRefused()
    {
        // A manifest field changed (a later date, to replace a newer package).
        QString path = copy(QStringLiteral("field"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("UPDATE manifest SET value = '2099-01-01T00:00:00.000Z' WHERE key = 'created_at'")});
        }
        refused(path, QStringLiteral("signature does not verify"));
        path = copy(QStringLiteral("source"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("UPDATE manifest SET value = '0' WHERE key = 'personal'")});
            forge.run({QStringLiteral("UPDATE manifest SET value = '1' WHERE key = 'personal'")});
        }
        refused(path, QStringLiteral("signature does not verify"));
        // A table changed with its checksum made to match: the signature covers the checksums.
        path = copy(QStringLiteral("table"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("UPDATE ledger_item SET state = 'closed' WHERE id = (SELECT min(id) FROM ledger_item WHERE state <> 'closed')")});
            forge.recompute();
        }
        refused(path, QStringLiteral("signature does not verify"));
        // A table changed and nothing else: its checksum does not match.
        path = copy(QStringLiteral("table-only"));
        {
            Forge forge(path);
            forge.run({QStringLiteral("UPDATE need SET title = '改过' WHERE id = (SELECT min(id) FROM need)")});
        }
        refused(path, QStringLiteral("does not match its checksum"));
    }

    void oneKeyForSeveralSenders()
    {
        SenderRegistry registry(*m_district);
        const SigningKey shared = std::move(SigningKey::generate().value());
        const QStringList senders = {QStringLiteral("迎江区/华中路街道"), QStringLiteral("迎江区/人民路街道")};
        QVERIFY(registry.add(shared.publicDer(), senders));
        for (const QString &who : senders)
            QCOMPARE(registry.standing(who, shared.publicDer()).what, SenderRegistry::Standing::What::Current);
        QCOMPARE(registry.standing(senderPath, shared.publicDer()).what, SenderRegistry::Standing::What::OtherSenders);
        // Retired for one of them, it still serves the other.
        QVERIFY(registry.retire(shared.fingerprint(), senders.at(0)));
        QCOMPARE(registry.standing(senders.at(0), shared.publicDer()).what, SenderRegistry::Standing::What::Retired);
        QCOMPARE(registry.standing(senders.at(1), shared.publicDer()).what, SenderRegistry::Standing::What::Current);
        QVERIFY(!registry.retire(shared.fingerprint(), senders.at(0)));
        QVERIFY(!registry.add(QByteArray("junk"), senders));
        QVERIFY(!registry.add(shared.publicDer(), {QStringLiteral("no path")}));
    }

    void keyFilesAreCheckedWhole()
    {
        KeyFile file;
        file.publicKey = sourceKey().publicDer();
        file.senders = {senderPath};
        const QByteArray text = file.serialise();
        const auto parsed = KeyFile::parse(text);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed.value().fingerprint(), sourceKey().fingerprint());
        QCOMPARE(parsed.value().senders, QStringList{senderPath});
        QVERIFY(text.contains(sourceKey().fingerprint().toLatin1()));
        // A changed fingerprint line, a changed key, a line it does not know, a huge file.
        QByteArray changed = text;
        changed.replace(sourceKey().fingerprint().toLatin1(), "AAAA-BBBB-CCCC-DDDD-EEEE");
        QVERIFY(!KeyFile::parse(changed));
        QVERIFY(!KeyFile::parse(text + "colour: red\n"));
        QVERIFY(!KeyFile::parse(QByteArray(KeyFile::maxBytes + 1, 'x')));
        QVERIFY(!KeyFile::parse(QByteArray("ZongHeng signing key 1\npublic-key: !!!\n")));
        QVERIFY(!KeyFile::parse(QByteArray()));
    }

    /// Last: the source hands its key over to a new one; the district takes it with the next
    /// package, and the old key signs no more.
    void keyRotationAccepted()
    {
        const QByteArray oldKey = sourceKey().publicDer();
        // The same office also sends for another sub-district with the same key.
        const QString second = QStringLiteral("迎江区/滨江街道");
        QVERIFY(SenderRegistry(*m_district).add(oldKey, {second}));
        const auto rotated = OfficeKey::rotate(m_source->connection());
        QVERIFY2(rotated, qPrintable(rotated.error()));
        QVERIFY(rotated.value().key.publicDer() != oldKey);
        QCOMPARE(rotated.value().previousPublic, oldKey);
        QThread::msleep(5);
        const QString fresh = exportPackage(QStringLiteral("rotated"));
        const auto imported = PackageImporter(*m_district).import({fresh});
        QVERIFY2(imported, qPrintable(imported.error()));
        QVERIFY(imported.value().first().info.keyRotated);
        const auto current = SenderRegistry(*m_district).current(senderPath);
        QVERIFY(current);
        QCOMPARE(current->fingerprint, rotated.value().fingerprint);
        QCOMPARE(current->how, QStringLiteral("rotation"));
        QCOMPARE(SenderRegistry(*m_district).standing(senderPath, oldKey).what, SenderRegistry::Standing::What::Retired);
        // Every sender of the old key now has the new one: one office, one key.
        QCOMPARE(SenderRegistry(*m_district).current(second)->fingerprint, rotated.value().fingerprint);
        QCOMPARE(SenderRegistry(*m_district).standing(second, oldKey).what, SenderRegistry::Standing::What::Retired);
        // The retired key's private half is gone from the office's file.
        QSqlQuery wiped(m_source->connection());
        QVERIFY(wiped.exec(QStringLiteral("SELECT count(*) FROM office_key WHERE retired_at IS NOT NULL AND length(private_key) > 0"))
                && wiped.next());
        QCOMPARE(wiped.value(0).toInt(), 0);
        wiped.finish();
        // The key file of the new key carries the old one's signature and reads as endorsed.
        KeyFile file;
        file.publicKey = rotated.value().key.publicDer();
        file.previousKey = rotated.value().previousPublic;
        file.endorsement = rotated.value().endorsement;
        QVERIFY(KeyFile::parse(file.serialise()) && file.isEndorsed());
        file.endorsement[5] = char(file.endorsement[5] ^ 1);
        QVERIFY(!KeyFile::parse(file.serialise()));
        // A package still signed with the retired key is refused, saying so.
        refused(m_good, QStringLiteral("retired"));
        // A new key that claims an endorsement it does not have is refused.
        const QString path = copy(QStringLiteral("false-rotation"));
        const SigningKey stranger = std::move(SigningKey::generate().value());
        {
            Forge forge(path);
            forge.sign(stranger, QString::fromLatin1(rotated.value().key.publicDer().toBase64()), QByteArray(64, 'x'));
        }
        refused(path, QStringLiteral("does not verify"));
    }
};

QTEST_GUILESS_MAIN(TestPackageTrust)
#include "test_packagetrust.moc"
