#include "MonthlyReportDocument.h"

#include "OfficialPage.h"
#include "PageBreaks.h"

#include "cobuild/CobuildTypes.h"
#include "guarantee/Money.h"
#include "ledger/LedgerFlow.h"
#include "store/FileOps.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportDocument)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text, bool number = false)
{
    return number ? QStringLiteral("<td align='right'>%1</td>").arg(esc(text)) : QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString headerRow(const QStringList &titles)
{
    // A table's heading row: repeated on the next page when the table runs over.
    QString html = QStringLiteral("<thead><tr style='background-color:#eeeeee'>");
    for (const QString &title : titles)
        html += QStringLiteral("<th>%1</th>").arg(esc(title));
    return html + QStringLiteral("</tr></thead>");
}

QString table(const QString &rows)
{
    return QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>%1</table>")
        .arg(rows);
}

/// Horizontal bars, one per label, scaled to the largest value; a second value drawn over the
/// first (closed over recorded) when given.
QImage barChart(const QString &family, const QList<std::pair<QString, std::pair<double, double>>> &bars, const QString &legendA,
                const QString &legendB)
{
    const int scale = 2; // drawn at twice the size for print
    const int rowHeight = 22 * scale;
    const int labelWidth = 150 * scale;
    const int width = 640 * scale;
    const int height = (int(bars.size()) * 22 + 40) * scale;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(family);
    font.setPixelSize(12 * scale);
    painter.setFont(font);
    double most = 1;
    for (const auto &bar : bars)
        most = std::max({most, bar.second.first, bar.second.second});
    const int barArea = width - labelWidth - 60 * scale;
    int y = 4 * scale;
    const QColor colourA(0xbd, 0xc3, 0xc7);
    const QColor colourB(0x27, 0xae, 0x60);
    for (const auto &bar : bars) {
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, y, labelWidth - 8 * scale, rowHeight), Qt::AlignRight | Qt::AlignVCenter, bar.first);
        const int a = int(barArea * bar.second.first / most);
        const int b = int(barArea * bar.second.second / most);
        painter.fillRect(QRect(labelWidth, y + 4 * scale, a, rowHeight - 8 * scale), colourA);
        painter.fillRect(QRect(labelWidth, y + 7 * scale, b, rowHeight - 14 * scale), colourB);
        painter.drawText(QRect(labelWidth + a + 4 * scale, y, 60 * scale, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(qint64(bar.second.first)));
        y += rowHeight;
    }
    // Legend.
    y += 8 * scale;
    painter.fillRect(QRect(labelWidth, y, 14 * scale, 12 * scale), colourA);
    painter.drawText(QPoint(labelWidth + 20 * scale, y + 11 * scale), legendA);
    if (!legendB.isEmpty()) {
        painter.fillRect(QRect(labelWidth + 160 * scale, y, 14 * scale, 12 * scale), colourB);
        painter.drawText(QPoint(labelWidth + 180 * scale, y + 11 * scale), legendB);
    }
    return image;
}

/// A heading that begins a unit kept on one page (see PageBreaks), in style when given.
QString heading(const char *tag, int unit, const QString &text, const QString &style = QString())
{
    return QStringLiteral("<%1%4><a name='%2'>%3</a></%1>")
        .arg(QLatin1String(tag), PageBreaks::unitAnchor(unit), esc(text), style.isEmpty() ? QString() : QStringLiteral(" style='%1'").arg(style));
}

QString figureRows(const QList<std::pair<QString, QString>> &rows)
{
    QString html;
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr>%1%2</tr>").arg(cell(label), cell(value, true));
    return html;
}

} // namespace

namespace MonthlyReportDocument {

QString fontFamily()
{
    // Noto Sans CJK maps some CJK characters (网, 月, 龙, …) to Kangxi radicals in the PDF's text
    // layer; WenQuanYi does not (tests/models/test_report and tests/cli check with pdftotext). The
    // file is loaded by path because fontconfig names it in the user's language (文泉驿微米黑).
    static const QString family = [] {
        for (const QString &file : {QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                                    QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")}) {
            if (!QFile::exists(file))
                continue;
            const int id = QFontDatabase::addApplicationFont(file);
            const QStringList families = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
            if (!families.isEmpty())
                return families.first();
        }
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate : {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("文泉驿微米黑"),
                                         QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("文泉驿正黑")}) {
            if (families.contains(candidate))
                return candidate;
        }
        return QStringLiteral("Noto Sans CJK SC");
    }();
    return family;
}

std::unique_ptr<QTextDocument> build(const MonthlyReport &r, Layout layout)
{
    auto document = std::make_unique<QTextDocument>();
    const bool official = layout == Layout::Official;
    // Official: the body in 仿宋 3号, the title in 小标宋 2号, tables in 4号, headings of the first
    // level in 黑体 (the report's sans) as government documents set them.
    const QString family = official ? OfficialPage::bodyFamily() : fontFamily();
    QFont font(family);
    font.setPointSizeF(official ? OfficialPage::bodyPoints : 10.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    const QString month = Text::tr("%1-%2").arg(r.month.year()).arg(r.month.month(), 2, 10, QLatin1Char('0'));
    QString html = official ? QStringLiteral("<html><head><style>td, th { font-size: 14pt }</style></head><body style='font-family:\"%1\"'>")
                                  .arg(esc(family))
                            : QStringLiteral("<html><body style='font-family:\"%1\"'>").arg(esc(family));
    // The headings of sections in 3号 黑体 (the report's sans), of their parts in 3号 of the body:
    // paragraphs of their own (an HTML heading keeps its own size whatever the style says).
    const QString sectionStyle = official ? QStringLiteral("font-family:\"%1\"; font-size:%2pt; font-weight:normal")
                                                .arg(esc(fontFamily()))
                                                .arg(OfficialPage::bodyPoints)
                                          : QString();
    const QString partStyle = official ? QStringLiteral("font-size:%1pt").arg(OfficialPage::bodyPoints) : QString();
    if (official)
        html += QStringLiteral("<p align='center' style='font-family:\"%1\"; font-size:%2pt'>%3</p>")
                    .arg(esc(OfficialPage::titleFamily()))
                    .arg(OfficialPage::titlePoints)
                    .arg(esc(Text::tr("Party-building monthly report")));
    else
        html += QStringLiteral("<h1 align='center'>%1</h1>").arg(esc(Text::tr("Party-building monthly report")));
    html += QStringLiteral("<p align='center' style='font-size:%1pt'>%2</p>").arg(official ? OfficialPage::bodyPoints : 13).arg(esc(r.orgPath));
    html += table(figureRows({{Text::tr("Organisation"), r.orgName},
                              {Text::tr("Month"), month},
                              {Text::tr("Produced on"), r.produced.toString(Qt::ISODate)},
                              {Text::tr("Figures as of"), r.asOf.toString(Qt::ISODate)}}));

    html += heading(official ? "p" : "h2", 1, Text::tr("1. Organisations and members"), sectionStyle);
    html += table(figureRows({{Text::tr("Sub-districts"), QString::number(r.organisations.subdistricts)},
                              {Text::tr("Communities"), QString::number(r.organisations.communities)},
                              {Text::tr("Grids"), QString::number(r.organisations.grids)},
                              {Text::tr("Building party groups"), QString::number(r.organisations.buildingGroups)},
                              {Text::tr("Party-member central households"), QString::number(r.organisations.households)},
                              {Text::tr("Functional and temporary branches"),
                               QString::number(r.organisations.functionalBranches + r.organisations.temporaryBranches)},
                              {Text::tr("Party members"), QString::number(r.organisations.members)},
                              {Text::tr("Joined the party this month"), QString::number(r.membersJoined)}}));

    html += heading(official ? "p" : "h2", 2, Text::tr("2. The people's ledger"), sectionStyle);
    html += table(figureRows({{Text::tr("Items recorded"), QString::number(r.ledger.recorded)},
                              {Text::tr("Closed"), QString::number(r.ledger.closed)},
                              {Text::tr("Completion rate"), MonthlyReport::percent(r.ledger.completionRate())},
                              {Text::tr("Satisfaction rate"), MonthlyReport::percent(r.ledger.satisfactionRate())},
                              {Text::tr("Overdue on %1, of all items in hand").arg(r.asOf.toString(Qt::ISODate)),
                               QString::number(r.ledger.overdue)}}));
    html += QStringLiteral("<p></p>");
    // The rows and their chart stay in the section's unit, under its heading.
    QString rows = headerRow({r.ledgerRowsHeading, Text::tr("Recorded"), Text::tr("Closed"), Text::tr("Completion"),
                              Text::tr("Satisfaction"), Text::tr("Overdue on %1").arg(r.asOf.toString(Qt::ISODate))});
    QList<std::pair<QString, std::pair<double, double>>> bars;
    for (const MonthlyReport::Row &row : r.ledgerRows) {
        rows += QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
                    .arg(cell(row.name), cell(QString::number(row.figures.recorded), true),
                         cell(QString::number(row.figures.closed), true), cell(MonthlyReport::percent(row.figures.completionRate()), true),
                         cell(MonthlyReport::percent(row.figures.satisfactionRate()), true),
                         cell(QString::number(row.figures.overdue), true));
        bars.append({row.name, {double(row.figures.recorded), double(row.figures.closed)}});
    }
    html += table(rows);
    if (!bars.isEmpty()) {
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://ledger")),
                              barChart(family, bars, Text::tr("Recorded"), Text::tr("Closed")));
        html += QStringLiteral("<p align='center'><img src='chart://ledger' width='560'></p>");
    }
    if (!r.topCategories.isEmpty()) {
        html += heading(official ? "p" : "h3", 3, Text::tr("What residents asked about most"), partStyle);
        QList<std::pair<QString, std::pair<double, double>>> categories;
        QString categoryRows = headerRow({Text::tr("Category"), Text::tr("Items")});
        for (const MonthlyReport::Count &c : r.topCategories) {
            categoryRows += QStringLiteral("<tr>%1%2</tr>").arg(cell(c.name), cell(QString::number(c.count), true));
            categories.append({c.name, {double(c.count), 0.0}});
        }
        html += table(categoryRows);
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://categories")),
                              barChart(family, categories, Text::tr("Items recorded"), QString()));
        html += QStringLiteral("<p align='center'><img src='chart://categories' width='480'></p>");
    }

    if (r.workError.isEmpty()) {
        html += heading(official ? "p" : "h3", 4, Text::tr("Where the items came from"), partStyle);
        QString sourceRows = headerRow({Text::tr("Source"), Text::tr("Items")});
        for (const WorkFigures::Count &c : r.work.itemsBySource) {
            const auto source = LedgerFlow::sourceFromCode(c.code);
            sourceRows += QStringLiteral("<tr>%1%2</tr>").arg(cell(source ? LedgerFlow::displayName(*source) : c.code),
                                                              cell(QString::number(c.count), true));
        }
        for (const WorkFigures::Count &c : r.work.itemsByWhistle) {
            const auto whistle = LedgerFlow::whistleFromCode(c.code);
            sourceRows += QStringLiteral("<tr>%1%2</tr>").arg(cell(Text::tr("Of them escalated with the %1").arg(whistle ? LedgerFlow::displayName(*whistle) : c.code)),
                                                              cell(QString::number(c.count), true));
        }
        html += table(sourceRows);
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(r.workError));
    }

    html += heading(official ? "p" : "h2", 5, Text::tr("3. Co-building"), sectionStyle);
    QList<std::pair<QString, QString>> cobuild = {{Text::tr("Agreements in force"), QString::number(r.agreementsInForce)},
                                                   {Text::tr("Joint activities held"), QString::number(r.activities)},
                                                   {Text::tr("Needs posted"), QString::number(r.needsPosted)},
                                                   {Text::tr("Needs matched"), QString::number(r.needsMatched)}};
    for (const MonthlyReport::Count &stage : r.projectsByStage)
        cobuild.append({Text::tr("Projects: %1").arg(stage.name), QString::number(stage.count)});
    if (r.workError.isEmpty()) {
        for (const WorkFigures::Activities &a : r.work.activitiesByKind) {
            const auto kind = Cobuild::fromCode<ActivityKind>(a.kind);
            if (kind && *kind != ActivityKind::Joint)
                cobuild.append({Text::tr("Activities held: %1").arg(Cobuild::displayName(*kind)), QString::number(a.held)});
        }
        cobuild.append({Text::tr("Participants in activities of every kind"), QString::number(r.work.participants)});
        cobuild.append({Text::tr("Part-time committee members from units"), QString::number(r.work.partTimeMembers)});
        for (const char *type : {"property", "private", "social"}) {
            const WorkFigures::Units u = r.work.unitsOf(QLatin1String(type));
            const auto unitType = Cobuild::fromCode<UnitType>(u.type);
            cobuild.append({Text::tr("With a party organisation: %1").arg(unitType ? Cobuild::displayName(*unitType) : u.type),
                            u.units ? QStringLiteral("%1 / %2 (%3)").arg(u.withPartyOrg).arg(u.units).arg(MonthlyReport::percent(u.coverage()))
                                    : QStringLiteral("—")});
        }
    }
    html += table(figureRows(cobuild));

    html += heading(official ? "p" : "h2", 6, Text::tr("4. The guarantee list"), sectionStyle);
    const GuaranteeFigures &g = r.guarantee;
    if (!r.guaranteeError.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(r.guaranteeError)); // no zeros that could pass for figures
    else
        html += table(figureRows({{Text::tr("Communities below the space standard (30 m² per 100 households)"),
                               QStringLiteral("%1 / %2").arg(g.belowStandard.size()).arg(g.communities)},
                              {Text::tr("Service facilities short, in all (m²)"), QString::number(g.shortTotal())},
                              {Text::tr("Venues open"), QString::number(g.venues)},
                              {Text::tr("Work funds allotted in %1 (yuan)").arg(g.year), Money::yuan(g.allotted)},
                              {Text::tr("Work funds spent (yuan)"), Money::yuan(g.spent)},
                              {Text::tr("Share of the funds spent"), MonthlyReport::percent(g.spentRate())},
                              {Text::tr("Inspections in %1").arg(g.year), QString::number(g.inspections)},
                              {Text::tr("Follow-up tasks of inspections open"), QString::number(g.inspectionTasksOpen)}}));
    if (r.guaranteeError.isEmpty() && !g.belowStandard.isEmpty()) {
        html += QStringLiteral("<p></p>");
        QString spaceRows = headerRow({Text::tr("Community"), Text::tr("Households"), Text::tr("Required (m²)"),
                                       Text::tr("Facilities (m²)"), Text::tr("Short (m²)")});
        for (const CommunitySpace &c : g.belowStandard) {
            spaceRows += QStringLiteral("<tr>%1%2%3%4%5</tr>")
                             .arg(cell(c.name), cell(QString::number(c.households), true), cell(QString::number(c.required()), true),
                                  cell(QString::number(c.area), true), cell(QString::number(c.shortBy()), true));
        }
        html += table(spaceRows);
    }

    // The last unit holds the signature block: never on a page of its own.
    html += heading(official ? "p" : "h2", 7, Text::tr("5. Meetings and tasks"), sectionStyle);
    html += table(figureRows({{Text::tr("Joint meetings held"), QString::number(r.meetingsHeld)},
                              {Text::tr("Deliberation councils held"), QString::number(r.councilsHeld)},
                              {Text::tr("Tasks set"), QString::number(r.tasksSet)},
                              {Text::tr("Tasks done"), QString::number(r.tasksDone)},
                              {Text::tr("Tasks overdue on %1, of all open tasks").arg(r.asOf.toString(Qt::ISODate)),
                               QString::number(r.tasksOverdue)}}));

    html += QStringLiteral("<p></p><p></p>");
    if (official) // two lines of 3号 (a row of three would wrap in the block's 28 characters)
        html += QStringLiteral("<p>%1&nbsp;&nbsp;&nbsp;&nbsp;%2</p><p align='right'>%3</p>")
                    .arg(esc(Text::tr("Prepared by: ____________")), esc(Text::tr("Checked by: ____________")),
                         esc(Text::tr("Date: ______ / ____ / ____")));
    else
        html += QStringLiteral("<table width='100%' cellpadding='10'><tr><td>%1</td><td>%2</td><td>%3</td></tr></table>")
                    .arg(esc(Text::tr("Prepared by: ____________")), esc(Text::tr("Checked by: ____________")),
                         esc(Text::tr("Date: ______ / ____ / ____")));
    html += QStringLiteral("</body></html>");
    document->setHtml(html);
    return document;
}

void print(const MonthlyReport &report, QPagedPaintDevice *device, Layout layout)
{
    if (layout == Layout::Official) {
        const auto document = build(report, layout);
        OfficialPage::layOut(*document);
        PageBreaks::keepUnitsTogether(*document, OfficialPage::measure(), OfficialPage::blockSize(), 0);
        OfficialPage::print(*document, device);
        return;
    }
    // QTextDocument::print adds a 2 cm margin of its own (and the page number inside it): with
    // these 5 mm the text block sits 25 mm from the paper's edges.
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(5, 5, 5, 5),
                                      QPageLayout::Millimeter));
    const auto document = build(report, layout);
    PageBreaks::keepUnitsTogether(*document, *device);
    document->print(device);
}

Outcome writePdf(const MonthlyReport &report, const QString &path, Layout layout)
{
    const QString temporary = FileOps::temporaryPathFor(path);
    {
        QPdfWriter writer(temporary);
        writer.setResolution(layout == Layout::Official ? 600 : 96); // official: positions to a 24th of a millimetre
        writer.setTitle(Text::tr("Party-building monthly report — %1").arg(report.orgName));
        writer.setCreator(QStringLiteral("ZongHeng"));
        print(report, &writer, layout);
    }
    QFile written(temporary);
    if (!written.exists() || written.size() == 0) {
        QFile::remove(temporary);
        return Outcome::failure(Text::tr("The PDF could not be written to %1.").arg(path));
    }
    return FileOps::commitFile(temporary, path);
}

} // namespace MonthlyReportDocument
