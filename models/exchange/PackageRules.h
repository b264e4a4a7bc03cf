#pragma once

#include "PackageSchema.h"

#include <QString>
#include <QVariant>

/// What the values of a package's columns may be beyond their declared type: dates within the
/// years the program keeps, codes it knows, counts that are not negative, text of a sane length.
/// A package is refused at the first value that breaks one, naming table, row and column.
namespace PackageRules {

/// The longest text a package's value may hold, in characters.
inline constexpr int maxTextLength = 20000;

/// Why value cannot stand in column of table (declared type first, NULL, then the column's own
/// rule), or an empty string when it can.
QString problem(const QString &table, const PackageSchema::Column &column, const QVariant &value);

/// The most rows a table of a package may hold: a city district's quarter fits well inside.
qint64 maxRows(const QString &table);

} // namespace PackageRules
