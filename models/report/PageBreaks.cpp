#include "PageBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <memory>

namespace {

const QString prefix = QStringLiteral("keep-unit-");

/// A top-level piece of the document: a paragraph of the root frame, or a table in it.
struct Piece
{
    QTextBlock block;            // when a paragraph
    QTextFrame *frame = nullptr; // when a table
    bool startsUnit = false;
};

QList<Piece> pieces(QTextDocument &document)
{
    QList<Piece> out;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        Piece piece;
        piece.frame = it.currentFrame();
        piece.block = piece.frame ? QTextBlock() : it.currentBlock();
        // Does the piece hold a unit's anchor?
        const auto holdsAnchor = [](const QTextBlock &block) {
            for (auto f = block.begin(); !f.atEnd(); ++f) {
                for (const QString &name : f.fragment().charFormat().anchorNames()) {
                    if (name.startsWith(prefix))
                        return true;
                }
            }
            return false;
        };
        if (piece.frame) {
            for (QTextBlock b = document.findBlock(piece.frame->firstPosition());
                 b.isValid() && b.position() <= piece.frame->lastPosition() && !piece.startsUnit; b = b.next())
                piece.startsUnit = holdsAnchor(b);
        } else {
            piece.startsUnit = holdsAnchor(piece.block);
        }
        out.append(piece);
    }
    return out;
}

QRectF rectOf(QAbstractTextDocumentLayout *layout, const Piece &piece)
{
    if (piece.frame)
        return layout->frameBoundingRect(piece.frame);
    // A paragraph's rectangle leaves out the margin below it, which the layout still places on
    // the page: a unit ending in one a few pixels above the foot would add an empty page.
    return layout->blockBoundingRect(piece.block).adjusted(0, 0, 0, piece.block.blockFormat().bottomMargin());
}

void breakBefore(const Piece &piece)
{
    if (piece.frame) {
        QTextFrameFormat format = piece.frame->frameFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        piece.frame->setFrameFormat(format);
    } else {
        QTextCursor cursor(piece.block);
        QTextBlockFormat format = piece.block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
    }
}

/// The document as it will be paginated on device: pages of the size given, a margin inside
/// each, the fonts measured on the device.
std::unique_ptr<QTextDocument> asPrinted(const QTextDocument &document, QPaintDevice &device, const QSizeF &page, qreal margin)
{
    std::unique_ptr<QTextDocument> copy(document.clone());
    copy->documentLayout()->setPaintDevice(&device);
    QTextFrameFormat format = copy->rootFrame()->frameFormat();
    format.setMargin(margin);
    copy->rootFrame()->setFrameFormat(format);
    copy->setPageSize(page);
    return copy;
}

} // namespace

namespace PageBreaks {

QString unitAnchor(int n)
{
    return prefix + QString::number(n);
}

int keepUnitsTogether(QTextDocument &document, QPagedPaintDevice &device)
{
    // As QTextDocument::print paginates: the page the paper's size, a 2 cm margin.
    return keepUnitsTogether(document, device, QSizeF(device.width(), device.height()), int((2 / 2.54) * device.logicalDpiY()));
}

int keepUnitsTogether(QTextDocument &document, QPaintDevice &device, const QSizeF &page, qreal pageMargin)
{
    int moved = 0;
    // Each pass moves the first unit that runs over a page's foot; the ones after it shift.
    for (int pass = 0; pass < 64; ++pass) {
        const auto printed = asPrinted(document, device, page, pageMargin);
        const qreal page = printed->pageSize().height();
        const qreal margin = printed->rootFrame()->frameFormat().margin();
        const qreal body = page - 2 * margin;
        QAbstractTextDocumentLayout *layout = printed->documentLayout();
        const QList<Piece> laid = pieces(*printed);
        const QList<Piece> original = pieces(document);
        bool changed = false;
        for (qsizetype start = 0; start < laid.size() && !changed; ++start) {
            if (!laid.at(start).startsUnit)
                continue;
            qsizetype end = start + 1;
            while (end < laid.size() && !laid.at(end).startsUnit)
                ++end;
            const qreal top = rectOf(layout, laid.at(start)).top();
            qreal bottom = top;
            for (qsizetype i = start; i < end; ++i)
                bottom = std::max(bottom, rectOf(layout, laid.at(i)).bottom());
            const int firstPage = int(top / page);
            // The text of a page ends a margin above its foot; an image may be laid across it.
            const bool runsOver = bottom > (firstPage + 1) * page - margin + 0.5;
            const bool atPageTop = top - firstPage * page <= margin + 1;
            if (runsOver && bottom - top <= body && !atPageTop) {
                breakBefore(original.at(start));
                ++moved;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return moved;
}

} // namespace PageBreaks
