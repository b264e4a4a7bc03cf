// The monthly report: its figures agree with `stats` on a fixed demo seed, percentages print with
// one decimal, and the PDF's text copies out as the same Chinese characters (no Kangxi radicals).

#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "org/OrgRepository.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportDocument.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>

using namespace TestSupport;

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
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

    void cleanupTestCase() { m_db.reset(); }

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
