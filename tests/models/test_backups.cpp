// Automatic backups of a desk file: taken page by page and verified, the last N kept, half copies
// never listed, damaged or foreign files refused, and a restore that keeps the current file aside
// and gives back exactly what the backup holds.

#include "TestSupport.h"

#include "members/MemberService.h"
#include "overview/Headline.h"
#include "store/BackupShelf.h"
#include "store/FileOps.h"
#include "store/TableChecksum.h"

#include <QDir>
#include <QSqlQuery>

using namespace TestSupport;

namespace {

/// Every table of a file, each with its checksum (TableChecksum), to say two files hold the same.
QMap<QString, QByteArray> contents(const QString &path)
{
    QMap<QString, QByteArray> tables;
    const QString name = QStringLiteral("contents-%1").arg(qHash(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery list(db);
        list.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList names;
        while (list.next())
            names.append(list.value(0).toString());
        list.finish();
        for (const QString &table : names) {
            QSqlQuery info(db);
            info.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
            QStringList columns;
            while (info.next())
                columns.append(info.value(0).toString());
            if (columns.isEmpty())
                continue; // a virtual table's shadow
            const TableChecksum sum = TableChecksum::compute(db, table, columns);
            tables.insert(table, QByteArray::number(sum.rows) + ':' + sum.sum.toHex());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString fresh(const QString &name) { return path(QStringLiteral("%1-%2").arg(++m_case).arg(name)); }

private Q_SLOTS:
    void initTestCase() { SKIP_ON_SERVER("backups belong to desk files; a server's are pg_dump's"); }

    void aBackupIsVerifiedRecordedAndListed()
    {
        const QString file = fresh(QStringLiteral("office.db"));
        auto db = createDemo(file, QStringLiteral("small"), 3);
        QSqlQuery count(db->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM member WHERE status = 'active'")) && count.next());
        const qint64 memberRows = count.value(0).toLongLong();
        count.finish();
        const BackupShelf shelf(fresh(QStringLiteral("shelf")), file);
        QCOMPARE(shelf.health().state, BackupShelf::Health::State::None); // no folder yet, but one can be made
        int steps = 0;
        const auto taken = shelf.take(*db, [&](int done, int total) {
            ++steps;
            return done <= total;
        });
        QVERIFY2(taken, qPrintable(taken.error()));
        QVERIFY(steps >= 0);
        QCOMPARE(taken.value().members, memberRows); // active, as the overview counts them
        QCOMPARE(taken.value().members, qint64(Headline::read(*db).members));
        QVERIFY(taken.value().organisations > 100);
        QVERIFY(taken.value().ledgerItems > 1000);
        QVERIFY(QFile::exists(taken.value().path + QStringLiteral(".json")));
        QVERIFY(!QFile::exists(taken.value().path + QStringLiteral("-wal"))); // a file by itself
        const auto listed = shelf.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().path, taken.value().path);
        QCOMPARE(listed.first().members, taken.value().members);
        QCOMPARE(shelf.health().state, BackupShelf::Health::State::Fine);
        const auto later = shelf.health(QDateTime::currentDateTime().addDays(BackupShelf::warnAfterDays + 1));
        QCOMPARE(later.state, BackupShelf::Health::State::Old);
        QVERIFY2(later.warning.contains(QString::number(BackupShelf::warnAfterDays + 1)), qPrintable(later.warning));
        QCOMPARE(contents(taken.value().path), contents(file));
    }

    void theLastNAreKept()
    {
        const QString file = fresh(QStringLiteral("office.db"));
        auto db = createDemo(file, QStringLiteral("small"), 3);
        const BackupShelf shelf(fresh(QStringLiteral("shelf")), file, 3);
        QStringList taken;
        for (int i = 0; i < 5; ++i) {
            const auto entry = shelf.take(*db);
            QVERIFY2(entry, qPrintable(entry.error()));
            taken.append(entry.value().path);
        }
        const auto listed = shelf.list();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).path, taken.at(4));
        QCOMPARE(listed.at(2).path, taken.at(2));
        QCOMPARE(listed.at(1).path, taken.at(3));
        // The older ones are gone, file and record (a name may come again within the same second).
        QCOMPARE(QDir(shelf.folder()).entryList({QStringLiteral("*.db")}, QDir::Files).size(), 3);
        QCOMPARE(QDir(shelf.folder()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 3);
    }

    void halfCopiesAreNeverListedAndAreCleared()
    {
        const QString file = fresh(QStringLiteral("office.db"));
        auto db = createDemo(file, QStringLiteral("small"), 3);
        const QString folder = fresh(QStringLiteral("shelf"));
        const BackupShelf shelf(folder, file);
        QVERIFY(shelf.take(*db));
        const QString base = QFileInfo(file).completeBaseName();
        // What a killed backup leaves, a copy whose record is missing, a record of another size.
        const QString half = QDir(folder).filePath(QStringLiteral(".%1-20261203-101500.db.0badf00d.tmp").arg(base));
        QFile::copy(file, half);
        QFile::copy(file, QDir(folder).filePath(QStringLiteral("%1-20261201-090000.db").arg(base)));
        QFile::copy(file, QDir(folder).filePath(QStringLiteral("%1-20261130-090000.db").arg(base)));
        QVERIFY(FileOps::writeFile(QDir(folder).filePath(QStringLiteral("%1-20261130-090000.db.json").arg(base)),
                                   "{\"taken_at\":\"2026-11-30T09:00:00Z\",\"bytes\":12}"));
        QCOMPARE(shelf.list().size(), 1);
        QVERIFY(shelf.take(*db));
        QCOMPARE(shelf.list().size(), 2);
        QVERIFY(!QFile::exists(half));
    }

    void damagedAndForeignFilesAreRefused()
    {
        const QString file = fresh(QStringLiteral("office.db"));
        auto db = createDemo(file, QStringLiteral("small"), 3);
        const BackupShelf shelf(fresh(QStringLiteral("shelf")), file);
        const auto taken = shelf.take(*db);
        QVERIFY(taken);
        // Pages overwritten in the middle, as a failing USB stick returns them.
        const QString damaged = fresh(QStringLiteral("damaged.db"));
        QVERIFY(QFile::copy(taken.value().path, damaged));
        QFile bytes(damaged);
        QVERIFY(bytes.open(QIODevice::ReadWrite));
        bytes.seek(bytes.size() / 2 - (bytes.size() / 2) % 4096);
        bytes.write(QByteArray(3 * 4096, '\x5A'));
        bytes.close();
        auto verified = BackupShelf::verify(damaged);
        QVERIFY(!verified);
        QVERIFY2(verified.error().contains(QStringLiteral("damaged")) || verified.error().contains(QStringLiteral("malformed")),
                 qPrintable(verified.error()));
        // Some other program's SQLite file, and a text file.
        const QString foreign = fresh(QStringLiteral("foreign.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(foreign);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        verified = BackupShelf::verify(foreign);
        QVERIFY2(!verified && verified.error().contains(QStringLiteral("not a ZongHeng database")), qPrintable(verified.error()));
        const QString text = fresh(QStringLiteral("notes.db"));
        QVERIFY(FileOps::writeFile(text, "just some notes\n"));
        QVERIFY(!BackupShelf::verify(text));
        // Restoring any of them changes nothing.
        db.reset();
        const QByteArray before = fingerprint(file);
        for (const QString &bad : {damaged, foreign, text, fresh(QStringLiteral("nowhere.db"))}) {
            const auto restored = BackupShelf::restore(bad, file);
            QVERIFY(!restored);
            QVERIFY2(restored.error().startsWith(QStringLiteral("Nothing was restored")), qPrintable(restored.error()));
        }
        QCOMPARE(fingerprint(file), before);
    }

    void restoreGivesBackTheBackupAndKeepsTheCurrentFileAside()
    {
        const QString file = fresh(QStringLiteral("office.db"));
        auto db = createDemo(file, QStringLiteral("small"), 3);
        const BackupShelf shelf(fresh(QStringLiteral("shelf")), file);
        const auto taken = shelf.take(*db);
        QVERIFY(taken);
        const auto backedUp = contents(taken.value().path);
        // Work after the backup: a member added.
        MemberService members(*db);
        Member m = *members.repository().find(members.repository().page({}, MemberSort::Entered, std::nullopt, 1).first().id);
        m.id = 0;
        m.version = 0;
        m.name = QStringLiteral("备份后新增");
        m.idNumber.clear();
        m.birthDate = QDate(1977, 7, 7);
        QVERIFY(members.add(m));
        const int afterWork = Headline::read(*db).members;

        // Open for writing: refused, nothing changed.
        auto refused = BackupShelf::restore(taken.value().path, file);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("already open for writing")), qPrintable(refused.error()));

        db.reset();
        const auto current = contents(file);
        const auto restored = BackupShelf::restore(taken.value().path, file);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(contents(file), backedUp);
        QVERIFY(QFile::exists(restored.value()));
        QCOMPARE(contents(restored.value()), current); // the work after the backup is not lost
        auto reopened = Database::open(file, Database::Access::ReadWrite);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(Headline::read(*reopened.value()).members, afterWork - 1);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "test_backups.moc"
