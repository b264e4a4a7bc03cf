// The monthly report: its figures agree with `stats` on a fixed demo seed, percentages print with
// one decimal, and the PDF's text copies out as the same Chinese characters (no Kangxi radicals).

#include "TestSupport.h"

#include "core/Language.h"
#include "demo/DemoGenerator.h"
#include "org/OrgRepository.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportDocument.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

using namespace TestSupport;

namespace {

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

/// The output of a poppler tool on one page of a PDF.
QString onPage(const char *name, const QStringList &arguments, const QString &pdf, int page)
{
    QProcess process;
    process.start(tool(name), QStringList{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page)}
                                  + arguments + QStringList{pdf}
                                  + (qstrcmp(name, "pdftotext") == 0 ? QStringList{QStringLiteral("-")} : QStringList{}));
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString report(const char *text)
{
    return QCoreApplication::translate("MonthlyReportDocument", text);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_yingjiang;
    const QDate m_asOf = QDate(2026, 11, 20);

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("report.db")));
        DemoGenerator::Options options;
        options.profile = QStringLiteral("small");
        options.seed = 7;
        options.asOf = m_asOf;
        QVERIFY(DemoGenerator::run(*m_db, options));
    }

    void cleanupTestCase()
    {
        m_yingjiang.reset();
        m_db.reset();
    }

    void percentages()
    {
        QCOMPARE(MonthlyReport::percent(0.98765), QStringLiteral("98.8%"));
        QCOMPARE(MonthlyReport::percent(1.0), QStringLiteral("100.0%"));
        QCOMPARE(MonthlyReport::percent(0.0), QStringLiteral("0.0%"));
    }

    void figuresAgreeWithStats()
    {
        const OrgRepository orgs(*m_db);
        const auto subdistrict = orgs.findByPath(QStringLiteral("迎江区/新河路街道"));
        QVERIFY(subdistrict);
        const QDate month(2026, 10, 1);
        const MonthlyReport report = MonthlyReport::gather(*m_db, *subdistrict, month, m_asOf);
        // What `stats --from 2026-10-01 --to 2026-10-31 --org …` computes.
        const LedgerFigures stats = LedgerFigures::compute(*m_db, *subdistrict, month, QDate(2026, 10, 31), QDate(2026, 10, 31));
        QVERIFY(report.ledger.recorded > 0);
        QCOMPARE(report.ledger.recorded, stats.recorded);
        QCOMPARE(report.ledger.closed, stats.closed);
        QCOMPARE(report.ledger.overdue, stats.overdue);
        QCOMPARE(report.ledger.completionRate(), stats.completionRate());
        QCOMPARE(report.asOf, QDate(2026, 10, 31));
        // The per-community rows add up to the whole.
        qint64 recorded = 0, closed = 0;
        for (const MonthlyReport::Row &row : report.ledgerRows) {
            recorded += row.figures.recorded;
            closed += row.figures.closed;
        }
        QCOMPARE(report.ledgerRows.size(), 5);
        QCOMPARE(recorded, report.ledger.recorded);
        QCOMPARE(closed, report.ledger.closed);
        qint64 byCategory = 0;
        for (const MonthlyReport::Count &c : report.topCategories)
            byCategory += c.count;
        QVERIFY(byCategory <= report.ledger.recorded && byCategory > 0);
        QCOMPARE(report.organisations.communities, 5);
        QVERIFY(report.meetingsHeld >= 0 && report.agreementsInForce > 0);
        // A month still running counts overdue on today, not on its last day.
        const MonthlyReport current = MonthlyReport::gather(*m_db, *subdistrict, QDate(2026, 11, 1), m_asOf);
        QCOMPARE(current.asOf, m_asOf);
    }

    void pdfTextIsTheRealCharacters()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const OrgRepository orgs(*m_db);
        const MonthlyReport report = MonthlyReport::gather(*m_db, *orgs.findByPath(QStringLiteral("迎江区/新河路街道")),
                                                           QDate(2026, 10, 1), m_asOf);
        const QString path = m_dir.filePath(QStringLiteral("月报.pdf"));
        QVERIFY(MonthlyReportDocument::writePdf(report, path));
        QVERIFY(QFile(path).size() > 10000);
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        // Names from the tree and the demo data, with characters some fonts turn into radicals.
        for (const QString &expected : {QStringLiteral("新河路街道"), QStringLiteral("龙狮桥社区"), QStringLiteral("炮营山社区")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x2F00 || c.unicode() > 0x2FDF, qPrintable(QStringLiteral("Kangxi radical U+%1 in the PDF text").arg(c.unicode(), 4, 16)));
        QVERIFY(text.contains(MonthlyReport::percent(report.ledger.completionRate())));
        QVERIFY(text.contains(QString::number(report.ledger.recorded)));
        // The font is embedded.
        const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        if (!pdffonts.isEmpty()) {
            QProcess fonts;
            fonts.start(pdffonts, {path});
            QVERIFY(fonts.waitForFinished(30000));
            const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
            QVERIFY(!lines.isEmpty());
            for (const QString &line : lines)
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
        }
        qInfo() << "report font:" << MonthlyReportDocument::fontFamily();
    }

    /// The official layout measured on the PDF (pdftotext -bbox, in points): A4; the text block
    /// 37 mm from the top, 28 mm from the binding edge — the left of odd pages, the right of even
    /// ones — and 156 mm wide; the title in 2号, body and headings in 3号, tables in 4号; the page
    /// numbers "— n —" 7 mm below the block, at the right of odd pages and the left of even ones.
    void officialLayoutFollowsGbT9704()
    {
        const OrgRepository orgs(*m_db);
        const MonthlyReport report = MonthlyReport::gather(*m_db, *orgs.findByPath(QStringLiteral("迎江区")), QDate(2026, 10, 1), m_asOf);
        const QString pdf = m_dir.filePath(QStringLiteral("official.pdf"));
        QVERIFY(MonthlyReportDocument::writePdf(report, pdf, MonthlyReportDocument::Layout::Official));
        QProcess info;
        info.start(tool("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString facts = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(facts.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(facts));
        static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesLine.match(facts).captured(1).toInt();
        QVERIFY2(pages >= 2, qPrintable(facts));
        const auto mm = [](qreal points) { return points / 72 * 25.4; };
        static const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        for (int page = 1; page <= pages; ++page) {
            const QString boxes = onPage("pdftotext", {QStringLiteral("-bbox")}, pdf, page);
            qreal left = 1e9, right = 0, top = 1e9, bottom = 0;
            QRectF number;
            for (auto it = word.globalMatch(boxes); it.hasNext();) {
                const auto m = it.next();
                const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()), QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
                if (m.captured(5) == QString::number(page) && mm(box.top()) > 262) {
                    number = box;
                    continue;
                }
                if (m.captured(5) == QStringLiteral("—"))
                    continue;
                left = std::min(left, box.left());
                right = std::max(right, box.right());
                top = std::min(top, box.top());
                bottom = std::max(bottom, box.bottom());
                if (m.captured(5) == QStringLiteral("党建工作月报"))
                    QVERIFY2(qAbs(box.width() / 6 - 22) < 0.6, qPrintable(QString::number(box.width() / 6))); // 2号
            }
            const bool odd = page % 2 == 1;
            const qreal blockLeft = odd ? 28 : 26;
            QVERIFY2(mm(left) >= blockLeft - 0.3 && mm(left) < blockLeft + 3, qPrintable(QStringLiteral("page %1 starts at %2 mm").arg(page).arg(mm(left))));
            QVERIFY2(mm(right) <= blockLeft + 156 + 0.3, qPrintable(QStringLiteral("page %1 ends at %2 mm").arg(page).arg(mm(right))));
            QVERIFY2(mm(top) >= 37 - 0.3, qPrintable(QStringLiteral("page %1: text %2 mm from the top").arg(page).arg(mm(top))));
            QVERIFY2(mm(bottom) <= 37 + 225 + 0.3, qPrintable(QStringLiteral("page %1: text down to %2 mm").arg(page).arg(mm(bottom))));
            // The number: 4号, one character (14 pt) in from the block's edge on its side, 7 mm below the block.
            QVERIFY2(!number.isNull(), qPrintable(QStringLiteral("no page number on page %1").arg(page)));
            QVERIFY2(qAbs(mm(number.top()) - (37 + 225 + 7)) < 1.5, qPrintable(QStringLiteral("number at %1 mm").arg(mm(number.top()))));
            if (odd)
                QVERIFY2(qAbs(mm(number.right()) - (28 + 156 - mm(14) - mm(14) * 1.2)) < 2.5, qPrintable(QString::number(mm(number.right()))));
            else
                QVERIFY2(qAbs(mm(number.left()) - (26 + mm(14) + mm(14) * 1.2)) < 2.5, qPrintable(QString::number(mm(number.left()))));
            const QString text = onPage("pdftotext", {QStringLiteral("-enc"), QStringLiteral("UTF-8")}, pdf, page);
            QVERIFY2(text.contains(QStringLiteral("— %1 —").arg(page)), qPrintable(text.right(80)));
            for (const QChar c : text)
                QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QStringLiteral("radical U+%1 on page %2").arg(c.unicode(), 4, 16).arg(page)));
        }
        // The first page's text, against the plain layout's: the same words, in other places.
        QVERIFY(MonthlyReportDocument::writePdf(report, m_dir.filePath(QStringLiteral("plain.pdf")), MonthlyReportDocument::Layout::Plain));
        const QString official = onPage("pdftotext", {}, pdf, 1).simplified();
        QVERIFY(official.contains(report.orgPath.section(QLatin1Char('/'), -1)));
    }

    /// The text of the report, locked by a golden file: a change to any figure, heading or row of
    /// the report for a fixed demo seed shows as a difference.
    void reportTextMatchesGolden()
    {
        const OrgRepository orgs(*m_db);
        for (const auto &[path, name] : {std::pair{QStringLiteral("迎江区/新河路街道"), QStringLiteral("monthly-report-small-7-subdistrict-2026-10.txt")},
                                         std::pair{QStringLiteral("迎江区"), QStringLiteral("monthly-report-small-7-district-2026-10.txt")}}) {
            MonthlyReport report = MonthlyReport::gather(*m_db, *orgs.findByPath(path), QDate(2026, 10, 1), m_asOf);
            report.produced = m_asOf; // the day it is printed is no figure
            const auto document = MonthlyReportDocument::build(report);
            compareWithGolden(name, document->toPlainText().toUtf8() + '\n');
        }
    }

    /// The printed pages, read back with pdftotext and pdfimages: each section's heading on the page
    /// of its first rows, a chart on the page of its table, the signature with the last section;
    /// no page holding only a table's tail.
    void pageBreaksKeepUnitsTogether_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("path");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (const QString &path : {QStringLiteral("迎江区"), QStringLiteral("迎江区/新河路街道"),
                                        QStringLiteral("迎江区/新河路街道/龙狮桥社区")})
                QTest::newRow(qPrintable(language + QLatin1Char(' ') + path)) << language << path;
        }
    }

    void pageBreaksKeepUnitsTogether()
    {
        if (tool("pdftotext").isEmpty() || tool("pdfimages").isEmpty() || tool("pdfinfo").isEmpty())
            QSKIP("poppler-utils is not installed");
        QFETCH(QString, language);
        QFETCH(QString, path);
        if (!m_yingjiang) {
            // The demo of a whole district: six sub-districts, tables and charts of several rows.
            m_yingjiang = createDatabase(m_dir.filePath(QStringLiteral("yingjiang.db")));
            DemoGenerator::Options options;
            options.profile = QStringLiteral("yingjiang");
            options.asOf = m_asOf;
            QVERIFY(DemoGenerator::run(*m_yingjiang, options));
        }
        Language::apply(language);
        const OrgRepository orgs(*m_yingjiang);
        const MonthlyReport r = MonthlyReport::gather(*m_yingjiang, *orgs.findByPath(path), QDate(2026, 10, 1), m_asOf);
        const QString pdf = m_dir.filePath(QStringLiteral("pages.pdf"));
        QVERIFY(MonthlyReportDocument::writePdf(r, pdf));
        QProcess info;
        info.start(tool("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput())).captured(1).toInt();
        QVERIFY(pages >= 2);
        QStringList text;
        QList<int> images;
        for (int page = 1; page <= pages; ++page) {
            text.append(onPage("pdftotext", {QStringLiteral("-enc"), QStringLiteral("UTF-8")}, pdf, page));
            // pdfimages -list: two heading lines, then one line per image.
            images.append(int(onPage("pdfimages", {QStringLiteral("-list")}, pdf, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2);
        }
        const auto pageOf = [&text](const QString &what, qsizetype from = 0) {
            for (qsizetype i = from; i < text.size(); ++i) {
                if (text.at(i).contains(what))
                    return int(i);
            }
            return -1;
        };
        // Each heading and its first row.
        const QList<std::pair<QString, QString>> together = {
            {report("1. Organisations and members"), report("Sub-districts")},
            {report("2. The people's ledger"), report("Items recorded")},
            {report("2. The people's ledger"), r.ledgerRows.isEmpty() ? report("Items recorded") : r.ledgerRows.first().name},
            {report("3. Co-building"), report("Agreements in force")},
            {report("Where the items came from"), report("Source")},
            {report("4. The guarantee list"), report("Venues open")},
            {report("5. Meetings and tasks"), report("Joint meetings held")},
            {report("5. Meetings and tasks"), report("Prepared by: ____________")},
        };
        for (const auto &[heading, row] : together) {
            QVERIFY2(pageOf(heading) >= 0, qPrintable(heading));
            // The row from the heading's page on (a community's name is in the title block too).
            const int headingPage = pageOf(heading);
            QVERIFY2(headingPage == pageOf(row, headingPage), qPrintable(QStringLiteral("%1 on page %2, %3 on page %4")
                                                                           .arg(heading).arg(headingPage + 1).arg(row).arg(pageOf(row, headingPage) + 1)));
        }
        // The charts with their tables.
        if (!r.ledgerRows.isEmpty())
            QVERIFY2(images.at(pageOf(report("2. The people's ledger"))) >= 1, "the ledger's chart is not on its table's page");
        if (!r.topCategories.isEmpty()) {
            const int categories = pageOf(report("What residents asked about most"));
            QVERIFY(categories >= 0);
            QCOMPARE(pageOf(r.topCategories.first().name), categories);
            QVERIFY2(images.at(categories) >= 1, "the categories' chart is not on its table's page");
        }
        // Every page after the first opens a section (or the categories): none is only a tail.
        const QStringList headings = {report("1. Organisations and members"), report("2. The people's ledger"),
                                      report("What residents asked about most"), report("Where the items came from"),
                                      report("3. Co-building"),
                                      report("4. The guarantee list"), report("5. Meetings and tasks")};
        for (int page = 1; page < pages; ++page) {
            bool opens = false;
            for (const QString &heading : headings)
                opens = opens || text.at(page).contains(heading);
            QVERIFY2(opens, qPrintable(QStringLiteral("page %1 holds no heading: %2").arg(page + 1).arg(text.at(page).simplified().left(120))));
        }
        Language::apply(QStringLiteral("en"));
    }

    void documentHasTheSections()
    {
        const MonthlyReport report = MonthlyReport::gather(*m_db, 0, QDate(2026, 10, 1), m_asOf);
        const auto document = MonthlyReportDocument::build(report);
        const QString text = document->toPlainText();
        QVERIFY(text.contains(MonthlyReport::percent(report.ledger.satisfactionRate())));
        QVERIFY(text.contains(QString::number(report.organisations.members)));
        QCOMPARE(report.ledgerRowsHeading.isEmpty(), false);
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
