#include "TableFile.h"

#include "core/XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {

class TableText
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)
};

/// Larger than any list an office keeps (a city's members as CSV are about 60 MB).
constexpr qint64 largestCsv = qint64(256) << 20;

} // namespace

Result<TableFile> TableFile::fromCsv(const QByteArray &bytes)
{
    CsvReader csv;
    if (!csv.parse(bytes))
        return Result<TableFile>::failure(TableText::tr("Line %1: %2").arg(csv.errorLine()).arg(csv.error()));
    TableFile table;
    table.kind = Kind::Csv;
    table.encoding = csv.encoding();
    table.rows = csv.records();
    return table;
}

Result<TableFile> TableFile::read(const QString &path)
{
    using R = Result<TableFile>;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(TableText::tr("The file %1 cannot be read: %2").arg(shown, file.errorString()));
    if (file.size() > largestCsv)
        return R::failure(TableText::tr("The file %1 is %2 MB, larger than a list to import can be (%3 MB).")
                              .arg(shown)
                              .arg(file.size() >> 20)
                              .arg(largestCsv >> 20));
    const QByteArray head = file.peek(8);
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        const auto rows = XlsxReader().readFirstSheet(path);
        if (!rows)
            return R::failure(rows.error());
        TableFile table;
        table.kind = Kind::Workbook;
        table.rows = rows.value();
        return table;
    }
    if (head.startsWith("\xD0\xCF\x11\xE0")) {
        return R::failure(TableText::tr("%1 is an Excel 97–2003 workbook (.xls), which cannot be read; save it from "
                                        "Excel or WPS as an Excel workbook (.xlsx) or as CSV.")
                              .arg(shown));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(TableText::tr("The file %1 cannot be read: %2").arg(shown, file.errorString()));
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))
        return R::failure(TableText::tr("%1 is neither a CSV file nor an Excel workbook (.xlsx).").arg(shown));
    return fromCsv(bytes);
}

QString TableFile::place(int line, Kind kind)
{
    return kind == Kind::Workbook ? TableText::tr("row %1").arg(line) : TableText::tr("line %1").arg(line);
}

QString TableFile::describe(const TableProblem &problem, Kind kind)
{
    if (problem.line <= 0)
        return problem.message;
    const QString place = TableFile::place(problem.line, kind);
    if (problem.column.isEmpty())
        return TableText::tr("%1: %2").arg(place, problem.message);
    return TableText::tr("%1, %2: %3").arg(place, problem.column, problem.message);
}
