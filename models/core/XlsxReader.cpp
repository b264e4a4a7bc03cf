#include "XlsxReader.h"

#include "core/IsoDate.h"
#include "core/ZipArchive.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace {

class XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

using Rows = QList<CsvReader::Record>;

QString xmlProblem(const QString &part, const QXmlStreamReader &xml)
{
    return XlsxText::tr("The workbook's part %1 is not well-formed XML (line %2): %3.")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

/// A part a workbook may leave out (its relationships, strings, styles): empty when it has none,
/// refused when it is there but cannot be read.
Result<QByteArray> optionalPart(const ZipArchive &zip, const QString &part, qint64 limit)
{
    if (part.isEmpty() || !zip.contains(part))
        return QByteArray();
    return zip.read(part, limit);
}

/// The path of a relationship's target inside the zip, from the folder of the part that names it.
QString resolve(const QString &folder, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(folder.isEmpty() ? target : folder + QLatin1Char('/') + target);
}

/// A part's relationships: id -> (type, target inside the zip).
struct Relationship
{
    QString type;
    QString target;
};

Result<QHash<QString, Relationship>> relationships(const ZipArchive &zip, const QString &part, const QString &folder, qint64 limit)
{
    using R = Result<QHash<QString, Relationship>>;
    QHash<QString, Relationship> found;
    const Result<QByteArray> bytes = optionalPart(zip, part, limit);
    if (!bytes)
        return R::failure(bytes.error());
    if (bytes.value().isEmpty())
        return R(found); // the workbook has none
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto attributes = xml.attributes();
            found.insert(attributes.value(QLatin1String("Id")).toString(),
                         {attributes.value(QLatin1String("Type")).toString(),
                          resolve(folder, attributes.value(QLatin1String("Target")).toString())});
        }
    }
    if (xml.hasError())
        return R::failure(xmlProblem(part, xml));
    return R(found);
}

/// The text of a string item (<si> or <is>): its runs' <t>, without the phonetic guides (<rPh>).
QString stringItem(QXmlStreamReader &xml)
{
    const QString item = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == item)
                break;
        }
    }
    return text;
}

Result<QStringList> sharedStrings(const ZipArchive &zip, const QString &part, qint64 limit)
{
    using R = Result<QStringList>;
    QStringList strings;
    const Result<QByteArray> bytes = optionalPart(zip, part, limit);
    if (!bytes)
        return R::failure(bytes.error());
    if (bytes.value().isEmpty())
        return R(strings); // the workbook has none
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(stringItem(xml));
    }
    if (xml.hasError())
        return R::failure(xmlProblem(part, xml));
    return R(strings);
}

/// Whether a number format shows a day: Excel's built-in date formats (14–22, 27–36 and 50–58
/// for the Chinese ones, 45–47 are times) or a format of its own with a year or a day in it
/// outside quotes and brackets (yyyy-mm-dd, yyyy"年"m"月"d"日", [$-804]yyyy/m/d).
bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*."));
    const QString bare = QString(code).remove(noise).toLower();
    return bare.contains(QLatin1Char('y')) || bare.contains(QLatin1Char('d')) || bare.contains(QLatin1Char('e'));
}

/// For each cell style (the s attribute), whether it shows a date.
Result<QList<bool>> dateStyles(const ZipArchive &zip, const QString &part, qint64 limit)
{
    using R = Result<QList<bool>>;
    QList<bool> styles;
    const Result<QByteArray> bytes = optionalPart(zip, part, limit);
    if (!bytes)
        return R::failure(bytes.error());
    if (bytes.value().isEmpty())
        return R(styles); // the workbook has none
    QHash<int, QString> codes;
    bool inCellFormats = false;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("numFmt"))
                codes.insert(attributes.value(QLatin1String("numFmtId")).toInt(), attributes.value(QLatin1String("formatCode")).toString());
            else if (xml.name() == QLatin1String("cellXfs"))
                inCellFormats = true;
            else if (inCellFormats && xml.name() == QLatin1String("xf")) {
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                styles.append(isDateFormat(id, codes.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellFormats = false;
        }
    }
    if (xml.hasError())
        return R::failure(xmlProblem(part, xml));
    return R(styles);
}

/// "AB12" -> column 27 (0-based 27 = AB) and row 12; false when it is no cell reference.
bool cellReference(QStringView reference, int *column, int *row)
{
    qint64 c = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        const char16_t letter = reference.at(i).toUpper().unicode();
        if (letter < u'A' || letter > u'Z' || i >= 3)
            return false;
        c = c * 26 + (letter - u'A' + 1);
    }
    if (i == 0 || i == reference.size())
        return false;
    bool ok = false;
    const int r = reference.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > 1048576)
        return false;
    *column = int(c - 1);
    *row = r;
    return true;
}

/// A number as a person reads it: 13912345678, not 1.3912345678E10; 2.5 as 2.5.
QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw.trimmed();
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

/// Where a workbook keeps its first sheet, its strings and its number formats, from the package's
/// relationships (xl/workbook.xml as a rule), and whether it counts its days from 1904.
struct Parts
{
    QString sheet;
    QString strings;
    QString styles;
    bool from1904 = false;
};

Result<Parts> locate(const ZipArchive &zip, const QString &path, qint64 limit)
{
    using R = Result<Parts>;
    // The workbook part, from the package's relationships (xl/workbook.xml as a rule).
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    const auto root = relationships(zip, QStringLiteral("_rels/.rels"), QString(), limit);
    if (!root)
        return R::failure(root.error());
    for (const Relationship &relationship : root.value()) {
        if (relationship.type.endsWith(QLatin1String("/officeDocument")))
            workbookPart = relationship.target;
    }
    if (!zip.contains(workbookPart))
        return R::failure(XlsxText::tr("%1 is a zip archive but not an Excel workbook (.xlsx): it has no %2.")
                              .arg(QDir::toNativeSeparators(path), workbookPart));
    const QString folder = workbookPart.section(QLatin1Char('/'), 0, -2);
    const QString relsPart = (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/")
                             + workbookPart.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
    const auto rels = relationships(zip, relsPart, folder, limit);
    if (!rels)
        return R::failure(rels.error());

    const Result<QByteArray> workbook = zip.read(workbookPart, limit);
    if (!workbook)
        return R::failure(workbook.error());
    QString firstSheetId;
    bool from1904 = false;
    {
        QXmlStreamReader xml(workbook.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto flag = xml.attributes().value(QLatin1String("date1904"));
                from1904 = flag == QLatin1String("1") || flag == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet") && firstSheetId.isEmpty()) {
                for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("id") && attribute.namespaceUri().contains(QLatin1String("relationships")))
                        firstSheetId = attribute.value().toString();
                }
            }
        }
        if (xml.hasError())
            return R::failure(xmlProblem(workbookPart, xml));
    }
    const QString sheetPart = rels.value().value(firstSheetId).target;
    if (firstSheetId.isEmpty() || sheetPart.isEmpty() || !zip.contains(sheetPart))
        return R::failure(XlsxText::tr("The workbook %1 names no sheet that it holds.").arg(QDir::toNativeSeparators(path)));
    QString stringsPart;
    QString stylesPart;
    for (const Relationship &relationship : rels.value()) {
        if (relationship.type.endsWith(QLatin1String("/sharedStrings")))
            stringsPart = relationship.target;
        else if (relationship.type.endsWith(QLatin1String("/styles")))
            stylesPart = relationship.target;
    }
    return R(Parts{sheetPart, stringsPart, stylesPart, from1904});
}

/// The rows of a sheet's XML, each cell as text (shared strings looked up, dates by their style).
Result<Rows> sheetRows(const QByteArray &bytes, const QString &part, const QStringList &strings, const QList<bool> &styles,
                       bool from1904, int columns)
{
    using R = Result<Rows>;
    Rows rows;
    CsvReader::Record row;
    int nextRow = 1;
    QXmlStreamReader xml(bytes);
    const auto cellProblem = [&](const QString &what) {
        return XlsxText::tr("Row %1 of the sheet: %2").arg(row.line).arg(what);
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            while (!row.fields.isEmpty() && row.fields.constLast().trimmed().isEmpty())
                row.fields.removeLast();
            if (!row.fields.isEmpty())
                rows.append(row);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int number = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            row = CsvReader::Record();
            row.line = ok && number >= nextRow && number <= 1048576 ? number : nextRow;
            nextRow = row.line + 1;
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const auto attributes = xml.attributes();
        int column = int(row.fields.size());
        if (const auto reference = attributes.value(QLatin1String("r")); !reference.isEmpty()) {
            int referencedRow = 0;
            if (!cellReference(reference, &column, &referencedRow))
                return R::failure(cellProblem(XlsxText::tr("\"%1\" is no cell reference.").arg(reference.toString())));
        }
        if (column >= columns)
            return R::failure(cellProblem(XlsxText::tr("a cell lies beyond column %1, the last one a list may use.").arg(columns)));
        const QString type = attributes.value(QLatin1String("t")).toString();
        const int style = attributes.value(QLatin1String("s")).toInt();
        QString raw;
        bool inlineText = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                raw = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                raw = stringItem(xml);
                inlineText = true;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                break;
            }
        }
        QString text;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = raw.toInt(&ok);
            if (!ok || index < 0 || index >= strings.size())
                return R::failure(cellProblem(XlsxText::tr("a cell refers to shared string %1, which the workbook does not have.").arg(raw)));
            text = strings.at(index);
        } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") || type == QLatin1String("e") || inlineText) {
            text = raw;
        } else if (type == QLatin1String("d")) {
            text = raw.left(10); // ISO 8601, the day
        } else if (!raw.isEmpty() && style >= 0 && style < styles.size() && styles.at(style)) {
            bool ok = false;
            const QDate day = XlsxReader::dateFromSerial(raw.toDouble(&ok), from1904);
            text = ok && day.isValid() ? IsoDate::format(day) : raw;
        } else {
            text = numberText(raw);
        }
        if (row.fields.size() <= column)
            row.fields.resize(column + 1);
        row.fields[column] = text;
    }
    if (xml.hasError())
        return R::failure(xmlProblem(part, xml));
    return R(rows);
}

} // namespace

XlsxReader::XlsxReader(Limits limits)
    : m_limits(limits)
{
}

XlsxReader::XlsxReader()
    : XlsxReader(Limits{})
{
}

QDate XlsxReader::dateFromSerial(double serial, bool from1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465) // 9999-12-31
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (from1904)
        return QDate(1904, 1, 1).addDays(days);
    // Excel counts a 29 February 1900 that never was (serial 60): after it, one day less.
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return {};
    return QDate(1899, 12, 30).addDays(days);
}

Result<QList<CsvReader::Record>> XlsxReader::readFirstSheet(const QString &path) const
{
    using R = Result<Rows>;
    const auto opened = ZipArchive::open(path);
    if (!opened)
        return R::failure(opened.error());
    const ZipArchive &zip = *opened.value();
    const qint64 limit = m_limits.partBytes;
    const auto parts = locate(zip, path, limit);
    if (!parts)
        return R::failure(parts.error());
    const auto strings = sharedStrings(zip, parts.value().strings, limit);
    if (!strings)
        return R::failure(strings.error());
    const auto styles = dateStyles(zip, parts.value().styles, limit);
    if (!styles)
        return R::failure(styles.error());
    const Result<QByteArray> sheet = zip.read(parts.value().sheet, limit);
    if (!sheet)
        return R::failure(sheet.error());
    return sheetRows(sheet.value(), parts.value().sheet, strings.value(), styles.value(), parts.value().from1904, m_limits.columns);
}
