#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

/// The workbook (XLSX) that goes with a quarterly package, for people to read in WPS or Excel:
/// the sheets of WorkbookSheets — organisations by path, names and words for ids and codes —
/// with the heading row frozen, columns as wide as their content and dates as real dates.
namespace QuarterWorkbook {

/// Writes the package's lists (from its connection) to path, through a temporary file.
Outcome write(const QSqlDatabase &package, const QString &path);

} // namespace QuarterWorkbook
