#include "CardPages.h"

#include "MonthlyReportDocument.h"
#include "OfficialPage.h"

#include "core/CancelFlag.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardPages)
};

constexpr qreal marginMm = 20;
constexpr qreal layoutDpi = 96;

qreal pixels(qreal mm)
{
    return mm / 25.4 * layoutDpi;
}

QSizeF contentSize()
{
    return QSizeF(pixels(OfficialPage::paperWidthMm - 2 * marginMm), pixels(OfficialPage::paperHeightMm - 2 * marginMm));
}

} // namespace

namespace CardPages {

std::unique_ptr<QTextDocument> document(const QString &html)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&OfficialPage::measure());
    QFont font(MonthlyReportDocument::fontFamily());
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setPageSize(contentSize());
    document->setHtml(html);
    return document;
}

Outcome print(int count, const Build &build, const Foot &foot, QPagedPaintDevice *device, const CancelFlag *cancel,
              const std::function<void(int)> &progress)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QPainter painter(device);
    if (!painter.isActive())
        return Outcome::failure(Text::tr("The pages cannot be printed on this device."));
    painter.scale(device->logicalDpiX() / layoutDpi, device->logicalDpiY() / layoutDpi);
    const QSizeF page = contentSize();
    const QPointF origin(pixels(marginMm), pixels(marginMm));
    QFont footFont(MonthlyReportDocument::fontFamily());
    footFont.setPixelSize(11);
    bool first = true;
    for (int index = 0; index < count; ++index) {
        if (cancel && cancel->isSet())
            return Outcome::failure(Text::tr("Cancelled; nothing was written."));
        const auto document = build(index);
        const int pages = document->pageCount();
        for (int p = 0; p < pages; ++p) {
            if (!first)
                device->newPage();
            first = false;
            painter.save();
            painter.translate(origin.x(), origin.y() - p * page.height());
            const QRectF slice(0, p * page.height(), page.width(), page.height());
            painter.setClipRect(slice);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = slice;
            context.palette.setColor(QPalette::Text, Qt::black);
            document->documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(footFont);
            painter.setPen(Qt::darkGray);
            const QRectF line(origin.x(), origin.y() + page.height() + pixels(4), page.width(), pixels(8));
            painter.drawText(line, Qt::AlignRight | Qt::AlignTop, foot(index, p, pages));
        }
        if (progress)
            progress(index + 1);
    }
    return Outcome::success();
}

Outcome writePdf(const QString &path, const QString &shown, const QString &title,
                 const std::function<Outcome(QPagedPaintDevice *)> &printOn)
{
    const QString cannot = Text::tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(shown));
    {
        QFile probe(path); // a folder that is not there, or not writable: said as that
        if (!probe.open(QIODevice::WriteOnly))
            return Outcome::failure(cannot);
    }
    Outcome printed = Outcome::success();
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ZongHeng"));
        printed = printOn(&writer);
    }
    if (printed && QFile(path).size() == 0)
        return Outcome::failure(cannot);
    return printed;
}

} // namespace CardPages
