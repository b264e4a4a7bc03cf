#include "ServiceCardDocument.h"

#include "CardPages.h"
#include "MonthlyReportDocument.h"

#include "core/CancelFlag.h"
#include "core/IsoDate.h"
#include "ledger/LedgerFlow.h"
#include "store/FileOps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextDocument>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCardDocument)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : esc(text);
}

QString date(const QDate &day)
{
    return day.isValid() ? IsoDate::format(day) : QStringLiteral("—");
}

QString hours(double value)
{
    return value > 0 ? QString::number(value, 'g', 5) : QStringLiteral("—");
}

QString quarterName(const Quarter &quarter)
{
    return Text::tr("%1, quarter %2").arg(quarter.year).arg(quarter.number);
}

QString table(const QString &rows)
{
    return QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='5' style='border-collapse:collapse'>%1</table>")
        .arg(rows);
}

QString headerRow(const QStringList &titles)
{
    QString html = QStringLiteral("<thead><tr style='background-color:#eeeeee'>");
    for (const QString &title : titles)
        html += QStringLiteral("<th>%1</th>").arg(esc(title));
    return html + QStringLiteral("</tr></thead>");
}

/// A row of label/value pairs.
QString factsRow(const QList<std::pair<QString, QString>> &pairs, int span = 1)
{
    QString html = QStringLiteral("<tr>");
    for (const auto &pair : pairs)
        html += QStringLiteral("<td style='background-color:#f4f4f4' width='16%'>%1</td><td colspan='%3'>%2</td>")
                    .arg(esc(pair.first), pair.second, QString::number(span));
    return html + QStringLiteral("</tr>");
}

QString stateName(const QString &code)
{
    const auto state = LedgerFlow::stateFromCode(code);
    return state ? LedgerFlow::displayName(*state) : code;
}

QString html(const ServiceCard &card)
{
    const QString family = MonthlyReportDocument::fontFamily();
    QString html = QStringLiteral("<html><body style='font-family:\"%1\"'>").arg(esc(family));
    html += QStringLiteral("<p align='center' style='font-size:17pt; font-weight:bold'>%1</p>")
                .arg(esc(Text::tr("In-service party member's feedback card")));
    html += QStringLiteral("<p align='center'>%1</p>").arg(esc(quarterName(card.quarter)));
    const QString employer = card.employer.isEmpty() ? Text::tr("the employer") : card.employer;
    html += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("To the party organisation of %1:").arg(employer)));
    html += QStringLiteral("<p>%1</p>").arg(esc(
        Text::tr("%1, a party member of your unit, reports to %2 (since %3). This is what they did there in the quarter, "
                 "for your assessment of the member (双联双管).")
            .arg(card.name, card.reportedTo, date(card.reportedOn))));

    html += table(factsRow({{Text::tr("Name"), esc(card.name)},
                            {Text::tr("Gender"), esc(MemberEnums::displayName(card.gender))},
                            {Text::tr("Phone"), orDash(card.phone)}})
                  + factsRow({{Text::tr("Own branch"), orDash(card.branch)}}, 5)
                  + factsRow({{Text::tr("Employer"), orDash(card.employer)}}, 5)
                  + factsRow({{Text::tr("Reports to"), orDash(card.reportedTo)}}, 5));

    html += QStringLiteral("<p style='font-weight:bold'>%1</p>").arg(esc(Text::tr("The quarter at a glance")));
    html += table(headerRow({Text::tr("Activities"), Text::tr("Hours"), Text::tr("Ledger items taken on"),
                             Text::tr("Of them closed"), Text::tr("Points earned"), Text::tr("Points balance")})
                  + QStringLiteral("<tr><td align='center'>%1</td><td align='center'>%2</td><td align='center'>%3</td>"
                                   "<td align='center'>%4</td><td align='center'>%5</td><td align='center'>%6</td></tr>")
                        .arg(card.activities.size())
                        .arg(card.hours() > 0 ? hours(card.hours()) : QStringLiteral("0"))
                        .arg(card.items.size())
                        .arg(card.itemsClosed())
                        .arg(card.pointsEarned)
                        .arg(card.pointsBalance));

    html += QStringLiteral("<p style='font-weight:bold'>%1</p>").arg(esc(Text::tr("Activities taken part in")));
    if (card.activities.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("None in the quarter.")));
    } else {
        QString rows = headerRow({Text::tr("Date"), Text::tr("Activity"), Text::tr("Held by"), Text::tr("Hours"), Text::tr("Points")});
        for (const ServiceCardActivity &a : card.activities)
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td><td align='right'>%5</td></tr>")
                        .arg(date(a.heldOn), esc(a.title), esc(a.orgName), hours(a.hours), QString::number(a.points));
        html += table(rows);
    }

    html += QStringLiteral("<p style='font-weight:bold'>%1</p>").arg(esc(Text::tr("Ledger items taken on or closed")));
    if (card.items.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("None in the quarter.")));
    } else {
        QString rows = headerRow({Text::tr("No."), Text::tr("Matter"), Text::tr("Recorded"), Text::tr("State"), Text::tr("Closed")});
        for (const ServiceCardItem &i : card.items)
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(QString::number(i.itemId), esc(i.title), date(i.recordedOn), esc(stateName(i.state)), date(i.closedOn));
        html += table(rows);
    }

    html += QStringLiteral("<p style='font-weight:bold'>%1</p>").arg(esc(Text::tr("The community's opinion")));
    // Room to write in: QTextDocument keeps no cell height, so empty lines make it.
    html += table(QStringLiteral("<tr><td>%1<br/><br/><br/><br/><br/></td></tr>")
                      .arg(esc(Text::tr("□ Excellent    □ Good    □ Fair    □ Poor"))
                               .replace(QStringLiteral("  "), QStringLiteral("&nbsp;&nbsp;"))));
    html += QStringLiteral("<p></p><p align='right'>%1</p><p align='right'>%2</p>")
                .arg(esc(Text::tr("Party organisation of %1 (seal)").arg(card.reportedTo.section(QLatin1Char('/'), -1))),
                     esc(Text::tr("Date: ______ / ____ / ____")));
    return html + QStringLiteral("</body></html>");
}

QString sanitised(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    // At most 180 bytes of UTF-8, whole characters: file systems allow 255 for a name, and the
    // temporary name adds its own.
    name = name.trimmed();
    while (name.toUtf8().size() > 180)
        name.chop(1);
    if (!name.isEmpty() && name.back().isHighSurrogate())
        name.chop(1);
    return name;
}

Outcome writePdf(const QList<ServiceCard> &cards, const QString &path, const QString &shown, const CancelFlag *cancel,
                 const std::function<void()> &onCard)
{
    return CardPages::writePdf(path, shown, Text::tr("In-service party members' feedback cards — %1").arg(quarterName(cards.first().quarter)),
                               [&](QPagedPaintDevice *device) {
                                   return ServiceCardDocument::print(cards, device, cancel, [&](int) {
                                       if (onCard)
                                           onCard();
                                   });
                               });
}

} // namespace

namespace ServiceCardDocument {

std::unique_ptr<QTextDocument> build(const ServiceCard &card)
{
    return CardPages::document(html(card));
}

Outcome print(const QList<ServiceCard> &cards, QPagedPaintDevice *device, const CancelFlag *cancel, const Progress &progress)
{
    return CardPages::print(
        int(cards.size()), [&cards](int index) { return build(cards.at(index)); },
        [&cards](int index, int page, int pages) {
            // Whose card a loose page belongs to.
            return Text::tr("%1 · %2 · page %3 of %4")
                .arg(cards.at(index).name, cards.at(index).quarter.code(), QString::number(page + 1), QString::number(pages));
        },
        device, cancel, progress);
}

QString batchFileName(const QString &employer, const Quarter &quarter)
{
    const QString who = employer.trimmed().isEmpty() ? Text::tr("no employer recorded") : employer;
    return sanitised(Text::tr("Feedback cards %1 %2").arg(who, quarter.code())) + QStringLiteral(".pdf");
}

QString cardFileName(const ServiceCard &card)
{
    return sanitised(Text::tr("Feedback card %1 %2 %3").arg(card.name, QString::number(card.memberId), card.quarter.code()))
           + QStringLiteral(".pdf");
}

Result<QStringList> writeAll(const QList<ServiceCard> &cards, const QString &folder, bool perMember, const CancelFlag *cancel,
                             const Progress &progress)
{
    using R = Result<QStringList>;
    if (cards.isEmpty())
        return R::failure(Text::tr("There are no cards to write."));
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return R::failure(Text::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    // The files and their cards, in the cards' order (a batch per employer as the cards run).
    QList<std::pair<QString, QList<ServiceCard>>> files;
    for (const ServiceCard &card : cards) {
        const QString name = perMember ? cardFileName(card) : batchFileName(card.employer, card.quarter);
        if (files.isEmpty() || files.constLast().first != name) {
            auto same = std::find_if(files.begin(), files.end(), [&](const auto &file) { return file.first == name; });
            if (same != files.end()) {
                same->second.append(card);
                continue;
            }
            files.append({name, {}});
        }
        files.last().second.append(card);
    }
    QStringList temporaries;
    const auto discard = [&temporaries] {
        for (const QString &path : std::as_const(temporaries))
            QFile::remove(path);
    };
    int done = 0;
    for (const auto &[name, batch] : files) {
        const QString path = dir.filePath(name);
        const QString temporary = FileOps::temporaryPathFor(path);
        temporaries.append(temporary);
        const Outcome written = writePdf(batch, temporary, path, cancel, [&] {
            if (progress)
                progress(++done);
        });
        if (!written) {
            discard();
            return R::failure(written.error());
        }
    }
    if (cancel && cancel->isSet()) {
        discard();
        return R::failure(Text::tr("Cancelled; nothing was written."));
    }
    // Files of the same names from before are set aside first, and put back should a rename fail:
    // the folder holds either all the new files or what it held before.
    QStringList written;
    QList<std::pair<QString, QString>> setAside; // (the file, where it was set aside)
    const auto undo = [&](int from) {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        for (const auto &[path, aside] : std::as_const(setAside))
            QFile::rename(aside, path);
        for (int j = from; j < temporaries.size(); ++j)
            QFile::remove(temporaries.at(j));
    };
    for (int i = 0; i < files.size(); ++i) {
        const QString path = dir.filePath(files.at(i).first);
        if (QFile::exists(path)) {
            const QString aside = FileOps::temporaryPathFor(path);
            if (!QFile::rename(path, aside)) {
                undo(i);
                return R::failure(Text::tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
            }
            setAside.append({path, aside});
        }
        if (const Outcome committed = FileOps::commitFile(temporaries.at(i), path); !committed) {
            undo(i + 1);
            return R::failure(committed.error());
        }
        written.append(path);
    }
    for (const auto &[path, aside] : std::as_const(setAside))
        QFile::remove(aside);
    return written;
}

} // namespace ServiceCardDocument
