#pragma once

// Helpers shared by the tests: fresh databases in temporary folders, file fingerprints.

#include "app/Workspace.h"
#include "demo/DemoGenerator.h"
#include "org/OrgService.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
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

inline std::unique_ptr<Database> createDatabase(const QString &path)
{
    auto created = Database::create(path);
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
    auto created = Workspace::create(path);
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

} // namespace TestSupport
