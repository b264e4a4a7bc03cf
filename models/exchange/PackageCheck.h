#pragma once

#include "Quarter.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

class PackageFile;
class SenderRegistry;

/// What a quarterly package says of itself, once it has passed every check.
struct PackageInfo
{
    QString fileName;
    QString source;   ///< the sending organisation's path of names
    QString sourceName;
    QString sourceKind;
    QString district;
    Quarter quarter;
    QString createdAt;
    QString fingerprint; ///< SHA-256 over the table checksums: equal packages, equal fingerprints
    qint64 rows = 0;
    bool personal = false;
    QString signer;          ///< the fingerprint of the key that signed it
    QByteArray signerKey;    ///< that key
    QByteArray previousKey;  ///< the key it says it replaces (empty when none)
    QByteArray endorsement;  ///< that key's signature over this one
    bool keyRotated = false; ///< signed by a new key the sender's registered one endorsed
};

/// Checks a quarterly package before anything is merged, as a parser of hostile input, in this
/// order: the file's header (an SQLite file of ours, whole); SQLite's integrity check; its whole
/// schema against the expected one; row counts within caps; every value of the declared type and
/// within its column's rules, ids unique — the checksums computed in the same pass; then the
/// manifest, its signature by a key registered for the sender it names, the checksums against
/// the manifest, the references, and one tree under the sending organisation. Nothing is read
/// through a view or a trigger (PackageFile disables both), and the package is never changed.
namespace PackageCheck {

/// The format this program writes and reads: 2 since packages are signed.
inline constexpr int formatVersion = 2;

Result<PackageInfo> check(PackageFile &file, const SenderRegistry &registry);

/// Whether the registry accepts the key that signed info for the sender it names: its current
/// key, or a new one its current key signed over (then keyRotated is set). An empty string when
/// it does, else why not. The import asks again inside its write transaction.
QString trust(PackageInfo &info, const SenderRegistry &registry);

} // namespace PackageCheck
