#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Migrations {

namespace {

/// The migration files of a resource folder in the order of their numbers, which must follow on
/// from first without gaps.
QList<Migration> readFolder(const QString &folder, int first)
{
    QList<Migration> list;
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    const QDir dir(folder);
    const auto entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the built-in migration %s", qPrintable(entry));
        list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).version != first + i)
            qFatal("the migrations in %s must be numbered on from %d without gaps", qPrintable(folder), first);
    }
    return list;
}

} // namespace

QList<Migration> builtIn()
{
    static const QList<Migration> migrations = readFolder(QStringLiteral(":/migrations"), 1);
    return migrations;
}

QList<Migration> server()
{
    static const QList<Migration> migrations = readFolder(QStringLiteral(":/migrations/postgresql"), 9);
    return migrations;
}

int latestVersion()
{
    return int(builtIn().size());
}

} // namespace Migrations
