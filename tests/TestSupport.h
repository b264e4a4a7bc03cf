#pragma once

// Helpers shared by the tests: fresh databases in temporary folders, file fingerprints.

#include "app/Workspace.h"
#include "cobuild/AgreementService.h"
#include "cobuild/UnitService.h"
#include "demo/DemoGenerator.h"
#include "org/OrgService.h"
#include "store/Database.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TestSupport {

inline QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Where the test's database named path is: the file itself, or — when the tests run on the
/// server engine (TestServer::isEngine) — a fresh database on the test server, the same one for
/// every later call with the same path.
inline QString databaseAt(const QString &path)
{
    if (!TestServer::isEngine())
        return path;
    static QHash<QString, QString> addresses;
    auto found = addresses.find(path);
    if (found == addresses.end())
        found = addresses.insert(path, TestServer::freshDatabase());
    return found.value();
}

/// Skips the test on the server engine: what it checks belongs to a file (its bytes, its lock,
/// its backups).
#define SKIP_ON_SERVER(why)                                                                         \
    if (TestServer::isEngine())                                                                    \
        QSKIP(why);

inline std::unique_ptr<Database> createDatabase(const QString &path)
{
    auto created = Database::create(databaseAt(path));
    if (!created)
        qFatal("cannot create a test database: %s", qPrintable(created.error()));
    return std::move(created.value());
}

/// A new database filled with a demo profile, deterministic for the seed.
inline std::unique_ptr<Database> createDemo(const QString &path, const QString &profile, std::uint64_t seed,
                                           const QDate &asOf = QDate(2026, 11, 20))
{
    auto db = createDatabase(path);
    DemoGenerator::Options options;
    options.profile = profile;
    options.seed = seed;
    options.asOf = asOf;
    if (const Outcome done = DemoGenerator::run(*db, options); !done)
        qFatal("cannot generate the demo data: %s", qPrintable(done.error()));
    return db;
}

inline std::unique_ptr<Workspace> createWorkspace(const QString &path)
{
    auto created = Workspace::create(databaseAt(path));
    if (!created)
        qFatal("cannot create a test workspace: %s", qPrintable(created.error()));
    return std::move(created.value());
}

/// Adds an organisation and fails the test when refused.
inline qint64 add(OrgService &service, qint64 parentId, OrgKind kind, const QString &name)
{
    Organisation org;
    org.parentId = parentId;
    org.kind = kind;
    org.name = name;
    const auto id = service.add(org);
    if (!id)
        qFatal("cannot add %s: %s", qPrintable(name), qPrintable(id.error()));
    return id.value();
}

/// A school of orgId's area and a co-building agreement with it, 2026 to 2027; the agreement's
/// number. Fails the test when refused.
inline qint64 addAgreement(Workspace &workspace, qint64 orgId, const QString &unitName = QStringLiteral("市第一中学"))
{
    Unit u;
    u.orgId = orgId;
    u.name = unitName;
    u.type = UnitType::School;
    const auto unit = workspace.units().add(u);
    if (!unit)
        qFatal("cannot add the unit %s: %s", qPrintable(unitName), qPrintable(unit.error()));
    Agreement a;
    a.orgId = orgId;
    a.unitId = unit.value();
    a.signedOn = QDate(2026, 1, 1);
    a.endsOn = QDate(2027, 12, 31);
    const auto agreement = workspace.agreements().add(a);
    if (!agreement)
        qFatal("cannot sign the agreement: %s", qPrintable(agreement.error()));
    return agreement.value();
}

/// Compares actual with the golden file tests/golden/NAME, as committed. With the environment
/// variable ZONGHENG_UPDATE_GOLDEN=1 it writes the file instead (review the difference before
/// committing it): golden files change only on purpose.
inline void compareWithGolden(const QString &name, const QByteArray &actual)
{
    const QString path = QStringLiteral(ZONGHENG_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariable("ZONGHENG_UPDATE_GOLDEN") == QLatin1String("1")) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        out.write(actual);
        qWarning("golden file %s written", qPrintable(path));
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("%1 is missing; make it with ZONGHENG_UPDATE_GOLDEN=1").arg(path)));
    const QList<QByteArray> expected = file.readAll().split('\n');
    const QList<QByteArray> lines = actual.split('\n');
    for (qsizetype i = 0; i < std::max(expected.size(), lines.size()); ++i) {
        const QByteArray want = expected.value(i);
        const QByteArray got = lines.value(i);
        QVERIFY2(want == got, qPrintable(QStringLiteral("%1, line %2:\n  golden: %3\n  now:    %4")
                                             .arg(name)
                                             .arg(i + 1)
                                             .arg(QString::fromUtf8(want), QString::fromUtf8(got))));
    }
}

} // namespace TestSupport
