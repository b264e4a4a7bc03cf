#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

bool CsvReader::parse(const QByteArray &bytes)
{
    m_records.clear();
    m_error.clear();
    m_errorLine = 0;

    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        // Find the line of the first bad byte for the message.
        int line = 1;
        for (const QByteArray &part : data.split('\n')) {
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = probe(part);
            if (probe.hasError())
                break;
            ++line;
        }
        m_errorLine = line;
        m_error = QCoreApplication::translate("CsvReader", "The file is not UTF-8 text (save it from Excel as "
                                                           "\"CSV UTF-8\"); the first bad character is on line %1.")
                      .arg(line);
        return false;
    }

    int line = 1;
    Record record;
    record.line = 1;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int quoteStartLine = 0;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&](int nextLine) {
        endField();
        // A blank line is no record, nor one of nothing but commas (as spreadsheets write them).
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString &field) { return field.trimmed().isEmpty(); });
        if (!blank)
            m_records.append(record);
        record = Record();
        record.line = nextLine;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteStartLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the LF ends the record.
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord(line);
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        m_errorLine = quoteStartLine;
        m_error = QCoreApplication::translate("CsvReader", "Line %1 opens a quoted field that is never closed.")
                      .arg(quoteStartLine);
        m_records.clear();
        return false;
    }
    if (fieldStarted || !record.fields.isEmpty() || !field.isEmpty())
        endRecord(line + 1);
    return true;
}

QString CsvReader::formatLine(const QStringList &fields)
{
    QStringList out;
    for (const QString &field : fields) {
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'))) {
            QString quoted = field;
            quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
            out.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
        } else {
            out.append(field);
        }
    }
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
