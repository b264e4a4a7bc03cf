#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Reads CSV text (RFC 4180: commas, double quotes, quoted commas and line breaks, CRLF or LF) in
/// the encodings an office's files come in, told apart without asking: UTF-8 with or without a
/// byte order mark, GB18030 (which holds GBK and GB2312: what Excel on a Chinese Windows saves as
/// "CSV"), and UTF-16 with its byte order mark (Excel's "Unicode text", separated by tabs).
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
    /// The encoding the last parse found: "UTF-8", "GB18030" or "UTF-16".
    QString encoding() const { return m_encoding; }

private:
    bool decode(const QByteArray &bytes, QString *text);

    QList<Record> m_records;
    QString m_encoding;
    QString m_error;
    int m_errorLine = 0;
};
