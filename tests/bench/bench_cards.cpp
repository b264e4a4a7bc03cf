// Benchmark of the in-service members' feedback cards (issue 14: a batch of 1,000 cards ≤ 10 s):
// the cards of a quarter gathered and N of them written as PDFs — a file per employer, and a file
// per member — beside the plain way: the same cards' HTML as one QTextDocument printed by
// QTextDocument::print, and the activities read by the sqlite3 shell. Usage:
// bench_cards DB [QUARTER] [N].

#include "exchange/Quarter.h"
#include "members/ServiceCards.h"
#include "report/ServiceCardDocument.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

namespace {

double since(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_cards DB [QUARTER] [N]\n";
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const Quarter quarter = *Quarter::parse(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("2026Q3"));
    const int wanted = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 1000;
    auto opened = Database::open(file, Database::Access::ReadOnly);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    const Database &database = *opened.value();

    QElapsedTimer timer;
    timer.start();
    const auto gathered = ServiceCards::gather(database, {quarter, {}, 0, 0});
    if (!gathered)
        qFatal("%s", qPrintable(gathered.error()));
    const double gatherMs = since(timer);
    const QList<ServiceCard> cards = gathered.value().mid(0, wanted);
    int activities = 0;
    for (const ServiceCard &card : cards)
        activities += int(card.activities.size());

    QTemporaryDir batchDir;
    timer.restart();
    const auto batches = ServiceCardDocument::writeAll(cards, batchDir.path(), false);
    if (!batches)
        qFatal("%s", qPrintable(batches.error()));
    const double batchMs = since(timer);

    QTemporaryDir eachDir;
    timer.restart();
    const auto each = ServiceCardDocument::writeAll(cards, eachDir.path(), true);
    if (!each)
        qFatal("%s", qPrintable(each.error()));
    const double eachMs = since(timer);

    // The plain way: one document of all the cards, page breaks between, printed by Qt.
    timer.restart();
    QString html;
    for (const ServiceCard &card : cards) {
        const auto document = ServiceCardDocument::build(card);
        html += QStringLiteral("<div style='page-break-before:always'>") + document->toHtml() + QStringLiteral("</div>");
    }
    QTextDocument plain;
    plain.setHtml(html);
    {
        QPdfWriter writer(batchDir.filePath(QStringLiteral("plain.pdf")));
        writer.setResolution(300);
        plain.print(&writer);
    }
    const double plainMs = since(timer);

    const QString sql = QStringLiteral(
        "SELECT count(*) FROM member m JOIN activity_member am ON am.member_id = m.id JOIN activity a ON a.id = am.activity_id "
        "WHERE m.category = 'in_service' AND a.held_on BETWEEN '%1' AND '%2';")
                            .arg(quarter.first().toString(Qt::ISODate), quarter.last().toString(Qt::ISODate));
    timer.restart();
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), file, sql});
    shell.waitForFinished(-1);
    const double shellMs = since(timer);

    out << "cards of " << quarter.code() << ": " << gathered.value().size() << " gathered; " << cards.size() << " written ("
        << activities << " activities on them)\n"
        << "gathering every card (program): " << QString::number(gatherMs, 'f', 0) << " ms\n"
        << "a file per employer (" << batches.value().size() << " files): " << QString::number(batchMs, 'f', 0)
        << " ms (target <= 10000)\n"
        << "a file per member (" << each.value().size() << " files): " << QString::number(eachMs, 'f', 0) << " ms\n"
        << "plain: one QTextDocument of the same cards, QTextDocument::print: " << QString::number(plainMs, 'f', 0) << " ms\n"
        << "plain: the quarter's activities of in-service members, sqlite3 shell: " << QString::number(shellMs, 'f', 0) << " ms ("
        << shell.readAllStandardOutput().trimmed() << " rows)\n";
    return 0;
}
