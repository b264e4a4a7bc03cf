#pragma once

#include "core/CsvReader.h"
#include "core/Result.h"

#include <QList>
#include <QString>

/// A problem of a table to import, where a person would look for it.
struct TableProblem
{
    int line = 0;   ///< in the file, or the row of the sheet; the headings' is 1; 0: the file as a whole
    QString column; ///< the heading as the file writes it, when the problem is in one cell
    QString message;
};

/// A table a person made, for an import: a CSV file in whatever encoding it came (CsvReader) or
/// the first sheet of an Excel workbook (XlsxReader), told apart by what the file holds, not by
/// its name. Each row keeps its line in the file or its row in the sheet, the heading's being 1.
struct TableFile
{
    enum class Kind { Csv, Workbook };

    Kind kind = Kind::Csv;
    QString encoding; ///< of a CSV file: UTF-8, GB18030, UTF-16
    QList<CsvReader::Record> rows;

    /// Refused, saying why and where, when the file cannot be read, is an old .xls workbook or
    /// something else, is malformed, or is larger than a list of members can be.
    static Result<TableFile> read(const QString &path);
    static Result<TableFile> fromCsv(const QByteArray &bytes);

    /// "line 3" in a file, "row 3" in a workbook: where a problem, or the row it repeats, is.
    static QString place(int line, Kind kind);
    /// "line 3, 出生日期: …" (or "row 3" in a workbook) as reports and dialogs write a problem.
    static QString describe(const TableProblem &problem, Kind kind);
};
