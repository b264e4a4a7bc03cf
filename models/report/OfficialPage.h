#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

/// The page of a government document as GB/T 9704-2012 lays it out, for the reports an office
/// files on paper: A4, the top margin (天头) 37 mm, the binding margin (订口) 28 mm — at the left
/// of odd pages and the right of even ones, for printing on both sides — a text block of
/// 156 × 225 mm holding 22 lines of 28 characters of 3号 (16 pt) body type, the title in 2号
/// (22 pt), and the page number as "— 1 —" in 4号 (14 pt), 7 mm below the text block, at the
/// right of odd pages and the left of even ones, one character in from the edge of the block.
namespace OfficialPage {

inline constexpr qreal paperWidthMm = 210;
inline constexpr qreal paperHeightMm = 297;
inline constexpr qreal topMm = 37;
inline constexpr qreal bindingMm = 28;
inline constexpr qreal blockWidthMm = 156;
inline constexpr qreal blockHeightMm = 225;
inline constexpr qreal pageNumberGapMm = 7;
inline constexpr qreal bodyPoints = 16;   // 3号
inline constexpr qreal titlePoints = 22;  // 2号
inline constexpr qreal numberPoints = 14; // 4号
inline constexpr int linesPerPage = 22;
inline constexpr int charactersPerLine = 28;

/// The text block of page (0 the first, an odd page) on the paper, in millimetres.
QRectF textBlockMm(int page);

/// The families the layout sets in, when installed: 仿宋 (仿宋_GB2312, FangSong…) for the body,
/// 小标宋 (方正小标宋简体…) for the title; else the nearest serif installed whose PDF text copies out
/// as the real characters (AR PL UMing; not Noto Serif CJK, which writes some characters as
/// Kangxi radicals), else the report's own font.
QString bodyFamily();
QString titleFamily();

/// Lays document out for the text block, measured at 96 dots per inch whatever prints it (the
/// lengths of its HTML are of that unit): the page the block's size, no margin, each line of body
/// text one of the block's 22.
void layOut(QTextDocument &document);

/// Prints document, laid out (layOut), page by page in the layout with the page numbers,
/// scaled to the device. The device's page is set to A4 without margins.
void print(QTextDocument &document, QPagedPaintDevice *device);

/// The device the layout is measured on (96 dots per inch).
QPaintDevice &measure();
/// The text block's size in pixels of measure().
QSizeF blockSize();

} // namespace OfficialPage
