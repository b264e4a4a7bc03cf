#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace {

/// The line (from 1) on which decoding text stops being right.
int firstBadLine(const QByteArray &data, QStringConverter::Encoding encoding)
{
    int line = 1;
    for (const QByteArray &part : data.split('\n')) {
        QStringDecoder probe(encoding, QStringDecoder::Flag::Stateless);
        const QString decoded = probe(part);
        if (probe.hasError())
            break;
        ++line;
    }
    return line;
}

} // namespace

bool CsvReader::decode(const QByteArray &bytes, QString *text)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        *text = decoder(bytes.mid(2));
        m_encoding = QStringLiteral("UTF-16");
        if (!decoder.hasError())
            return true;
        m_errorLine = 1;
        m_error = QCoreApplication::translate("CsvReader", "The file says it is UTF-16 text but is not.");
        return false;
    }
    const QByteArray data = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = utf8(data);
    m_encoding = QStringLiteral("UTF-8");
    if (!utf8.hasError())
        return true;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        m_errorLine = firstBadLine(data, QStringDecoder::Utf8);
        m_error = QCoreApplication::translate("CsvReader", "The file says it is UTF-8 text, but line %1 is not.").arg(m_errorLine);
        return false;
    }
    // Not UTF-8: the Chinese national encoding, of which GBK and GB2312 are parts.
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (gb18030.isValid()) {
        *text = gb18030(data);
        m_encoding = QStringLiteral("GB18030");
        if (!gb18030.hasError() && !text->contains(QChar::ReplacementCharacter))
            return true;
    }
    m_errorLine = firstBadLine(data, QStringDecoder::Utf8);
    m_error = QCoreApplication::translate("CsvReader", "The file is neither UTF-8 nor GBK/GB18030 text (is it a CSV file?); the "
                                                       "first character that is not is on line %1.")
                  .arg(m_errorLine);
    return false;
}

bool CsvReader::parse(const QByteArray &bytes)
{
    m_records.clear();
    m_error.clear();
    m_errorLine = 0;
    m_encoding.clear();

    QString text;
    if (!decode(bytes, &text))
        return false;
    // Tabs where a file separates by them (Excel's Unicode text): the first line has no comma.
    const QString firstLine = text.left(text.indexOf(QLatin1Char('\n')));
    const QChar separator = firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(','))
                                ? QLatin1Char('\t')
                                : QLatin1Char(',');

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
        } else if (c == separator) {
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
