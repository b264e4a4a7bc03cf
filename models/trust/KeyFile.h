#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The small text file an office exports so that its district can register its signing key:
/// the public key, its fingerprint (which the two clerks compare by phone), the senders the
/// office names itself as, and — after a key change — the previous key and its signature over
/// the new one. It holds nothing secret. Read as hostile input: small, strict, checked whole.
struct KeyFile
{
    static constexpr qsizetype maxBytes = 16 * 1024;

    QByteArray publicKey;
    QStringList senders;       ///< as the office names itself (a hint; the district decides)
    QByteArray previousKey;    ///< empty unless the key replaced an earlier one
    QByteArray endorsement;    ///< the previous key's signature over OfficeKey::rotationMessage
    QString fingerprint() const;

    QByteArray serialise() const;
    /// Parses and checks a key file: format, an SM2 key, the fingerprint it states, and the
    /// endorsement when there is one.
    static Result<KeyFile> parse(const QByteArray &bytes);
    static Result<KeyFile> read(const QString &path);
    /// Written through a temporary file and a rename.
    Outcome write(const QString &path) const;
    /// Whether the previous key signed this one (false when there is no previous key).
    bool isEndorsed() const;
};
