// Messages a clerk understands when the file's place fails: a full disk, a read-only folder, a
// file no longer there (a USB stick taken out), a database another program holds locked — on
// real small file systems (tmpfs, mounted by the test: it needs root, as CI has), in Chinese,
// saying what to do, and with nothing saved before lost.

#include "TestSupport.h"

#include "core/Language.h"
#include "org/OrgRepository.h"
#include "store/BackupShelf.h"
#include "store/FilePlace.h"
#include "store/Maintenance.h"
#include "store/StoreHealth.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>

#include <unistd.h>

using namespace TestSupport;

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

/// Fills the file system of folder to the last byte; the ballast's path.
QString fillUp(const QString &folder)
{
    const QString ballast = folder + QStringLiteral("/ballast");
    QFile file(ballast);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the ballast");
    const QByteArray block(64 * 1024, 'x');
    while (file.write(block) == block.size()) {
    }
    const QByteArray byte(1, 'x');
    while (file.write(byte) == 1 && file.flush()) {
    }
    file.close();
    return ballast;
}

/// An organisation's draft under parent.
Organisation draft(qint64 parent, OrgKind kind, const QString &name)
{
    Organisation org;
    org.parentId = parent;
    org.kind = kind;
    org.name = name;
    return org;
}

} // namespace

class TestFilePlaces : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mount;

    /// A fresh tmpfs of size (e.g. "1500k") at the test's mount point.
    bool mountSmall(const QString &size)
    {
        run(QStringLiteral("umount"), {m_mount});
        return run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=") + size,
                                             QStringLiteral("tmpfs"), m_mount});
    }

    /// A small office's database on the mount: the district, a sub-district, one community.
    QString smallDatabase()
    {
        const QString path = m_mount + QStringLiteral("/office.db");
        auto db = createDatabase(path);
        OrgService orgs(*db);
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        add(orgs, add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道")), OrgKind::Community, QStringLiteral("龙狮桥社区"));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SKIP_ON_SERVER("these are a desk file's places");
        if (geteuid() != 0)
            QSKIP("mounting the small file systems needs root (CI runs the tests as root)");
        m_mount = m_dir.filePath(QStringLiteral("stick"));
        QVERIFY(QDir().mkpath(m_mount));
        if (!mountSmall(QStringLiteral("4m")))
            QSKIP("tmpfs cannot be mounted here");
        Language::apply(QStringLiteral("zh_CN"));
    }

    void cleanupTestCase()
    {
        Language::apply(QStringLiteral("en"));
        if (!m_mount.isEmpty())
            run(QStringLiteral("umount"), {m_mount});
    }

    void aFullDiskIsSaidAndNothingIsLost()
    {
        QVERIFY(mountSmall(QStringLiteral("1500k")));
        const QString path = smallDatabase();
        auto opened = Database::open(path, Database::Access::ReadWrite);
        QVERIFY2(opened, qPrintable(opened.error()));
        auto db = std::move(opened.value());
        OrgService orgs(*db);
        const qint64 community = *OrgRepository(*db).findByPath(QStringLiteral("迎江区/新河路街道/龙狮桥社区"));
        const QString ballast = fillUp(m_mount);
        QCOMPARE(FilePlace::of(path), FilePlace::State::Full);
        // Enough new grids to need new pages: one of them is refused.
        Result<qint64> added = qint64(0);
        for (int i = 1; i <= 400 && added; ++i)
            added = orgs.add(draft(community, OrgKind::Grid, QStringLiteral("第%1网格（%2）").arg(i).arg(QString(40, QChar(0x7F51)))));
        QVERIFY(!added);
        QVERIFY2(added.error().contains(QStringLiteral("已满")) && added.error().contains(QStringLiteral("腾出空间")),
                 qPrintable(added.error()));
        QVERIFY2(!added.error().contains(QStringLiteral("database or disk is full")), qPrintable(added.error()));
        const int kept = int(OrgRepository(*db).children(community, true).size());
        db.reset();
        // Room again: the database is sound, everything saved before is there, and saving works.
        QVERIFY(QFile::remove(ballast));
        auto again = Database::open(path, Database::Access::ReadWrite);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(Maintenance::check(*again.value()), QStringList());
        QCOMPARE(int(OrgRepository(*again.value()).children(community, true).size()), kept);
        OrgService later(*again.value());
        QVERIFY(later.add(draft(community, OrgKind::Grid, QStringLiteral("腾出空间后"))));
    }

    void aFullDiskAtOpeningIsNotCalledDamage()
    {
        QVERIFY(mountSmall(QStringLiteral("1500k")));
        const QString path = smallDatabase();
        const QByteArray before = fingerprint(path);
        fillUp(m_mount);
        auto opened = Database::open(path, Database::Access::ReadWrite);
        QVERIFY(!opened);
        QVERIFY2(!opened.error().contains(QStringLiteral("损坏")), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QStringLiteral("已满")), qPrintable(opened.error()));
        QCOMPARE(fingerprint(path), before);
    }

    void aReadOnlyFolderIsSaid()
    {
        QVERIFY(mountSmall(QStringLiteral("4m")));
        const QString path = smallDatabase();
        const QByteArray before = fingerprint(path);
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}));
        const auto writable = qScopeGuard([&] { run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"), m_mount}); });
        QCOMPARE(FilePlace::of(path), FilePlace::State::ReadOnly);
        auto opened = Database::open(path, Database::Access::ReadWrite);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("无法写入")) && opened.error().contains(QStringLiteral("复制到")), qPrintable(opened.error()));
        QCOMPARE(fingerprint(path), before);
    }

    void aFileNoLongerThereIsSaid()
    {
        QVERIFY(mountSmall(QStringLiteral("4m")));
        const QString path = smallDatabase();
        auto opened = Database::open(path, Database::Access::ReadWrite);
        QVERIFY(opened);
        // The stick taken out: the mount goes (lazily: the open file lives on), the path with it.
        QVERIFY(run(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount}));
        QCOMPARE(FilePlace::of(path), FilePlace::State::Gone);
        // What SQLite says then, a disk I/O error, is told as the stick's absence.
        const QSqlError io(QStringLiteral("disk I/O error"), QStringLiteral("Unable to fetch row"), QSqlError::StatementError,
                           QStringLiteral("10"));
        const QString said = StoreHealth::describe(io);
        QVERIFY2(said.contains(QStringLiteral("U 盘")) && said.contains(QDir::toNativeSeparators(path)), qPrintable(said));
        opened.value().reset();
        QVERIFY(mountSmall(QStringLiteral("4m")));
    }

    void aFullBackupStickIsSaid()
    {
        QVERIFY(mountSmall(QStringLiteral("1m")));
        const QString file = m_dir.filePath(QStringLiteral("office-on-disk.db"));
        auto db = createDemo(file, QStringLiteral("small"), 3); // 5 MB: more than the stick holds
        const BackupShelf shelf(m_mount + QStringLiteral("/backups"), file);
        const auto taken = shelf.take(*db);
        QVERIFY(!taken);
        QVERIFY2(taken.error().contains(QStringLiteral("已满")), qPrintable(taken.error()));
        QVERIFY(shelf.list().isEmpty());
        const QStringList left = QDir(m_mount + QStringLiteral("/backups")).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' ')))); // no half copy left
    }

    void aDatabaseLockedByAnotherProgramIsSaid()
    {
        QVERIFY(mountSmall(QStringLiteral("4m")));
        const QString path = smallDatabase();
        auto opened = Database::open(path, Database::Access::ReadWrite);
        QVERIFY(opened);
        // Another program (DB Browser, the sqlite3 shell) holds the write lock.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            OrgService orgs(*opened.value());
            const auto added = orgs.add(draft(*OrgRepository(*opened.value()).findByPath(QStringLiteral("迎江区/新河路街道/龙狮桥社区")),
                                              OrgKind::Grid, QStringLiteral("被锁住")));
            QVERIFY(!added);
            QVERIFY2(added.error().contains(QStringLiteral("正忙")) && added.error().contains(QStringLiteral("关闭")), qPrintable(added.error()));
            hold.exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    }
};

QTEST_GUILESS_MAIN(TestFilePlaces)
#include "test_fileplaces.moc"
