// Printing through a real CUPS queue (tests/print/test_cups.sh starts a private cupsd with a
// CUPS-PDF queue and names it in ZONGHENG_TEST_PRINTER): the monthly report, printed as File ›
// Print prints it (QPrinter, the official layout, the full page), comes out of the queue as a PDF
// of as many A4 pages as the PDF the program writes itself, each page looking the same. CUPS-PDF
// prints through PostScript, which keeps the pages' look but not their text layer: the text is
// checked on the program's own PDF, the queue's pages against its pages.

#include "TestSupport.h"

#include "org/OrgRepository.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportDocument.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

using namespace TestSupport;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pageFacts(const QString &pdf)
{
    return run(QStringLiteral("pdfinfo"), {pdf});
}

int pagesOf(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(pageFacts(pdf)).captured(1).toInt();
}

/// A page drawn in grey at a low resolution, as the bytes of a PGM image (pdftoppm).
QImage drawn(const QString &pdf, int page)
{
    const QString base = QDir::temp().filePath(QStringLiteral("zongheng-cups-%1-%2").arg(qHash(pdf)).arg(page));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-f"), QString::number(page),
                                     QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf, base});
    QImage image(base + QStringLiteral(".pgm"));
    QFile::remove(base + QStringLiteral(".pgm"));
    return image.convertToFormat(QImage::Format_Grayscale8);
}

/// The mean difference of two pages' greys (0 the same, 255 the opposite), and how much of the
/// first is ink.
std::pair<double, double> compare(const QImage &a, const QImage &b)
{
    const int width = std::min(a.width(), b.width());
    const int height = std::min(a.height(), b.height());
    double difference = 0;
    qint64 ink = 0;
    for (int y = 0; y < height; ++y) {
        const uchar *ra = a.constScanLine(y);
        const uchar *rb = b.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            difference += std::abs(int(ra[x]) - int(rb[x]));
            ink += ra[x] < 250; // anything drawn
        }
    }
    const double pixels = double(width) * height;
    return {difference / pixels, ink / pixels};
}

} // namespace

class TestCupsPrint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void theQueueGetsWhatThePreviewShows()
    {
        const QString queue = qEnvironmentVariable("ZONGHENG_TEST_PRINTER");
        if (queue.isEmpty())
            QSKIP("run by tests/print/test_cups.sh, which starts the CUPS queue");
        const QString outbox = qEnvironmentVariable("ZONGHENG_TEST_PRINTER_OUT");
        QVERIFY(QPrinterInfo::availablePrinterNames().contains(queue));

        auto db = createDemo(m_dir.filePath(QStringLiteral("office.db")), QStringLiteral("small"), 7);
        const OrgRepository orgs(*db);
        const MonthlyReport report = MonthlyReport::gather(*db, *orgs.findByPath(QStringLiteral("迎江区/新河路街道")), QDate(2026, 10, 1),
                                                           QDate(2026, 11, 20));
        const QString own = m_dir.filePath(QStringLiteral("own.pdf"));
        QVERIFY(MonthlyReportDocument::writePdf(report, own, MonthlyReportDocument::Layout::Official));
        const QString ownText = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), own, QStringLiteral("-")});
        QVERIFY2(ownText.contains(QStringLiteral("新河路街道")) && ownText.contains(QStringLiteral("— 1 —")), qPrintable(ownText.left(200)));

        // Printed as File › Print does: the queue, A4, the official page from the paper's edges.
        const QString title = QStringLiteral("zongheng-cups-%1").arg(QCoreApplication::applicationPid());
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setPrinterName(queue);
            QVERIFY(printer.isValid());
            printer.setPageSize(QPageSize(QPageSize::A4));
            printer.setFullPage(true);
            printer.setDocName(title);
            MonthlyReportDocument::print(report, &printer, MonthlyReportDocument::Layout::Official);
        }
        QString printed;
        QElapsedTimer waited;
        waited.start();
        qint64 lastSize = -1;
        while (waited.elapsed() < 90000) {
            QDirIterator files(outbox, {title + QStringLiteral("*.pdf")}, QDir::Files);
            if (files.hasNext()) {
                const QString found = files.next();
                const qint64 size = QFileInfo(found).size();
                if (size > 0 && size == lastSize) {
                    printed = found;
                    break;
                }
                lastSize = size;
            }
            QThread::msleep(500);
        }
        QVERIFY2(!printed.isEmpty(), qPrintable(QStringLiteral("nothing came out of the queue into %1").arg(outbox)));
        const auto removePrinted = qScopeGuard([&] { QFile::remove(printed); });
        const QString facts = pageFacts(printed);
        QVERIFY2(facts.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(facts));
        QCOMPARE(pagesOf(printed), pagesOf(own));
        for (int page = 1; page <= pagesOf(own); ++page) {
            const auto [difference, ink] = compare(drawn(own, page), drawn(printed, page));
            QVERIFY2(ink > 0.005, qPrintable(QStringLiteral("page %1 of the report is blank").arg(page)));
            QVERIFY2(difference < 4, qPrintable(QStringLiteral("page %1 differs by %2").arg(page).arg(difference)));
            qInfo("page %d: %.1f %% drawn, mean grey difference %.2f", page, 100 * ink, difference);
        }
    }
};

QTEST_MAIN(TestCupsPrint)
#include "test_cupsprint.moc"
