#include "OfficialPage.h"

#include "MonthlyReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QFontMetricsF>
#include <QImage>

namespace {

QString firstInstalled(const QStringList &candidates)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : candidates) {
        if (families.contains(candidate))
            return candidate;
    }
    return MonthlyReportDocument::fontFamily();
}

/// The layout's unit: the pixel of HTML, a 96th of an inch.
constexpr qreal layoutDpi = 96;

qreal pixels(qreal mm, qreal dpi)
{
    return mm / 25.4 * dpi;
}

} // namespace

namespace OfficialPage {

QRectF textBlockMm(int page)
{
    const bool odd = page % 2 == 0; // the first page is page 1
    const qreal left = odd ? bindingMm : paperWidthMm - bindingMm - blockWidthMm;
    return QRectF(left, topMm, blockWidthMm, blockHeightMm);
}

QString bodyFamily()
{
    static const QString family = firstInstalled({QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
                                                  QStringLiteral("FangSong"), QStringLiteral("华文仿宋"), QStringLiteral("STFangsong"),
                                                  QStringLiteral("AR PL UMing CN")});
    return family;
}

QString titleFamily()
{
    static const QString family = firstInstalled({QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                                                  QStringLiteral("方正小标宋_GBK"), QStringLiteral("小标宋"), QStringLiteral("华文中宋"),
                                                  QStringLiteral("STZhongsong"), QStringLiteral("AR PL UMing CN")});
    return family;
}

QPaintDevice &measure()
{
    static QImage device = [] {
        QImage image(8, 8, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
        image.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
        return image;
    }();
    return device;
}

QSizeF blockSize()
{
    return QSizeF(pixels(blockWidthMm, layoutDpi), pixels(blockHeightMm, layoutDpi));
}

void layOut(QTextDocument &document)
{
    document.documentLayout()->setPaintDevice(&measure());
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(0);
    document.rootFrame()->setFrameFormat(root);
    document.setPageSize(blockSize());
    // Body text on the block's 22 lines; a larger heading takes two of them.
    const qreal line = blockSize().height() / linesPerPage;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame())
            continue; // a table keeps its own rows
        const QTextBlock block = it.currentBlock();
        if (block.begin().atEnd())
            continue; // an empty paragraph keeps its own height
        bool image = false;
        qreal largest = 0;
        for (auto f = block.begin(); !f.atEnd(); ++f) {
            image = image || f.fragment().charFormat().isImageFormat();
            largest = std::max(largest, f.fragment().charFormat().font().pointSizeF());
        }
        if (image)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setLineHeight(largest > bodyPoints + 0.5 ? 2 * line : line, QTextBlockFormat::FixedHeight);
        QTextCursor(block).setBlockFormat(format);
    }
}

void print(QTextDocument &document, QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const QSizeF block = blockSize();
    const qreal scaleX = device->logicalDpiX() / layoutDpi;
    const qreal scaleY = device->logicalDpiY() / layoutDpi;
    QPainter painter(device);
    painter.scale(scaleX, scaleY); // from here on in the layout's pixels
    // In the layout's pixels: the painter's device would otherwise size it for its own resolution.
    QFont numberFont(bodyFamily());
    numberFont.setPixelSize(qRound(numberPoints / 72 * layoutDpi));
    const qreal oneCharacter = pixels(numberPoints * 25.4 / 72, layoutDpi); // a 4号 character's width
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        const QRectF mm = textBlockMm(page);
        const QPointF origin(pixels(mm.left(), layoutDpi), pixels(mm.top(), layoutDpi));
        painter.save();
        painter.translate(origin.x(), origin.y() - page * block.height());
        const QRectF slice(0, page * block.height(), block.width(), block.height());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // "— 1 —", 7 mm below the block: at the right of an odd page, the left of an even one.
        painter.setFont(numberFont);
        painter.setPen(Qt::black);
        const qreal top = origin.y() + block.height() + pixels(pageNumberGapMm, layoutDpi);
        const QRectF line(origin.x() + oneCharacter, top, block.width() - 2 * oneCharacter, 2 * numberFont.pixelSize());
        const Qt::Alignment side = page % 2 == 0 ? Qt::AlignRight : Qt::AlignLeft;
        painter.drawText(line, side | Qt::AlignTop, QStringLiteral("— %1 —").arg(page + 1));
    }
}

} // namespace OfficialPage
