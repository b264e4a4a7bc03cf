#pragma once

#include "PackageSchema.h"
#include "store/SqliteRows.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// What the values of a package's columns may be beyond their declared type: dates within the
/// years the program keeps, codes it knows, counts that are not negative, text of a sane length.
/// A package is refused at the first value that breaks one, naming table, row and column.
namespace PackageRules {

/// The longest text a package's value may hold, in characters.
inline constexpr int maxTextLength = 20000;

/// One column's rules, worked out once for the pass over its values.
struct ColumnRule
{
    QString table;
    PackageSchema::Column column;
    bool date = false;
    bool notNegative = false;
    bool flag = false;          ///< 0 or 1
    bool positive = false;      ///< an id: above 0
    SqliteRows::Type type = SqliteRows::Type::Text; ///< the declared type
    QList<QByteArray> codes;    ///< when not empty: the only values allowed
};

ColumnRule ruleFor(const QString &table, const PackageSchema::Column &column);

/// Whether the value in column of the current row can stand (the quick test, run on every value).
bool accepts(const ColumnRule &rule, const SqliteRows &rows, int column);

/// Why the value in column of the current row cannot stand, or an empty string when it can.
QString problem(const ColumnRule &rule, const SqliteRows &rows, int column);

/// Whether text is a date written YYYY-MM-DD within the years kept (without building a QString).
bool isDate(QByteArrayView text);

/// The most rows a table of a package may hold: a city district's quarter fits well inside.
qint64 maxRows(const QString &table);

} // namespace PackageRules
