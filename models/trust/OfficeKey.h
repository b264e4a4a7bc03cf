#pragma once

#include "SigningKey.h"
#include "core/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

/// The office's own signing key pair, kept in its database (office_key): made when the database
/// is first opened for writing, used to sign every package it exports, and replaced on request
/// by a new pair that the old one signs, so that the district can take the change on trust.
namespace OfficeKey {

/// The schema version that keeps keys (migration 0007).
inline constexpr int firstSchema = 7;

struct Current
{
    SigningKey key;
    QString fingerprint;
    QString createdAt;
    QByteArray previousPublic; ///< the key it replaced, when it did
    QByteArray endorsement;    ///< the previous key's signature over rotationMessage(key)
};

/// Makes a key pair when the database has none; nothing otherwise. Its own transaction.
Outcome ensure(const QSqlDatabase &db);

/// The key packages are signed with now.
Result<Current> current(const QSqlDatabase &db);

/// A new key pair, endorsed by the current one, which is retired. Its own transaction.
Result<Current> rotate(const QSqlDatabase &db);

/// What a key signs when it hands over to a newer one.
QByteArray rotationMessage(const QByteArray &newPublic);

} // namespace OfficeKey
