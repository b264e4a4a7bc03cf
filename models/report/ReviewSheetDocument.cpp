#include "ReviewSheetDocument.h"

#include "CardPages.h"
#include "MonthlyReportDocument.h"

#include "store/FileOps.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTextDocument>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSheetDocument)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("—");
}

QString table(const QString &rows)
{
    return QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='5' style='border-collapse:collapse'>%1</table>")
        .arg(rows);
}

QString row(const QStringList &cells, bool heading = false)
{
    QString html = heading ? QStringLiteral("<tr style='background-color:#eeeeee'>") : QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += (heading ? QStringLiteral("<th>%1</th>") : QStringLiteral("<td>%1</td>")).arg(cell);
    return html + QStringLiteral("</tr>");
}

/// How many of each kind were ranked.
QHash<int, int> rankedOfKind(const QList<ReviewRow> &rows)
{
    QHash<int, int> counts;
    for (const ReviewRow &r : rows)
        counts[int(r.kind)] += r.rank ? 1 : 0;
    return counts;
}

QString html(const ReviewRow &r, int ofKindCount)
{
    const QString family = MonthlyReportDocument::fontFamily();
    QString html = QStringLiteral("<html><body style='font-family:\"%1\"'>").arg(esc(family));
    html += QStringLiteral("<p align='center' style='font-size:17pt; font-weight:bold'>%1</p>")
                .arg(esc(Text::tr("Year-end review sheet of %1").arg(r.review.year)));
    html += table(row({esc(Text::tr("Organisation")), esc(r.orgPath)}) + row({esc(Text::tr("Kind")), esc(OrgKinds::displayName(r.kind))})
                  + row({esc(Text::tr("Reviewed on")), r.review.reviewedOn.isValid() ? r.review.reviewedOn.toString(Qt::ISODate)
                                                                                    : QStringLiteral("—")}));

    html += QStringLiteral("<p style='font-weight:bold'>%1</p>").arg(esc(Text::tr("The report (述职报告)")));
    const QString report = r.review.report.trimmed();
    html += table(QStringLiteral("<tr><td>%1</td></tr>")
                      .arg(report.isEmpty() ? esc(Text::tr("Not entered."))
                                            : esc(report).replace(QLatin1Char('\n'), QStringLiteral("<br/>"))));

    html += QStringLiteral("<p style='font-weight:bold'>%1</p>").arg(esc(Text::tr("What the year shows")));
    const ReviewFacts &f = r.facts;
    html += table(row({esc(Text::tr("Tasks set")), esc(Text::tr("Done")), esc(Text::tr("Of them in time")), esc(Text::tr("Still open")),
                       esc(Text::tr("Items followed up")), esc(Text::tr("Residents satisfied"))},
                      true)
                  + row({QString::number(f.tasks), QString::number(f.tasksDone), QString::number(f.tasksDoneInTime),
                         QString::number(f.tasksOpen), QString::number(f.visited),
                         f.satisfaction() ? QStringLiteral("%1 %").arg(*f.satisfaction(), 0, 'f', 1) : QStringLiteral("—")}));

    html += QStringLiteral("<p style='font-weight:bold'>%1</p>").arg(esc(Text::tr("The scores (双述双评)")));
    const ReviewWeights &w = r.weights;
    QString scores = row({esc(Text::tr("Reviewed by")), esc(Text::tr("Weight")), esc(Text::tr("Score"))}, true);
    scores += row({esc(Text::tr("The party organisation above")), QStringLiteral("%1 %").arg(w.above), number(r.review.above)});
    scores += row({esc(Text::tr("Service objects (co-building units %1; residents' satisfaction %2)")
                           .arg(number(r.review.units), f.satisfaction() ? number(f.satisfaction()) : QStringLiteral("—"))),
                   QStringLiteral("%1 %").arg(w.service), number(r.service)});
    scores += row({esc(Text::tr("Party members")), QStringLiteral("%1 %").arg(w.members), number(r.review.members)});
    scores += row({QStringLiteral("<b>%1</b>").arg(esc(Text::tr("Total"))), QString(),
                   QStringLiteral("<b>%1</b>").arg(number(r.total))});
    html += table(scores);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(r.rank ? Text::tr("Rank %1 of the %2 %3 reviewed.").arg(QString::number(r.rank), QString::number(ofKindCount),
                                                                                   OrgKinds::displayName(r.kind))
                                : Text::tr("Not ranked: not all three scores are entered.")));
    html += QStringLiteral("<p></p><p align='right'>%1</p><p align='right'>%2</p>")
                .arg(esc(Text::tr("The reviewing party organisation (seal)")), esc(Text::tr("Date: ______ / ____ / ____")));
    return html + QStringLiteral("</body></html>");
}

} // namespace

namespace ReviewSheetDocument {

std::unique_ptr<QTextDocument> build(const ReviewRow &row, int ofKindCount)
{
    return CardPages::document(html(row, ofKindCount));
}

Outcome print(const QList<ReviewRow> &rows, QPagedPaintDevice *device, const CancelFlag *cancel, const std::function<void(int)> &progress)
{
    const QHash<int, int> ranked = rankedOfKind(rows);
    return CardPages::print(
        int(rows.size()), [&rows, &ranked](int index) { return build(rows.at(index), ranked.value(int(rows.at(index).kind))); },
        [&rows](int index, int page, int pages) {
            return Text::tr("%1 · %2 · page %3 of %4")
                .arg(rows.at(index).orgName, QString::number(rows.at(index).review.year), QString::number(page + 1),
                     QString::number(pages));
        },
        device, cancel, progress);
}

Outcome writePdf(const QList<ReviewRow> &rows, const QString &path, const CancelFlag *cancel, const std::function<void(int)> &progress)
{
    if (rows.isEmpty())
        return Outcome::failure(Text::tr("There is no organisation to review."));
    const QString temporary = FileOps::temporaryPathFor(path);
    const Outcome written = CardPages::writePdf(temporary, path, Text::tr("Year-end review sheets of %1").arg(rows.first().review.year),
                                                [&](QPagedPaintDevice *device) { return print(rows, device, cancel, progress); });
    if (!written) {
        QFile::remove(temporary);
        return written;
    }
    return FileOps::commitFile(temporary, path);
}

} // namespace ReviewSheetDocument
