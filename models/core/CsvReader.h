#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Reads CSV text (RFC 4180: commas, double quotes, quoted commas and line breaks, CRLF or LF),
/// UTF-8 with or without a byte order mark.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; ///< the line of the file the record starts on (the header is line 1)
        QStringList fields;
    };

    /// Parses everything; on a malformed file (bad UTF-8, an unclosed quote) returns false and
    /// tells where.
    bool parse(const QByteArray &bytes);

    const QList<Record> &records() const { return m_records; }

    /// One CSV line (with CRLF) for fields, quoted where needed.
    static QString formatLine(const QStringList &fields);
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    QList<Record> m_records;
    QString m_error;
    int m_errorLine = 0;
};
