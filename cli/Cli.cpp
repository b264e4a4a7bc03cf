#include "Cli.h"

#include "CliCommand.h"
#include "core/Language.h"
#include "core/IsoDate.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/SqliteLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace {

/// Translation context of the texts in this file.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)
};

const QList<CliCommand> &commands()
{
    static const QList<CliCommand> all = storeCommands() + orgCommands() + memberCommands() + ledgerCommands() + handlingCommands() + gridStaffCommands() + guaranteeCommands() + reviewCommands() + cobuildCommands() + activityCommands() + reportCommands()
                                         + keyCommands() + backupCommands();
    return all;
}

void printUsage(QTextStream &out)
{
    out << CliRunner::tr("Usage: zongheng-cli [--db FILE] [--lang zh_CN|en] COMMAND [OPTIONS]") << '\n' << '\n' << CliRunner::tr("Commands:") << '\n';
    for (const CliCommand &command : commands()) {
        QString line = command.words.join(QLatin1Char(' '));
        for (const QString &positional : command.positionals)
            line += QLatin1Char(' ') + positional;
        out << "  " << line.leftJustified(22) << ' ' << command.summary << '\n';
    }
    out << '\n' << CliRunner::tr("Every command takes --db FILE or --db postgresql://USER@HOST:PORT/DATABASE (default: %1) and --help.").arg(QDir::toNativeSeparators(Database::defaultPath()))
        << '\n'
        << CliRunner::tr("--lang zh_CN|en: the language of messages, reports and workbooks for this run (default: the one chosen in the settings, else the system's if it is Chinese or English, else Chinese).")
        << '\n';
}

/// Takes an option every command has (--db FILE / --db=FILE, --lang CODE) out of the arguments
/// wherever it stands; the last one given counts.
QString extractGlobal(QStringList &args, const QString &name, bool *malformed)
{
    const QString option = QStringLiteral("--") + name;
    const QString joined = option + QLatin1Char('=');
    QString value;
    for (int i = 0; i < args.size();) {
        const QString &arg = args.at(i);
        if (arg == option) {
            if (i + 1 >= args.size()) {
                *malformed = true;
                return {};
            }
            value = args.at(i + 1);
            args.remove(i, 2);
        } else if (arg.startsWith(joined)) {
            value = arg.mid(joined.size());
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    return value;
}

} // namespace

int CliContext::fail(const QString &message) const
{
    err << message << '\n';
    err.flush();
    return CliExit::refused;
}

int CliContext::usage(const QString &message) const
{
    err << message << '\n' << CliRunner::tr("See --help.") << '\n';
    err.flush();
    return CliExit::usage;
}

bool CliContext::dateOption(const QString &name, QDate *date) const
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    const auto parsed = IsoDate::parse(text);
    if (!parsed) {
        err << CliRunner::tr("--%1: %2.").arg(name, IsoDate::problem(text)) << '\n';
        return false;
    }
    *date = *parsed;
    return true;
}

bool CliContext::number(const QString &text, const QString &what, qint64 min, qint64 max, qint64 *value) const
{
    // Digits only: toLongLong would also take "+5", " 5", "0x10" or full-width digits.
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,18}$"));
    bool ok = digits.match(text).hasMatch();
    const qint64 parsed = ok ? text.toLongLong(&ok) : 0;
    if (!ok || parsed < min || parsed > max) {
        err << CliRunner::tr("%1 must be a whole number from %2 to %3, not \"%4\".").arg(what).arg(min).arg(max).arg(text) << '\n';
        return false;
    }
    *value = parsed;
    return true;
}

bool CliContext::numberOption(const QString &name, qint64 min, qint64 max, qint64 *value) const
{
    if (!parser.isSet(name))
        return true;
    return number(parser.value(name), QStringLiteral("--") + name, min, max, value);
}

std::optional<qint64> CliContext::findOrganisation(const QString &text) const
{
    const OrgRepository orgs(*database);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (digits.match(text).hasMatch()) {
        const qint64 id = text.toLongLong();
        return orgs.node(id) ? std::optional<qint64>(id) : std::nullopt;
    }
    return orgs.findByPath(text);
}

std::optional<qint64> CliContext::organisationOption(const QString &name) const
{
    const QString text = parser.value(name);
    const auto found = findOrganisation(text);
    if (!found)
        fail(CliRunner::tr("--%1: there is no organisation \"%2\".").arg(name, text));
    return found;
}

bool CliContext::keyNumbers(const QString &name, const QStringList &keys, QHash<QString, int> *values) const
{
    for (const QString &pair : parser.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0).trimmed();
        bool good = false;
        const int value = pair.section(QLatin1Char('='), 1).trimmed().toInt(&good);
        if (!keys.contains(key) || !good) {
            usage(CliRunner::tr("--%1 takes %2; \"%3\" is not one.")
                      .arg(name, keys.join(QStringLiteral("=N,")) + QStringLiteral("=N"), pair.left(40)));
            return false;
        }
        values->insert(key, value);
    }
    return true;
}

bool CliContext::orgOption(qint64 *orgId) const
{
    *orgId = 0;
    if (!parser.isSet(QStringLiteral("org")))
        return true;
    const auto found = organisationOption(QStringLiteral("org"));
    if (!found)
        return false;
    *orgId = *found;
    return true;
}

std::optional<int> CliContext::periodOptions(Period *period) const
{
    if (!dateOption(QStringLiteral("from"), &period->from) || !dateOption(QStringLiteral("to"), &period->to))
        return CliExit::usage;
    if (!orgOption(&period->orgId))
        return CliExit::refused;
    period->asOf = period->to.isValid() ? std::min(period->to, QDate::currentDate()) : QDate::currentDate();
    return std::nullopt;
}

namespace Cli {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments.mid(1);
    bool malformed = false;
    const QString language = extractGlobal(args, QStringLiteral("lang"), &malformed);
    if (malformed || (!language.isEmpty() && !Language::available().contains(language))) {
        err << CliRunner::tr("--lang takes %1, not \"%2\".").arg(Language::available().join(QLatin1Char('|')), language) << '\n';
        return CliExit::usage;
    }
    if (!language.isEmpty())
        Language::apply(language); // over the settings' choice, for this run
    QString databasePath = extractGlobal(args, QStringLiteral("db"), &malformed);
    if (malformed) {
        err << CliRunner::tr("--db needs a file name or a server's address.") << '\n';
        return CliExit::usage;
    }
    if (databasePath.isEmpty())
        databasePath = Database::defaultPath();

    // The command is the longest run of leading words that names one.
    const CliCommand *command = nullptr;
    for (const CliCommand &candidate : commands()) {
        const qsizetype n = candidate.words.size();
        if (args.size() >= n && args.mid(0, n) == candidate.words && (!command || n > command->words.size()))
            command = &candidate;
    }
    if (!command) {
        if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
            || args.first() == QLatin1String("help")) {
            printUsage(out);
            return args.isEmpty() ? CliExit::usage : CliExit::ok;
        }
        err << CliRunner::tr("Unknown command \"%1\".").arg(args.join(QLatin1Char(' '))) << '\n';
        printUsage(err);
        return CliExit::usage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addHelpOption();
    parser.addOptions(command->options);
    for (const QString &positional : command->positionals)
        parser.addPositionalArgument(positional, positional);
    const QStringList rest = QStringList{arguments.value(0)} + args.mid(command->words.size());
    if (!parser.parse(rest)) {
        err << parser.errorText() << '\n';
        return CliExit::usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return CliExit::ok;
    }
    // A last argument named "FILE..." takes one or more.
    const bool variadic = !command->positionals.isEmpty() && command->positionals.last().endsWith(QLatin1String("..."));
    const qsizetype given = parser.positionalArguments().size();
    if (variadic ? given < command->positionals.size() : given != command->positionals.size()) {
        err << CliRunner::tr("%1 expects %2 argument(s): %3")
                   .arg(command->words.join(QLatin1Char(' ')))
                   .arg(command->positionals.size())
                   .arg(command->positionals.join(QLatin1Char(' ')))
            << '\n';
        return CliExit::usage;
    }

    CliContext context{parser, out, err, databasePath, nullptr};
    std::unique_ptr<Database> database;
    if (command->opens != CliCommand::Opens::Nothing) {
        if (const Outcome library = SqliteLibrary::verify(); !library)
            return context.fail(library.error());
        const auto access = command->opens == CliCommand::Opens::ForWriting ? Database::Access::ReadWrite
                                                                           : Database::Access::ReadOnly;
        // A reading command reads once and ends: a large page cache would only cost page faults.
        if (access == Database::Access::ReadOnly)
            Database::setCacheSize(Schema::oneShotCacheSizeKib);
        auto opened = Database::open(databasePath, access);
        if (!opened)
            return context.fail(opened.error());
        database = std::move(opened.value());
        context.database = database.get();
    }
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace Cli
