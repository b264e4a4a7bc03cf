// Commands on signing keys: keys show, keys export, keys rotate; at a district keys add, keys
// list, keys retire.

#include "CliCommand.h"

#include "store/Database.h"
#include "trust/KeyService.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class KeyCommands
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)
};

int show(CliContext &context)
{
    const KeyService keys(*context.database);
    const auto key = keys.own();
    if (!key)
        return context.fail(key.error());
    context.out << KeyCommands::tr("Fingerprint: %1").arg(key.value().fingerprint) << '\n'
                << KeyCommands::tr("Made: %1").arg(key.value().createdAt) << '\n'
                << KeyCommands::tr("Sends as: %1").arg(keys.ownSenders().join(QStringLiteral(", "))) << '\n';
    if (!key.value().previousPublic.isEmpty())
        context.out << KeyCommands::tr("Replaces the key %1, which signed over it.").arg(SigningKey::fingerprintOf(key.value().previousPublic))
                    << '\n';
    return CliExit::ok;
}

int exportKey(CliContext &context)
{
    const QString out = context.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(KeyCommands::tr("keys export needs --out FILE."));
    const KeyService keys(*context.database);
    if (const Outcome done = keys.exportKeyFile(out); !done)
        return context.fail(done.error());
    context.out << KeyCommands::tr("The key %1 written to %2; give it to the district and read them the fingerprint.")
                       .arg(keys.own().value().fingerprint, QDir::toNativeSeparators(out))
                << '\n';
    return CliExit::ok;
}

int rotate(CliContext &context)
{
    KeyService keys(*context.database);
    const QString before = keys.own() ? keys.own().value().fingerprint : QString();
    const auto fresh = keys.rotate();
    if (!fresh)
        return context.fail(fresh.error());
    context.out << KeyCommands::tr("New key %1 replaces %2 and carries its signature: the district takes it with the next package.")
                       .arg(fresh.value().fingerprint, before)
                << '\n';
    return CliExit::ok;
}

int add(CliContext &context)
{
    const QStringList senders = context.parser.values(QStringLiteral("for"));
    if (senders.isEmpty())
        return context.usage(KeyCommands::tr("keys add needs --for PATH, the sender the key is for (迎江区/新河路街道); "
                                             "give --for again for each sender that sends with the same key."));
    const auto file = KeyFile::read(context.parser.positionalArguments().value(0));
    if (!file)
        return context.fail(file.error());
    KeyService keys(*context.database);
    const auto registered = keys.registerFile(file.value(), senders);
    if (!registered)
        return context.fail(registered.error());
    for (const QString &line : registered.value().replaced)
        context.out << line << '\n';
    context.out << (registered.value().endorsed
                        ? KeyCommands::tr("The key %1 is registered for %2; the key it replaces signed over it.")
                        : KeyCommands::tr("The key %1 is registered for %2. Confirm the fingerprint with the sender's clerk by phone."))
                       .arg(registered.value().fingerprint, registered.value().senders.join(QStringLiteral(", ")))
                << '\n';
    return CliExit::ok;
}

int list(CliContext &context)
{
    const KeyService keys(*context.database);
    const auto entries = keys.registry().entries();
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SenderRegistry::Entry &entry : entries)
            array.append(QJsonObject{{QStringLiteral("sender"), entry.sender},
                                     {QStringLiteral("fingerprint"), entry.fingerprint},
                                     {QStringLiteral("registered_at"), entry.registeredAt},
                                     {QStringLiteral("how"), entry.how},
                                     {QStringLiteral("retired_at"), entry.retiredAt.isEmpty() ? QJsonValue() : QJsonValue(entry.retiredAt)},
                                     {QStringLiteral("current"), entry.isCurrent()}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CliExit::ok;
    }
    for (const SenderRegistry::Entry &entry : entries)
        context.out << entry.sender << '\t' << entry.fingerprint << '\t' << entry.registeredAt.left(10) << '\t'
                    << (entry.isCurrent() ? KeyCommands::tr("current") : KeyCommands::tr("retired %1").arg(entry.retiredAt.left(10)))
                    << '\n';
    return CliExit::ok;
}

int retire(CliContext &context)
{
    KeyService keys(*context.database);
    const QString fingerprint = context.parser.positionalArguments().value(0);
    const auto retired = keys.registry().retire(fingerprint, context.parser.value(QStringLiteral("for")));
    if (!retired)
        return context.fail(retired.error());
    context.out << KeyCommands::tr("The key %1 is retired (%Ln registration(s)); packages signed with it are refused from now on.", nullptr,
                                   retired.value())
                       .arg(fingerprint)
                << '\n';
    return CliExit::ok;
}

} // namespace

QList<CliCommand> keyCommands()
{
    return {
        {{QStringLiteral("keys"), QStringLiteral("show")},
         KeyCommands::tr("Show this office's signing key and its fingerprint."),
         CliCommand::Opens::ForReading,
         {},
         {},
         show},
        {{QStringLiteral("keys"), QStringLiteral("export")},
         KeyCommands::tr("Write this office's public key to a file for the district (nothing secret in it)."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("out"), KeyCommands::tr("The key file to write."), QStringLiteral("FILE")}},
         {},
         exportKey},
        {{QStringLiteral("keys"), QStringLiteral("rotate")},
         KeyCommands::tr("Replace this office's key with a new one that the old one signs over."),
         CliCommand::Opens::ForWriting,
         {},
         {},
         rotate},
        {{QStringLiteral("keys"), QStringLiteral("add")},
         KeyCommands::tr("Register a sender's key file at the district."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("for"), KeyCommands::tr("The sender's path (迎江区/新河路街道); once per sender."), QStringLiteral("PATH")}},
         {QStringLiteral("FILE")},
         add},
        {{QStringLiteral("keys"), QStringLiteral("list")},
         KeyCommands::tr("List the senders' keys registered at the district."),
         CliCommand::Opens::ForReading,
         {{QStringLiteral("json"), KeyCommands::tr("Print JSON.")}},
         {},
         list},
        {{QStringLiteral("keys"), QStringLiteral("retire")},
         KeyCommands::tr("Retire a sender's key: packages signed with it are refused."),
         CliCommand::Opens::ForWriting,
         {{QStringLiteral("for"), KeyCommands::tr("Only for this sender (default: every sender of the key)."), QStringLiteral("PATH")}},
         {QStringLiteral("FINGERPRINT")},
         retire},
    };
}
