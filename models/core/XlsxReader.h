#pragma once

#include "core/CsvReader.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

/// Reads the first sheet of an Excel workbook (.xlsx, as Excel, WPS and LibreOffice write it) as
/// rows of text, for the imports — Debian packages no C++ reader, and this needs little: the zip
/// (ZipArchive), the workbook's list of sheets, the shared strings and the number formats, read
/// with QXmlStreamReader. Text comes as the cell holds it, numbers as plain digits (a phone number
/// stored as a number: 13912345678), a number formatted as a date as the day (1971-03-09), a
/// formula as its last value. Each row keeps its number in the sheet as its line, so that a
/// problem names the row a person sees in Excel; empty rows are left out.
///
/// The workbook is taken as hostile: every part is read up to a limit, a cell beyond the last
/// column allowed, a reference to a string that is not there, or broken XML refuse the file with
/// where it is.
class XlsxReader
{
public:
    struct Limits
    {
        qint64 partBytes = qint64(256) << 20; ///< unpacked, per part of the zip
        int columns = 256;
    };

    explicit XlsxReader(Limits limits);
    XlsxReader();

    Result<QList<CsvReader::Record>> readFirstSheet(const QString &path) const;

    /// The day an Excel serial number stands for (1 = 1900-01-01, with Excel's 29 February 1900),
    /// or in a workbook that counts from 1904; invalid outside 1900–9999.
    static QDate dateFromSerial(double serial, bool from1904 = false);

private:
    Limits m_limits;
};
