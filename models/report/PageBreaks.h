#pragma once

#include <QString>

class QPagedPaintDevice;
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

/// Sets the breaks in document for printing on device; how many units were moved.
int keepUnitsTogether(QTextDocument &document, QPagedPaintDevice &device);

} // namespace PageBreaks
