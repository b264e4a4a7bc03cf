#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

/// The district's registry of the keys its senders sign packages with (sender_key). A key is
/// registered for a sender once, from the key file the sub-district exports, after the two clerks
/// compare its fingerprint by phone; or taken over from a newer key the registered one endorsed.
/// One key may serve several senders (an office keeping several sub-districts in one database);
/// a sender has one current key, and a key that is replaced or retired accepts no more packages.
class SenderRegistry
{
    Q_DECLARE_TR_FUNCTIONS(SenderRegistry)

public:
    struct Entry
    {
        qint64 id = 0;
        QString sender;
        QString fingerprint;
        QByteArray publicKey;
        QString registeredAt;
        QString how; ///< file, rotation
        QString retiredAt;
        bool isCurrent() const { return retiredAt.isEmpty(); }
    };

    /// How a package's key stands for the sender it names.
    struct Standing
    {
        enum class What { Current, Retired, OtherSenders, Unknown } what = What::Unknown;
        QString retiredAt;        ///< Retired: when
        QStringList otherSenders; ///< OtherSenders: whose key it is
        QString currentFingerprint; ///< the sender's current key, if any
    };

    explicit SenderRegistry(Database &database);

    /// A path of names a sender goes by: no control or invisible characters, no empty names.
    static bool isSenderPath(const QString &path);

    QList<Entry> entries() const;
    std::optional<Entry> current(const QString &sender) const;
    Standing standing(const QString &sender, const QByteArray &publicKey) const;
    /// The senders whose current key publicKey is.
    QStringList sendersOf(const QByteArray &publicKey) const;

    /// Registers publicKey as the current key of each sender, retiring the key each had. In its
    /// own transaction, or the caller's. how: "file" or "rotation".
    Result<QStringList> add(const QByteArray &publicKey, const QStringList &senders, const QString &how = QStringLiteral("file"));
    /// Retires the key with this fingerprint for sender (every sender when empty).
    Result<int> retire(const QString &fingerprint, const QString &sender = {});

private:
    Database &m_database;
};
