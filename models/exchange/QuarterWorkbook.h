#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

/// The workbook (XLSX) that goes with a quarterly package, for people to read: one sheet per
/// table with Chinese headings, the heading row frozen, columns as wide as their content, dates as
/// real dates and codes as the words the clerk knows.
namespace QuarterWorkbook {

/// Writes the package's tables (from its connection) to path, through a temporary file.
Outcome write(const QSqlDatabase &package, const QString &path);

/// The sheet's title for a package table, and a column's heading.
QString sheetTitle(const QString &table);
QString heading(const QString &column);

} // namespace QuarterWorkbook
