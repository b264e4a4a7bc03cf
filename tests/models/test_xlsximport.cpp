// Importing the lists an office has: the same members from CSV in UTF-8 (with a byte order mark),
// GBK, GB18030 and UTF-16, and from workbooks written by libxlsxwriter, openpyxl (into the
// template) and LibreOffice, give the same rows and name the same bad row; hostile workbooks are
// refused with where and why, and change nothing.

#include "TestSupport.h"

#include "core/Language.h"
#include "core/XlsxReader.h"
#include "cobuild/UnitImporter.h"
#include "cobuild/UnitService.h"
#include "cobuild/UnitTemplate.h"
#include "roles/RoleService.h"
#include "members/IdNumber.h"
#include "members/MemberColumns.h"
#include "members/MemberImporter.h"
#include "members/MemberService.h"
#include "members/MemberTemplate.h"
#include "overview/Headline.h"

#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStringEncoder>

#include <xlsxwriter.h>
#include <zip.h>

using namespace TestSupport;

namespace {

const QDate today(2026, 11, 23);

/// The rows every format holds: the headings, three good members and one bad birth date (row 4).
QList<QStringList> sampleRows(const QString &idNumber)
{
    return {
        {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生日期"), QStringLiteral("入党日期"), QStringLiteral("手机号码"),
         QStringLiteral("所在组织"), QStringLiteral("党员类别"), QStringLiteral("公民身份号码"), QStringLiteral("备注")},
        {QStringLiteral("孙玉萍"), QStringLiteral("女"), QStringLiteral("1968-04-12"), QStringLiteral("1995-07-01"), QStringLiteral("13905561234"),
         QStringLiteral("迎江区/新河路街道/龙狮桥社区/第1网格"), QStringLiteral("在册"), idNumber, QString()},
        {QStringLiteral("王建国"), QStringLiteral("男"), QStringLiteral("1950-03-08"), QStringLiteral("1976-05-04"), QString(),
         QStringLiteral("第2网格"), QStringLiteral("在册"), QString(), QStringLiteral("老党员，\"光荣在党50年\"")},
        {QStringLiteral("张伟"), QStringLiteral("男"), QStringLiteral("1950-02-30"), QStringLiteral("1976-05-04"), QString(),
         QStringLiteral("第2网格"), QStringLiteral("在册"), QString(), QString()},
        {QStringLiteral("李静"), QStringLiteral("女"), QStringLiteral("1990-01-01"), QStringLiteral("2015-06-01"), QStringLiteral("13905560000"),
         QStringLiteral("迎江区/新河路街道/龙狮桥社区"), QStringLiteral("在册"), QString(), QString()},
    };
}

QString csvText(const QList<QStringList> &rows, QChar separator = QLatin1Char(','))
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (QString field : row) {
            if (field.contains(separator) || field.contains(QLatin1Char('"'))) {
                field.replace(QLatin1String("\""), QLatin1String("\"\""));
                field = QLatin1Char('"') + field + QLatin1Char('"');
            }
            fields.append(field);
        }
        text += fields.join(separator) + QStringLiteral("\r\n");
    }
    return text;
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder(text);
    if (encoder.hasError())
        qFatal("the test's text cannot be written in %s", encoding);
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// A workbook as libxlsxwriter writes it: dates as dates, phone numbers as numbers.
void writeWithLibxlsxwriter(const QString &path, const QList<QStringList> &rows)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "党员名册");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString &value = rows.at(r).at(c);
            if (value.isEmpty())
                continue;
            const QDate day = QDate::fromString(value, Qt::ISODate);
            if (r > 0 && day.isValid()) {
                lxw_datetime when = {day.year(), day.month(), day.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, lxw_row_t(r), lxw_col_t(c), &when, date);
            } else if (r > 0 && c == 4) {
                worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), value.toDouble(), nullptr);
            } else {
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), value.toUtf8().constData(), nullptr);
            }
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        qFatal("libxlsxwriter could not write %s", qPrintable(path));
}

/// Runs a program to its end; its standard error when it fails.
QString runTool(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(180000))
        return QStringLiteral("%1 did not finish").arg(program);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString();
}

/// A zip archive holding parts (name -> bytes), as a hostile workbook would be made.
void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    QFile::remove(path);
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        qFatal("cannot make %s", qPrintable(path));
    QList<QByteArray> kept; // the sources read the buffers at zip_close
    for (const auto &[name, bytes] : parts) {
        kept.append(bytes);
        zip_source_t *source = zip_source_buffer(archive, kept.constLast().constData(), zip_uint64_t(kept.constLast().size()), 0);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_OVERWRITE) < 0)
            qFatal("cannot add %s", qPrintable(name));
    }
    if (zip_close(archive) != 0)
        qFatal("cannot write %s", qPrintable(path));
}

const QByteArray contentTypes = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
const QByteArray workbookXml =
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray workbookRels =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "</Relationships>";

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
           + "</sheetData></worksheet>";
}

} // namespace

class TestXlsxImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrgService> m_orgs;
    std::unique_ptr<MemberService> m_members;
    QString m_idNumber;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    MemberImporter::Check check(const QString &file) const
    {
        return MemberImporter(*m_db, *m_members).check(file, today);
    }

    /// What a check found, as comparable lines: each member as it would be saved, each problem.
    static QStringList outcome(const MemberImporter::Check &checked)
    {
        QStringList lines;
        for (const MemberImporter::Row &row : checked.members) {
            const Member &m = row.member;
            lines.append(QStringList{QString::number(row.line), m.name, MemberEnums::code(m.gender), m.birthDate.toString(Qt::ISODate),
                                     m.joinedOn.toString(Qt::ISODate), m.phone, row.organisation, MemberEnums::code(m.category),
                                     m.idNumber, m.notes}
                             .join(QLatin1Char('|')));
        }
        for (const MemberImporter::Problem &problem : checked.problems)
            lines.append(QStringLiteral("problem|%1|%2|%3").arg(problem.line).arg(MemberColumns::keyFor(problem.column).value_or(problem.column), problem.message));
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(path(QStringLiteral("office.db")));
        m_orgs = std::make_unique<OrgService>(*m_db);
        m_members = std::make_unique<MemberService>(*m_db);
        const qint64 root = add(*m_orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(*m_orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        const qint64 community = add(*m_orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        add(*m_orgs, community, OrgKind::Grid, QStringLiteral("第1网格"));
        add(*m_orgs, community, OrgKind::Grid, QStringLiteral("第2网格"));
        // An ID number ending in X: LibreOffice keeps it text, as a clerk's sheet has it.
        for (int sequence = 1; m_idNumber.isEmpty() || !m_idNumber.endsWith(QLatin1Char('X')); ++sequence)
            m_idNumber = IdNumber::make(QStringLiteral("340802"), QDate(1968, 4, 12), Gender::Female, sequence);
    }

    void cleanupTestCase()
    {
        m_members.reset();
        m_orgs.reset();
        m_db.reset();
    }

    void excelDaysAreCountedAsExcelCountsThem()
    {
        QCOMPARE(XlsxReader::dateFromSerial(1), QDate(1900, 1, 1));
        QCOMPARE(XlsxReader::dateFromSerial(59), QDate(1900, 2, 28));
        QVERIFY(!XlsxReader::dateFromSerial(60).isValid()); // Excel's 29 February 1900
        QCOMPARE(XlsxReader::dateFromSerial(61), QDate(1900, 3, 1));
        QCOMPARE(XlsxReader::dateFromSerial(25000.75), QDate(1968, 6, 11));
        QCOMPARE(XlsxReader::dateFromSerial(45658), QDate(2025, 1, 1));
        QCOMPARE(XlsxReader::dateFromSerial(1, true), QDate(1904, 1, 2));
        QVERIFY(!XlsxReader::dateFromSerial(-3).isValid());
        QVERIFY(!XlsxReader::dateFromSerial(1e12).isValid());
    }

    void sameMembersFromEveryFormat()
    {
        const QList<QStringList> rows = sampleRows(m_idNumber);
        const QString text = csvText(rows);
        QList<std::pair<QString, QString>> files; // what, path

        writeFile(path(QStringLiteral("utf8-bom.csv")), "\xEF\xBB\xBF" + text.toUtf8());
        files.append({QStringLiteral("UTF-8 with BOM"), path(QStringLiteral("utf8-bom.csv"))});
        writeFile(path(QStringLiteral("utf8.csv")), text.toUtf8());
        files.append({QStringLiteral("UTF-8"), path(QStringLiteral("utf8.csv"))});
        writeFile(path(QStringLiteral("gbk.csv")), encoded(text, "GBK"));
        files.append({QStringLiteral("GBK (Excel's CSV on a Chinese Windows)"), path(QStringLiteral("gbk.csv"))});
        writeFile(path(QStringLiteral("gb18030.csv")), encoded(text, "GB18030"));
        files.append({QStringLiteral("GB18030"), path(QStringLiteral("gb18030.csv"))});
        writeFile(path(QStringLiteral("unicode.txt")), "\xFF\xFE" + encoded(csvText(rows, QLatin1Char('\t')), "UTF-16LE"));
        files.append({QStringLiteral("UTF-16 separated by tabs (Excel's Unicode text)"), path(QStringLiteral("unicode.txt"))});
        writeWithLibxlsxwriter(path(QStringLiteral("libxlsxwriter.xlsx")), rows);
        files.append({QStringLiteral("libxlsxwriter"), path(QStringLiteral("libxlsxwriter.xlsx"))});

        // openpyxl fills the template, as a clerk would in Excel: dates as dates, the phone a number.
        QVERIFY(MemberTemplate::write(*m_db, path(QStringLiteral("template.xlsx"))));
        const QString script = QStringLiteral(
            "import sys, datetime, openpyxl\n"
            "wb = openpyxl.load_workbook(sys.argv[1])\n"
            "ws = wb.worksheets[0]\n"
            "heads = [c.value for c in ws[1]]\n"
            "for line in open(sys.argv[2], encoding='utf-8').read().splitlines()[1:]:\n"
            "    fields = line.split('\\t')\n"
            "    row = [None] * len(heads)\n"
            "    for name, value in zip(sys.argv[4].split(','), fields):\n"
            "        if not value: continue\n"
            "        try: value = datetime.date.fromisoformat(value)\n"
            "        except ValueError: value = int(value) if value.isdigit() and len(value) == 11 else value\n"
            "        row[heads.index(name)] = value\n"
            "    ws.append(row)\n"
            "wb.save(sys.argv[3])\n");
        QString plain; // the rows for the script: tab-separated, unquoted
        for (const QStringList &row : rows)
            plain += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
        writeFile(path(QStringLiteral("rows.tsv")), plain.toUtf8());
        writeFile(path(QStringLiteral("fill.py")), script.toUtf8());
        QStringList headings;
        for (const QString &heading : rows.first())
            headings.append(MemberColumns::heading(*MemberColumns::keyFor(heading)));
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        QVERIFY2(!python.isEmpty(), "python3 with openpyxl (python3-openpyxl, from .ci/install-deps)");
        const QString filled = runTool(python, {path(QStringLiteral("fill.py")), path(QStringLiteral("template.xlsx")),
                                                path(QStringLiteral("rows.tsv")), path(QStringLiteral("openpyxl.xlsx")), headings.join(QLatin1Char(','))});
        QVERIFY2(filled.isEmpty(), qPrintable(filled));
        files.append({QStringLiteral("openpyxl, into the template"), path(QStringLiteral("openpyxl.xlsx"))});

        // LibreOffice turns the UTF-8 file into a workbook, as a clerk's "save as" would.
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        QVERIFY2(!soffice.isEmpty(), "LibreOffice Calc (libreoffice-calc-nogui, from .ci/install-deps)");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("office-home")));
        const QString converted = runTool(soffice, {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                                                    QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
                                                    QStringLiteral("--outdir"), path(QStringLiteral("libreoffice")), path(QStringLiteral("utf8.csv"))},
                                          environment);
        QVERIFY2(converted.isEmpty(), qPrintable(converted));
        files.append({QStringLiteral("LibreOffice"), path(QStringLiteral("libreoffice/utf8.xlsx"))});

        const MemberImporter::Check baseline = check(files.first().second);
        QCOMPARE(baseline.members.size(), 3);
        QCOMPARE(baseline.members.at(1).member.notes, QStringLiteral("老党员，\"光荣在党50年\""));
        QCOMPARE(baseline.members.at(1).organisation, QStringLiteral("迎江区/新河路街道/龙狮桥社区/第2网格")); // found by its name
        QCOMPARE(baseline.problems.size(), 1);
        QCOMPARE(baseline.problems.first().line, 4);
        QCOMPARE(baseline.problems.first().column, QStringLiteral("出生日期"));
        QVERIFY2(baseline.problems.first().message.contains(QStringLiteral("1950-02-30")), qPrintable(baseline.problems.first().message));
        for (const auto &[what, file] : files) {
            const MemberImporter::Check checked = check(file);
            QCOMPARE(checked.kind, file.endsWith(QLatin1String(".xlsx")) ? TableFile::Kind::Workbook : TableFile::Kind::Csv);
            if (outcome(checked) != outcome(baseline))
                QFAIL(qPrintable(QStringLiteral("%1 gives\n%2\ninstead of\n%3").arg(what, outcome(checked).join(QLatin1Char('\n')),
                                                                                    outcome(baseline).join(QLatin1Char('\n')))));
        }
        QCOMPARE(check(path(QStringLiteral("gbk.csv"))).encoding, QStringLiteral("GB18030"));
        QCOMPARE(Headline::read(*m_db).members, 0); // checking writes nothing
    }

    void gb18030HoldsWhatGbkCannot()
    {
        // 䶮 (U+4DAE) and 𠮷 (U+20BB7, four bytes) are GB18030 only.
        QList<QStringList> rows = sampleRows(QString()).mid(0, 2);
        rows[1][0] = QStringLiteral("刘䶮");
        rows.append(sampleRows(QString()).at(2));
        rows[2][0] = QStringLiteral("𠮷祥");
        writeFile(path(QStringLiteral("rare.csv")), encoded(csvText(rows), "GB18030"));
        const MemberImporter::Check checked = check(path(QStringLiteral("rare.csv")));
        QVERIFY2(checked.ok(), qPrintable(outcome(checked).join(QLatin1Char('\n'))));
        QCOMPARE(checked.members.at(0).member.name, QStringLiteral("刘䶮"));
        QCOMPARE(checked.members.at(1).member.name, QStringLiteral("𠮷祥"));
    }

    void aCheckedFileIsImportedAllOrNothing()
    {
        QList<QStringList> rows = sampleRows(m_idNumber);
        rows.removeAt(3); // the bad row
        writeWithLibxlsxwriter(path(QStringLiteral("good.xlsx")), rows);
        MemberImporter importer(*m_db, *m_members);
        const MemberImporter::Report report = importer.write(importer.check(path(QStringLiteral("good.xlsx")), today));
        QVERIFY2(report.ok(), qPrintable(report.text()));
        QCOMPARE(report.imported, 3);
        QCOMPARE(Headline::read(*m_db).members, 3);
        // Again: each row is someone already there; nothing is written, every row named.
        const MemberImporter::Report again = importer.write(importer.check(path(QStringLiteral("good.xlsx")), today));
        QCOMPARE(again.imported, 0);
        QSet<int> named;
        for (const MemberImporter::Problem &problem : again.problems)
            named.insert(problem.line);
        QCOMPARE(named, (QSet<int>{2, 3, 4}));
        QVERIFY2(again.text().startsWith(QStringLiteral("row 2")), qPrintable(again.text()));
        QCOMPARE(Headline::read(*m_db).members, 3);
    }

    void hostileFilesAreRefusedWithWhereAndWhy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const QByteArray rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                "Target=\"xl/workbook.xml\"/></Relationships>";
        const QByteArray strings = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                   "<si><t>姓名</t></si></sst>";
        const auto workbook = [&](const QString &name, const QByteArray &sheet) {
            writeZip(path(name), {{QStringLiteral("[Content_Types].xml"), contentTypes},
                                  {QStringLiteral("_rels/.rels"), rels},
                                  {QStringLiteral("xl/workbook.xml"), workbookXml},
                                  {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
                                  {QStringLiteral("xl/sharedStrings.xml"), strings},
                                  {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
            return path(name);
        };
        QTest::newRow("broken XML") << workbook(QStringLiteral("broken.xlsx"), sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>\n<row>"))
                                    << QStringLiteral("not well-formed XML (line 2)");
        QTest::newRow("a string that is not there")
            << workbook(QStringLiteral("strings.xlsx"), sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>"))
            << QStringLiteral("Row 2 of the sheet: a cell refers to shared string 7");
        QTest::newRow("a cell far to the right")
            << workbook(QStringLiteral("wide.xlsx"), sheetXml("<row r=\"1\"><c r=\"ZZZ1\" t=\"s\"><v>0</v></c></row>"))
            << QStringLiteral("beyond column 256");
        QTest::newRow("no cell reference") << workbook(QStringLiteral("reference.xlsx"), sheetXml("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"))
                                           << QStringLiteral("\"1A\" is no cell reference");
        writeZip(path(QStringLiteral("notabook.xlsx")), {{QStringLiteral("readme.txt"), "hello"}});
        QTest::newRow("a zip that is no workbook") << path(QStringLiteral("notabook.xlsx")) << QStringLiteral("not an Excel workbook");
        writeWithLibxlsxwriter(path(QStringLiteral("whole.xlsx")), sampleRows(QString()));
        QFile real(path(QStringLiteral("whole.xlsx")));
        QVERIFY(real.open(QIODevice::ReadOnly));
        writeFile(path(QStringLiteral("cut.xlsx")), real.read(real.size() / 2)); // a download that stopped half way
        QTest::newRow("a workbook cut in half") << path(QStringLiteral("cut.xlsx")) << QStringLiteral("not a readable zip archive");
        writeFile(path(QStringLiteral("old.xls")), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(512, '\0'));
        QTest::newRow("an Excel 97 workbook") << path(QStringLiteral("old.xls")) << QStringLiteral("(.xls)");
        writeFile(path(QStringLiteral("photo.csv")), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
        QTest::newRow("a picture named .csv") << path(QStringLiteral("photo.csv")) << QStringLiteral("neither a CSV file nor an Excel workbook");
        QTest::newRow("no such file") << path(QStringLiteral("nowhere.xlsx")) << QStringLiteral("cannot be read");
    }

    void hostileFilesAreRefusedWithWhereAndWhy()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const int before = Headline::read(*m_db).members;
        MemberImporter importer(*m_db, *m_members);
        const MemberImporter::Report report = importer.write(importer.check(file, today));
        QVERIFY(!report.ok());
        QVERIFY2(report.text().contains(expected), qPrintable(report.text()));
        QCOMPARE(Headline::read(*m_db).members, before);
    }

    void aPartLargerThanItsLimitIsNotUnpacked()
    {
        // Two megabytes of one cell repeated, a few kilobytes packed: refused at the limit set.
        QByteArray rows;
        for (int r = 1; rows.size() < (2 << 20); ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>1</v></c></row>";
        writeZip(path(QStringLiteral("large.xlsx")), {{QStringLiteral("xl/workbook.xml"), workbookXml},
                                                      {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
                                                      {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(rows)}});
        QVERIFY(QFileInfo(path(QStringLiteral("large.xlsx"))).size() < (1 << 20));
        XlsxReader::Limits limits;
        limits.partBytes = 1 << 20;
        const auto refused = XlsxReader(limits).readFirstSheet(path(QStringLiteral("large.xlsx")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("xl/worksheets/sheet1.xml")) && refused.error().contains(QStringLiteral("1 MB")),
                 qPrintable(refused.error()));
        const auto read = XlsxReader().readFirstSheet(path(QStringLiteral("large.xlsx")));
        QVERIFY2(read, qPrintable(read.error()));
        QVERIFY(read.value().size() > 10000);
    }

    void unitsFromAWorkbookAndFromGbk()
    {
        RoleService roles(*m_db);
        UnitService units(*m_db, roles);
        const QList<QStringList> rows{
            {QStringLiteral("单位名称"), QStringLiteral("单位类型"), QStringLiteral("所在街道社区"), QStringLiteral("地址"), QStringLiteral("联系人"),
             QStringLiteral("联系电话"), QStringLiteral("党组织"), QStringLiteral("书记")},
            {QStringLiteral("迎江区人民医院"), QStringLiteral("事业单位"), QStringLiteral("龙狮桥社区"), QStringLiteral("人民路1号"), QStringLiteral("周敏"),
             QStringLiteral("0556-5512345"), QStringLiteral("医院党委"), QStringLiteral("吴强")},
            {QStringLiteral("安庆石化"), QStringLiteral("国企"), QStringLiteral("迎江区/新河路街道"), QString(), QString(), QStringLiteral("13905561111"),
             QString(), QString()},
            {QStringLiteral("第1网格便民店"), QStringLiteral("非公企业"), QStringLiteral("第1网格"), QString(), QString(), QString(), QString(), QString()},
            {QStringLiteral("华中物业"), QStringLiteral("物业"), QStringLiteral("龙狮桥社区"), QString(), QString(), QStringLiteral("12345"), QString(), QString()},
        };
        writeWithLibxlsxwriter(path(QStringLiteral("units.xlsx")), rows);
        writeFile(path(QStringLiteral("units-gbk.csv")), encoded(csvText(rows), "GBK"));
        QStringList outcomes;
        for (const QString &file : {path(QStringLiteral("units.xlsx")), path(QStringLiteral("units-gbk.csv"))}) {
            const UnitImporter::Check checked = UnitImporter(*m_db, units).check(file);
            QStringList lines;
            for (const UnitImporter::Row &row : checked.units)
                lines.append(QStringLiteral("%1|%2|%3|%4|%5").arg(row.line).arg(row.unit.name, Cobuild::code(row.unit.type), row.organisation, row.unit.phone));
            for (const TableProblem &problem : checked.problems)
                lines.append(QStringLiteral("problem|%1|%2|%3").arg(problem.line).arg(problem.column, problem.message));
            outcomes.append(lines.join(QLatin1Char('\n')));
            QCOMPARE(checked.units.size(), 2);
            QCOMPARE(checked.units.at(1).organisation, QStringLiteral("迎江区/新河路街道"));
            QCOMPARE(checked.units.at(1).unit.type, UnitType::Soe);
            QCOMPARE(checked.problems.size(), 2);
            QCOMPARE(checked.problems.at(0).line, 4); // a grid holds no units
            QVERIFY2(checked.problems.at(0).message.contains(QStringLiteral("sub-district or a community")), qPrintable(checked.problems.at(0).message));
            QCOMPARE(checked.problems.at(1).line, 5); // the phone
            QVERIFY(units.units().isEmpty()); // checking writes nothing
        }
        QCOMPARE(outcomes.at(0), outcomes.at(1));

        // Fixed, all of them are written at once; again, each is one already there.
        QList<QStringList> fixed = rows;
        fixed[3][2] = QStringLiteral("龙狮桥社区");
        fixed[4][5] = QString();
        writeWithLibxlsxwriter(path(QStringLiteral("units-fixed.xlsx")), fixed);
        UnitImporter importer(*m_db, units);
        const auto written = importer.write(importer.check(path(QStringLiteral("units-fixed.xlsx"))));
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), 4);
        QCOMPARE(units.units().size(), 4);
        const UnitImporter::Check again = importer.check(path(QStringLiteral("units-fixed.xlsx")));
        QCOMPARE(again.problems.size(), 4);
        QVERIFY(again.problems.first().message.contains(QStringLiteral("already a unit")));
        QVERIFY(!importer.write(again));
        QCOMPARE(units.units().size(), 4);

        // The template to fill: the headings of the import, nothing below them.
        QVERIFY(UnitTemplate::write(*m_db, path(QStringLiteral("units-template.xlsx"))));
        const auto sheet = XlsxReader().readFirstSheet(path(QStringLiteral("units-template.xlsx")));
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet.value().size(), 1);
        QStringList expected;
        for (const TableColumns::Column &column : UnitImporter::columns().all())
            expected.append(UnitImporter::columns().heading(column.key));
        QCOMPARE(sheet.value().first().fields, expected);
        QVERIFY(importer.check(path(QStringLiteral("units-template.xlsx"))).problems.first().message.contains(QStringLiteral("no units")));
    }

    void theTemplateHasTheHeadingsOfTheLanguage()
    {
        QVERIFY(MemberTemplate::write(*m_db, path(QStringLiteral("headings.xlsx"))));
        const auto rows = XlsxReader().readFirstSheet(path(QStringLiteral("headings.xlsx")));
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows.value().size(), 1); // the headings alone: nothing to delete before filling it
        QStringList expected;
        for (const MemberColumns::Column &column : MemberColumns::all())
            expected.append(MemberColumns::heading(column.key));
        QCOMPARE(rows.value().first().fields, expected);
        // Empty, it imports nothing, and says so.
        const MemberImporter::Check checked = check(path(QStringLiteral("headings.xlsx")));
        QVERIFY(!checked.ok());
        QVERIFY2(checked.problems.first().message.contains(QStringLiteral("no members")), qPrintable(outcome(checked).join(QLatin1Char('\n'))));
        // In Chinese, the headings of the office's own lists.
        Language::apply(QStringLiteral("zh_CN"));
        const auto english = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
        QVERIFY(MemberTemplate::write(*m_db, path(QStringLiteral("headings-zh.xlsx"))));
        const auto chinese = XlsxReader().readFirstSheet(path(QStringLiteral("headings-zh.xlsx")));
        QVERIFY2(chinese, qPrintable(chinese.error()));
        QCOMPARE(chinese.value().first().fields.mid(0, 3), (QStringList{QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生日期")}));
    }
};

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "test_xlsximport.moc"
