#pragma once

#include "store/SqliteRows.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

/// The content of a quarterly package's tables, fingerprinted the same way by the sender and the
/// district: every row in the order of all its columns, every value with its type, hashed with
/// SHA-256. A changed, added or dropped value changes the hash.
namespace PackageChecksum {

/// The data tables of a package, parents before children (the order they are filled and merged).
const QStringList &tables();

struct TableSum
{
    qint64 rows = -1; ///< -1: the table could not be read
    QString sha256;   ///< lower-case hex
    QString problem;  ///< what the inspector found wrong, or why the table could not be read
    bool inspected = false; ///< the problem is the inspector's (not a failed read)
};

/// Looks at each row as it is hashed: an empty string to go on, or what is wrong, which stops the
/// pass.
using Inspect = std::function<QString(const SqliteRows &row)>;

/// The fingerprint of table in the connection's main database (schema: "main" or an attached
/// name), every row shown to inspect on the way: one pass reads, checks and hashes.
TableSum compute(const QSqlDatabase &db, const QString &table, const QString &schema = QStringLiteral("main"),
                 const Inspect &inspect = {});

} // namespace PackageChecksum
