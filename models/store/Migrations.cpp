#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Migrations {

QList<Migration> builtIn()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
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
            if (list.at(i).version != i + 1)
                qFatal("built-in migrations must be numbered 1, 2, 3, ... without gaps");
        }
        return list;
    }();
    return migrations;
}

int latestVersion()
{
    return int(builtIn().size());
}

} // namespace Migrations
