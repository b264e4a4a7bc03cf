// Commands on a desk file's automatic backups: backup now, backup list, restore.

#include "CliCommand.h"
#include "store/BackupShelf.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};

/// The shelf of the --db file: the folder of --folder, else the one of the settings.
BackupShelf shelfOf(const CliContext &context)
{
    const QString folder = context.parser.value(QStringLiteral("folder"));
    return folder.isEmpty() ? BackupShelf::configured(context.databasePath)
                            : BackupShelf(folder, context.databasePath, BackupShelf::configuredKeep());
}

QString describe(const BackupShelf::Entry &entry)
{
    return BackupCommands::tr("%1  %2  %3 MB  %4 organisations, %5 members, %6 ledger items")
        .arg(entry.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QDir::toNativeSeparators(entry.path))
        .arg(double(entry.bytes) / (1 << 20), 0, 'f', 1)
        .arg(entry.organisations)
        .arg(entry.members)
        .arg(entry.ledgerItems);
}

int backupNow(CliContext &context)
{
    const auto taken = shelfOf(context).take(*context.database);
    if (!taken)
        return context.fail(taken.error());
    context.out << BackupCommands::tr("Backup taken and verified: %1").arg(describe(taken.value())) << '\n';
    return CliExit::ok;
}

int backupList(CliContext &context)
{
    const BackupShelf shelf = shelfOf(context);
    const QList<BackupShelf::Entry> entries = shelf.list();
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BackupShelf::Entry &entry : entries) {
            array.append(QJsonObject{{QStringLiteral("file"), entry.path},
                                     {QStringLiteral("taken_at"), entry.takenAt.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("bytes"), entry.bytes},
                                     {QStringLiteral("organisations"), entry.organisations},
                                     {QStringLiteral("members"), entry.members},
                                     {QStringLiteral("ledger_items"), entry.ledgerItems}});
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CliExit::ok;
    }
    if (entries.isEmpty())
        context.out << BackupCommands::tr("No backups of %1 in %2.").arg(QDir::toNativeSeparators(context.databasePath), QDir::toNativeSeparators(shelf.folder()))
                    << '\n';
    for (const BackupShelf::Entry &entry : entries)
        context.out << describe(entry) << '\n';
    if (const BackupShelf::Health health = shelf.health(); !health.warning.isEmpty())
        context.err << health.warning << '\n';
    return CliExit::ok;
}

int restore(CliContext &context)
{
    const QString backup = context.parser.positionalArguments().value(0);
    if (context.databasePath.startsWith(QLatin1String("postgresql:")))
        return context.fail(BackupCommands::tr("A database on a server is restored by the server's own tools (pg_restore)."));
    const auto restored = BackupShelf::restore(backup, context.databasePath);
    if (!restored)
        return context.fail(restored.error());
    if (!restored.value().isEmpty())
        context.out << BackupCommands::tr("The database as it was is kept as %1.").arg(QDir::toNativeSeparators(restored.value())) << '\n';
    context.out << BackupCommands::tr("%1 restored from %2.").arg(QDir::toNativeSeparators(context.databasePath), QDir::toNativeSeparators(backup)) << '\n';
    return CliExit::ok;
}

} // namespace

QList<CliCommand> backupCommands()
{
    const QCommandLineOption folder(QStringLiteral("folder"), BackupCommands::tr("The backup folder (default: the one chosen in the settings)."),
                                    QStringLiteral("DIR"));
    return {
        {{QStringLiteral("backup"), QStringLiteral("now")},
         BackupCommands::tr("Take an automatic backup now: copied, verified, the oldest beyond the number kept dropped."),
         CliCommand::Opens::ForReading,
         {folder},
         {},
         backupNow},
        {{QStringLiteral("backup"), QStringLiteral("list")},
         BackupCommands::tr("List the verified automatic backups of the database, newest first."),
         CliCommand::Opens::Nothing,
         {folder, {QStringLiteral("json"), BackupCommands::tr("As JSON.")}},
         {},
         backupList},
        {{QStringLiteral("restore")},
         BackupCommands::tr("Replace the database of --db by a backup (verified first; the current file is kept aside)."),
         CliCommand::Opens::Nothing,
         {},
         {QStringLiteral("FILE")},
         restore},
    };
}
