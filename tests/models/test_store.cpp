// The store: creation, refusal of files that are not ours, migrations, the writer lock,
// transactions that roll back, backups and the integrity check.

#include "TestSupport.h"

#include "ledger/LedgerRepository.h"
#include "org/OrgRepository.h"
#include "store/FileProbe.h"
#include "store/Maintenance.h"
#include "store/Migrations.h"
#include "store/Schema.h"
#include "store/SqliteLibrary.h"
#include "store/WriteTransaction.h"
#include "store/WriterLock.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

using namespace TestSupport;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QVariant scalar(const Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    /// A plain SQLite file made without our checks, for tests that need odd files.
    static void rawSql(const QString &file, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    static QList<Migration> withExtraStep(const QString &sql)
    {
        QList<Migration> migrations = Migrations::builtIn();
        migrations.append({int(migrations.size()) + 1, QStringLiteral("test_step"), sql});
        return migrations;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createdFileHasOurSettings()
    {
        auto db = createDatabase(path(QStringLiteral("new.db")));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA application_id")).toUInt(), Schema::applicationId);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion());
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QVERIFY(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        QVERIFY(db->isWritable());
        QVERIFY(FileProbe::inspect(db->path()).isOurs());
        // No temporary file is left beside it.
        const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral(".new.db.*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(','))));
    }

    void createIgnoresStaleLogOfADeletedFile()
    {
        const QString file = path(QStringLiteral("reborn.db"));
        {
            auto db = createDatabase(file);
            OrgService orgs(*db);
            add(orgs, 0, OrgKind::District, QStringLiteral("旧区"));
        }
        // A log as a crash leaves it: copy one made while the old file was open, then delete the file.
        {
            auto db = Database::open(file, Database::Access::ReadWrite);
            QVERIFY(db.ok());
            OrgService orgs(*db.value());
            add(orgs, orgs.repository().rootId(), OrgKind::Subdistrict, QStringLiteral("旧街道"));
            QVERIFY(QFile::copy(file + QStringLiteral("-wal"), file + QStringLiteral("-wal.keep")));
        }
        QVERIFY(QFile::remove(file));
        QVERIFY(QFile::rename(file + QStringLiteral("-wal.keep"), file + QStringLiteral("-wal")));
        auto fresh = createDatabase(file);
        QVERIFY(OrgRepository(*fresh).isEmpty());
    }

    void createRefusesExistingFile()
    {
        const QString file = path(QStringLiteral("exists.txt"));
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("keep me");
        text.close();
        const auto created = Database::create(file);
        QVERIFY(!created.ok());
        QVERIFY(created.error().contains(QStringLiteral("already exists")));
        QCOMPARE(fingerprint(file), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("random bytes") << "random" << "not an SQLite database";
        QTest::newRow("text file") << "text" << "not an SQLite database";
        QTest::newRow("empty file") << "empty" << "empty";
        QTest::newRow("other program's SQLite") << "foreign" << "another program";
        QTest::newRow("truncated") << "truncated" << "cut short";
        QTest::newRow("newer schema") << "newer" << "newer version";
        QTest::newRow("tables missing") << "tampered" << "missing";
    }

    void refusesForeignFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("foreign-%1.db").arg(kind));
        if (kind == QLatin1String("random")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QByteArray bytes(8192, '\0');
            for (char &c : bytes)
                c = char(QRandomGenerator::global()->bounded(256));
            out.write(bytes);
        } else if (kind == QLatin1String("text")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("name,kind\n龙狮桥社区,community\n");
        } else if (kind == QLatin1String("empty")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("foreign")) {
            rawSql(file, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                          QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")});
        } else if (kind == QLatin1String("truncated")) {
            {
                auto db = createDatabase(file);
                OrgService orgs(*db);
                const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
                for (int i = 0; i < 300; ++i)
                    add(orgs, root, OrgKind::SectorCommittee, QStringLiteral("行业党委%1").arg(i));
            }
            QFile cut(file);
            QVERIFY(cut.size() > 8192);
            QVERIFY(cut.resize(cut.size() / 2 + 100));
        } else if (kind == QLatin1String("newer")) {
            createDatabase(file).reset();
            rawSql(file, {QStringLiteral("PRAGMA user_version = 99")});
        } else if (kind == QLatin1String("tampered")) {
            createDatabase(file).reset();
            rawSql(file, {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DROP TABLE organisation")});
        }
        const QByteArray before = fingerprint(file);
        for (const auto access : {Database::Access::ReadOnly, Database::Access::ReadWrite}) {
            const auto opened = Database::open(file, access);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
            QVERIFY2(opened.error().contains(QDir::toNativeSeparators(file)), "the message names the file");
        }
        QCOMPARE(fingerprint(file), before);
        QVERIFY(!QFile::exists(WriterLock::lockPathFor(file)));
    }

    void missingFileIsNamed()
    {
        const auto opened = Database::open(path(QStringLiteral("nowhere.db")), Database::Access::ReadOnly);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("does not exist")));
    }

    void migrationBacksUpAndUpgrades()
    {
        const QString file = path(QStringLiteral("upgrade.db"));
        {
            auto db = createDatabase(file);
            OrgService orgs(*db);
            add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        }
        const auto migrations = withExtraStep(QStringLiteral(
            "CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT);\n"
            "CREATE TRIGGER extra_touch AFTER INSERT ON extra BEGIN UPDATE extra SET note = 'x' WHERE id = NEW.id; END;\n"
            "INSERT INTO extra (note) VALUES ('first');"));
        const auto opened = Database::open(file, Database::Access::ReadWrite, migrations);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion() + 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion() + 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT note FROM extra")).toString(), QStringLiteral("x"));
        // The copy taken before is whole, ours, and at the old version.
        const QString backup = db.migrationBackupPath();
        QVERIFY(QFile::exists(backup));
        QVERIFY(QFileInfo(backup).fileName().startsWith(QStringLiteral("upgrade.db.before-schema-")));
        const auto old = Database::open(backup, Database::Access::ReadOnly);
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(*old.value(), QStringLiteral("SELECT name FROM organisation")).toString(), QStringLiteral("迎江区"));
    }

    /// A file of schema 7 (search through the program's bigrams()) opens with the index that any
    /// SQLite tool keeps, its items found by search, its columns given their defaults.
    void schemaSevenSearchIsMigrated()
    {
        const QString file = path(QStringLiteral("schema7.db"));
        qint64 grid = 0;
        {
            auto created = Database::create(file, Migrations::builtIn().mid(0, 7));
            QVERIFY2(created.ok(), qPrintable(created.error()));
            QCOMPARE(created.value()->schemaVersion(), 7);
        }
        // Rows as the program of that time wrote them (today's services write today's columns).
        grid = 4;
        rawSql(file, {QStringLiteral("INSERT INTO organisation (id, parent_id, kind, name, lineage, created_at, updated_at) VALUES "
                                     "(1, NULL, 'district', '迎江区', '/1/', '2026-05-06T08:00:00Z', '2026-05-06T08:00:00Z'), "
                                     "(2, 1, 'subdistrict', '新河路街道', '/1/2/', '2026-05-06T08:00:00Z', '2026-05-06T08:00:00Z'), "
                                     "(3, 2, 'community', '龙狮桥社区', '/1/2/3/', '2026-05-06T08:00:00Z', '2026-05-06T08:00:00Z'), "
                                     "(4, 3, 'grid', '第一网格', '/1/2/3/4/', '2026-05-06T08:00:00Z', '2026-05-06T08:00:00Z')")});
        // Schema 7's trigger calls a function only the program of that time defined.
        rawSql(file, {QStringLiteral("DROP TRIGGER ledger_search_insert"),
                      QStringLiteral("INSERT INTO ledger_item (org_id, source, category_id, title, location, urgency, recorded_on, "
                                     "due_on, state, created_at, updated_at) VALUES (%1, 'visit', 1, '楼道路灯不亮', '华中路38号', "
                                     "'ordinary', '2026-05-06', '2026-05-20', 'recorded', '2026-05-06T08:00:00Z', "
                                     "'2026-05-06T08:00:00Z')").arg(grid)});
        auto opened = Database::open(file, Database::Access::ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        LedgerRepository ledger(db);
        for (const QString &word : {QStringLiteral("路灯"), QStringLiteral("灯"), QStringLiteral("楼道路灯"), QStringLiteral("华中路38")}) {
            LedgerFilter filter;
            filter.text = word;
            QCOMPARE(ledger.count(filter), 1);
            QCOMPARE(ledger.page(filter, LedgerSort::RecordedNewest, std::nullopt, 10).size(), 1);
        }
        QVERIFY2(Maintenance::check(db).isEmpty(), qPrintable(Maintenance::check(db).join(QLatin1Char('\n'))));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%bigrams%'")).toInt(), 0);
        // What the program always wrote has a default now.
        QSqlQuery query(db.connection());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO ledger_item (org_id, category_id, title, due_on) VALUES (%1, 1, '井盖松动', '2099-01-01')")
                                .arg(grid)),
                 qPrintable(query.lastError().text()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT state || ' ' || urgency || ' ' || source FROM ledger_item WHERE title = '井盖松动'")).toString(),
                 QStringLiteral("recorded ordinary diary"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    /// A file of schema 15 keeps its joint activities on the upgrade to 16 — the table is built
    /// anew —, each given the organisation that signed its agreement, its members taking part
    /// still linked; activities without an agreement can be written after it, joint ones cannot.
    void schemaFifteenActivitiesKeepTheirOrganisation()
    {
        const QString file = path(QStringLiteral("schema15.db"));
        {
            auto created = Database::create(file, Migrations::builtIn().mid(0, 15));
            QVERIFY2(created.ok(), qPrintable(created.error()));
            QCOMPARE(created.value()->schemaVersion(), 15);
        }
        const QString at = QStringLiteral("'2026-05-06T08:00:00Z'");
        rawSql(file, {QStringLiteral("INSERT INTO organisation (id, parent_id, kind, name, lineage, created_at, updated_at) VALUES "
                                     "(1, NULL, 'district', '迎江区', '/1/', %1, %1), (2, 1, 'subdistrict', '新河路街道', '/1/2/', %1, %1), "
                                     "(3, 2, 'community', '龙狮桥社区', '/1/2/3/', %1, %1)").arg(at),
                      QStringLiteral("INSERT INTO unit (id, org_id, name, type, created_at) VALUES (1, 3, '供电公司', 'soe', %1)").arg(at),
                      QStringLiteral("INSERT INTO agreement (id, org_id, unit_id, kind, signed_on, ends_on, created_at) "
                                     "VALUES (1, 3, 1, 'pairing', '2026-01-01', '2027-12-31', %1)").arg(at),
                      QStringLiteral("INSERT INTO member (id, org_id, name, gender, birth_date, joined_on, category, created_at, updated_at) "
                                     "VALUES (1, 3, '王建国', 'male', '1970-01-01', '1995-07-01', 'registered', %1, %1)").arg(at),
                      QStringLiteral("INSERT INTO activity (id, agreement_id, held_on, title, participants, created_at, hours) "
                                     "VALUES (7, 1, '2026-05-01', '共建活动', 20, %1, 2.5)").arg(at),
                      QStringLiteral("INSERT INTO activity_member (activity_id, member_id) VALUES (7, 1)")});
        auto opened = Database::open(file, Database::Access::ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT org_id || ' ' || kind || ' ' || agreement_id || ' ' || hours FROM activity WHERE id = 7"))
                     .toString(),
                 QStringLiteral("3 joint 1 2.5"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM activity_member am JOIN activity a ON a.id = am.activity_id")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT kind FROM meeting UNION ALL SELECT 'none' LIMIT 1")).toString(), QStringLiteral("none"));
        QSqlQuery query(db.connection());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO activity (org_id, kind, held_on, title, created_at) "
                                           "VALUES (3, 'volunteer_service', '2026-06-01', '志愿服务', %1)").arg(at)),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO activity (org_id, kind, held_on, title, created_at) "
                                           "VALUES (3, 'joint', '2026-06-01', '无协议的共建', %1)").arg(at)));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM activity WHERE id = 7"))); // still referenced
        QVERIFY2(Maintenance::check(db).isEmpty(), qPrintable(Maintenance::check(db).join(QLatin1Char('\n'))));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    /// A file of schema 16 upgrades to 17 — organisation, unit and role built anew with the longer
    /// lists — keeping every row, the references to them, the running counts and the triggers; the
    /// new kinds, unit type and roles can be written after it.
    void schemaSixteenStructuresKeepTheirRows()
    {
        const QString file = path(QStringLiteral("schema16.db"));
        {
            auto created = Database::create(file, Migrations::builtIn().mid(0, 16));
            QVERIFY2(created.ok(), qPrintable(created.error()));
        }
        const QString at = QStringLiteral("'2026-05-06T08:00:00Z'");
        rawSql(file, {QStringLiteral("INSERT INTO organisation (id, parent_id, kind, name, lineage, created_at, updated_at) VALUES "
                                     "(1, NULL, 'district', '迎江区', '/1/', %1, %1), (2, 1, 'subdistrict', '新河路街道', '/1/2/', %1, %1), "
                                     "(3, 2, 'community', '龙狮桥社区', '/1/2/3/', %1, %1), (4, 3, 'grid', '第一网格', '/1/2/3/4/', %1, %1)").arg(at),
                      QStringLiteral("INSERT INTO unit (id, org_id, name, type, created_at) VALUES (1, 3, '龙狮桥物业', 'property', %1)").arg(at),
                      QStringLiteral("INSERT INTO role (id, org_id, kind, person_name, created_at) VALUES (5, 4, 'grid_worker', '王丽', %1)").arg(at),
                      QStringLiteral("INSERT INTO grid_visit (role_id, org_id, visited_on, minutes, households, created_at) "
                                     "VALUES (5, 4, '2026-05-04', 120, 6, %1)").arg(at)});
        auto opened = Database::open(file, Database::Access::ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisation")).toInt(), 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM tally WHERE key = 'org.grid'")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT minutes FROM grid_visit_week WHERE role_id = 5")).toInt(), 120);
        QSqlQuery query(db.connection());
        // The new kinds, counted by the triggers built again; a unit type and roles of their own.
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO organisation (id, parent_id, kind, name, lineage, created_at, updated_at) "
                                           "VALUES (9, 2, 'building_committee', '紫峰大厦党委', '/1/2/9/', %1, %1)").arg(at)),
                 qPrintable(query.lastError().text()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM tally WHERE key = 'org.building_committee'")).toInt(), 1);
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO unit (org_id, name, type, created_at) VALUES (3, '龙狮桥业委会', 'owners_committee', %1)").arg(at)),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO role (org_id, kind, person_name, unit_name, created_at) "
                                           "VALUES (4, 'police', '李警官', '龙狮桥派出所', %1)").arg(at)),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO role (org_id, kind, person_name, created_at) VALUES (4, 'mayor', 'x', %1)").arg(at)));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM role WHERE id = 5"))); // its visits still refer to it
        // The triggers on organisation were built again (the counts' three, the ledger's move).
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'organisation'")).toInt(), 4);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY2(Maintenance::check(db).isEmpty(), qPrintable(Maintenance::check(db).join(QLatin1Char('\n'))));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    /// The SQLite this program calls is the one inside Qt's driver: one library in the process.
    void sqliteLibraryIsTheDrivers()
    {
        const Outcome verified = SqliteLibrary::verify();
        QVERIFY2(verified.ok(), qPrintable(verified.error()));
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            QSKIP("no /proc here");
        QSet<QString> libraries;
        for (const QByteArray &line : maps.readAll().split('\n')) {
            if (line.contains("libsqlite3"))
                libraries.insert(QString::fromLocal8Bit(line.mid(line.lastIndexOf(' ') + 1)));
        }
        QCOMPARE(libraries.size(), 1);
    }

    void failedMigrationLeavesFileIdentical()
    {
        const QString file = path(QStringLiteral("broken-upgrade.db"));
        {
            auto db = createDatabase(file);
            OrgService orgs(*db);
            add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        }
        const QByteArray before = fingerprint(file);
        // The step's first statement works, the second fails: nothing of it may stay.
        const auto migrations = withExtraStep(
            QStringLiteral("CREATE TABLE half (id INTEGER);\nINSERT INTO no_such_table VALUES (1);"));
        const auto opened = Database::open(file, Database::Access::ReadWrite, migrations);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("left as it was")), qPrintable(opened.error()));
        QCOMPARE(fingerprint(file), before);
        const auto again = Database::open(file, Database::Access::ReadOnly);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY(scalar(*again.value(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half'")).toInt() == 0);
    }

    void readOnlyRefusesOlderSchema()
    {
        const QString file = path(QStringLiteral("older.db"));
        createDatabase(file).reset();
        const auto opened = Database::open(file, Database::Access::ReadOnly, withExtraStep(QStringLiteral("SELECT 1;")));
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("older schema")));
    }

    void secondWriterIsRefusedAndNamed()
    {
        const QString file = path(QStringLiteral("locked.db"));
        auto first = createDatabase(file);
        const auto second = Database::open(file, Database::Access::ReadWrite);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(QString::number(QCoreApplication::applicationPid())), qPrintable(second.error()));
        QVERIFY2(second.error().contains(QSysInfo::machineHostName()), qPrintable(second.error()));
        // Readers are welcome meanwhile.
        const auto reader = Database::open(file, Database::Access::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        first.reset();
        const auto third = Database::open(file, Database::Access::ReadWrite);
        QVERIFY2(third.ok(), qPrintable(third.error()));
    }

    void staleLockIsReclaimed()
    {
        const QString file = path(QStringLiteral("stale.db"));
        createDatabase(file).reset();
        // A process that has ended leaves its lock behind, as after a crash.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        QFile lock(WriterLock::lockPathFor(file));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nzongheng\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        const auto opened = Database::open(file, Database::Access::ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = createDatabase(path(QStringLiteral("tx.db")));
        {
            WriteTransaction transaction(db->connection());
            QVERIFY(transaction.isActive());
            QVERIFY(db->setMeta(QStringLiteral("k"), QStringLiteral("v")).ok());
            // no commit: the destructor rolls back
        }
        QCOMPARE(db->meta(QStringLiteral("k")), QString());
        {
            WriteTransaction outer(db->connection());
            QVERIFY(db->setMeta(QStringLiteral("outer"), QStringLiteral("1")).ok());
            {
                WriteTransaction inner(db->connection());
                QVERIFY(inner.isActive());
                QVERIFY(db->setMeta(QStringLiteral("inner"), QStringLiteral("1")).ok());
            } // inner rolled back to its savepoint
            QVERIFY(outer.commit());
        }
        QCOMPARE(db->meta(QStringLiteral("outer")), QStringLiteral("1"));
        QCOMPARE(db->meta(QStringLiteral("inner")), QString());
    }

    void failingChangeRollsBackEverything()
    {
        auto db = createDatabase(path(QStringLiteral("atomic.db")));
        OrgService orgs(*db);
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        add(orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        // A later community's date makes retiring the sub-district fail half-way: nothing changes.
        Organisation late;
        late.parentId = sub;
        late.kind = OrgKind::Community;
        late.name = QStringLiteral("新河社区");
        late.establishedOn = QDate(2024, 5, 1);
        QVERIFY(orgs.add(late).ok());
        const Outcome retired = orgs.retire(sub, QDate(2020, 1, 1));
        QVERIFY(!retired.ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM organisation WHERE dissolved_on IS NOT NULL")).toInt(), 0);
        QVERIFY(Maintenance::check(*db).isEmpty());
    }

    void backupWhileInUse()
    {
        auto db = createDatabase(path(QStringLiteral("busy.db")));
        OrgService orgs(*db);
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        const QString copy = path(QStringLiteral("busy-copy.db"));
        const Outcome done = Maintenance::backup(*db, copy);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        const auto opened = Database::open(copy, Database::Access::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM organisation")).toInt(), 2);
        QVERIFY(!Maintenance::backup(*db, db->path()).ok());
    }

    void checkFindsDisagreements()
    {
        auto db = createDatabase(path(QStringLiteral("check.db")));
        OrgService orgs(*db);
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        QVERIFY(Maintenance::check(*db).isEmpty());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tally SET value = 7 WHERE key = 'org.subdistrict'")));
        QVERIFY(query.exec(QStringLiteral("UPDATE organisation SET lineage = '/9/' WHERE kind = 'subdistrict'")));
        const QStringList problems = Maintenance::check(*db);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("org.subdistrict")));
    }

    /// What check finds beyond SQLite's own checks: a value of another type than its column's, a
    /// search index that no longer agrees with the ledger, a calendar day of a year not kept.
    void checkFindsWrongTypesAndAStaleSearchIndex()
    {
        auto db = createDemo(path(QStringLiteral("check-demo.db")), QStringLiteral("small"), 2);
        QVERIFY2(Maintenance::check(*db).isEmpty(), qPrintable(Maintenance::check(*db).join(QLatin1Char('\n'))));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE organisation SET households = '很多' WHERE id = (SELECT min(id) FROM organisation WHERE kind = 'grid')")));
        QStringList problems = Maintenance::check(*db);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("organisation, column households")), qPrintable(problems.first()));
        QVERIFY(query.exec(QStringLiteral("UPDATE organisation SET households = 300 WHERE households = '很多'")));

        // Another tool changed a title with the index's triggers out of the way.
        QStringList triggers;
        QVERIFY(query.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name IN ('ledger_search_unindex', 'ledger_search_update')")));
        while (query.next())
            triggers.append(query.value(0).toString());
        QCOMPARE(triggers.size(), 2);
        const qint64 item = scalar(*db, QStringLiteral("SELECT min(id) FROM ledger_item")).toLongLong();
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER ledger_search_unindex")));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER ledger_search_update")));
        QVERIFY(query.exec(QStringLiteral("UPDATE ledger_item SET title = title || '并且楼道灯也坏了很久' WHERE id = %1").arg(item)));
        for (const QString &trigger : std::as_const(triggers))
            QVERIFY(query.exec(trigger));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO calendar_day (day, kind, name) VALUES ('1399-10-01', 'holiday', '国庆节')")));
        problems = Maintenance::check(*db);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("ledger item %1: the search index").arg(item)),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("1399-10-01")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
