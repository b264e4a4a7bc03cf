#pragma once

#include "core/CsvReader.h"
#include "core/Result.h"

#include <QList>
#include <QString>

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

    /// "行" / "line" for a CSV file, "row" for a sheet: how a problem names where it is.
    QString placeWord() const;
};
