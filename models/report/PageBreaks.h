#pragma once

#include <QSizeF>
#include <QString>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

/// Page breaks that keep together what is read together. The document marks where each unit
/// begins — a heading with its table, a table with its chart — with an anchor named
/// PageBreaks::unitAnchor(n) in the unit's first text; a unit runs to the next one's start (the
/// last one to the end, so that the signature stays with the rows above it). Laid out as
/// QTextDocument::print will lay it out on the device, a unit that would run over the foot of a
/// page and fits on one page starts on the next; a longer one runs over, its table's heading
/// row repeated.
namespace PageBreaks {

QString unitAnchor(int n);

/// Sets the breaks in document for printing on device by QTextDocument::print; how many units
/// were moved.
int keepUnitsTogether(QTextDocument &document, QPagedPaintDevice &device);
/// The same for pages of page's size with margin inside each, measured on device (pixels of it),
/// as a layout that paginates by itself prints them (OfficialPage).
int keepUnitsTogether(QTextDocument &document, QPaintDevice &device, const QSizeF &page, qreal margin);

} // namespace PageBreaks
