#pragma once

#include "KeyFile.h"
#include "OfficeKey.h"
#include "SenderRegistry.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

/// What the window and the command line do with signing keys (Tools › Signing keys, `keys`):
/// show and export the office's own key, replace it with a new one, and — at a district —
/// register, list and retire the keys of the senders.
class KeyService
{
    Q_DECLARE_TR_FUNCTIONS(KeyService)

public:
    explicit KeyService(Database &database);

    Result<OfficeKey::Current> own() const;
    /// The senders this office sends as: its sub-districts, or its top organisation.
    QStringList ownSenders() const;
    KeyFile ownKeyFile(const OfficeKey::Current &key) const;
    Outcome exportKeyFile(const QString &path) const;
    /// A new key pair that the current one signs over; the next package carries the handover.
    Result<OfficeKey::Current> rotate();

    struct Registered
    {
        QString fingerprint;
        QStringList senders;
        QStringList replaced; ///< what the registration retired, said for the clerk
        bool endorsed = false; ///< the senders' registered key signed over this one
    };
    /// Registers the key of file for senders, which lie under this database's top organisation.
    Result<Registered> registerFile(const KeyFile &file, const QStringList &senders);

    /// Before registering: the senders whose current key another key is (each with that key's
    /// fingerprint), which the registration would retire.
    QStringList wouldReplace(const KeyFile &file, const QStringList &senders) const;
    /// Whether each sender's current key signed over the file's key (a handover).
    bool isHandover(const KeyFile &file, const QStringList &senders) const;

    SenderRegistry &registry() { return m_registry; }
    const SenderRegistry &registry() const { return m_registry; }

private:
    Database &m_database;
    SenderRegistry m_registry;
};
