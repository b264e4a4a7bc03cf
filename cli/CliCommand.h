#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
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
    /// The value of a YYYY-MM-DD option (years 1900–2100): true with *date set, or untouched when
    /// the option is not given; false (with a message naming the option) when malformed.
    bool dateOption(const QString &name, QDate *date) const;
    /// The value of a whole-number option within [min, max], as dateOption.
    bool numberOption(const QString &name, qint64 min, qint64 max, qint64 *value) const;
    /// A whole number within [min, max] written in text (an argument, or part of one); what names
    /// it in the message ("the item's number").
    bool number(const QString &text, const QString &what, qint64 min, qint64 max, qint64 *value) const;
    /// The organisation of the --org option (an id or a path as `org list` prints it): 0 when the
    /// option is not given; false (with a message) when there is no such organisation.
    bool orgOption(qint64 *orgId) const;
    /// The scope and period a figures command asks for: --org, --from, --to, and the day they are
    /// judged on (--to when it has passed, else today).
    struct Period
    {
        qint64 orgId = 0;
        QDate from;
        QDate to;
        QDate asOf;
    };
    /// Reads them into *period; the exit code when one is wrong, else nullopt.
    std::optional<int> periodOptions(Period *period) const;
    /// An organisation given as an id or as the path `org list` prints; nullopt when none is.
    std::optional<qint64> findOrganisation(const QString &text) const;
    /// The organisation an option names; nullopt (with a message naming the option) when none.
    std::optional<qint64> organisationOption(const QString &name) const;
    /// The key=N pairs of a --set option (weights), each key one of keys: *values updated; false
    /// (with a message naming the pair) when one is not.
    bool keyNumbers(const QString &name, const QStringList &keys, QHash<QString, int> *values) const;
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
QList<CliCommand> handlingCommands();
QList<CliCommand> gridStaffCommands();
QList<CliCommand> guaranteeCommands();
QList<CliCommand> reviewCommands();
QList<CliCommand> cobuildCommands();
QList<CliCommand> activityCommands();
QList<CliCommand> reportCommands();
QList<CliCommand> keyCommands();
QList<CliCommand> backupCommands();
