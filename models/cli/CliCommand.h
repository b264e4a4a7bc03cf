#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class Database;

/// What a command gets to work with: its parsed options, the open database, and the streams.
struct CliContext
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QString databasePath;
    Database *database = nullptr; ///< open as the command asked; null for commands that open it themselves

    /// Prints a message to stderr and returns the exit code of a refusal.
    int fail(const QString &message) const;
    /// Prints a usage problem to stderr and returns the exit code of a usage error.
    int usage(const QString &message) const;
    /// The value of a YYYY-MM-DD option, or a null date (with a message) when malformed.
    bool dateOption(const QString &name, QDate *date) const;
    /// The organisation of the --org option (an id or a path as `org list` prints it): 0 when the
    /// option is not given; false (with a message) when there is no such organisation.
    bool orgOption(qint64 *orgId) const;
};

/// One command of `zongheng-cli`, such as `org list`.
struct CliCommand
{
    enum class Opens {
        Nothing,   ///< the command opens or creates the file itself
        ForReading,
        ForWriting ///< takes the writer lock
    };

    QStringList words; ///< {"org", "list"}
    QString summary;
    Opens opens = Opens::ForReading;
    QList<QCommandLineOption> options;
    QStringList positionals; ///< names of required positional arguments
    std::function<int(CliContext &)> run;
};

namespace CliExit {
inline constexpr int ok = 0;
inline constexpr int refused = 1;
inline constexpr int usage = 2;
} // namespace CliExit

/// The commands of each area, registered with the runner.
QList<CliCommand> storeCommands();
QList<CliCommand> orgCommands();
QList<CliCommand> memberCommands();
QList<CliCommand> ledgerCommands();
QList<CliCommand> cobuildCommands();
QList<CliCommand> reportCommands();
