#pragma once

#include "core/Result.h"
#include "review/Review.h"

#include <QList>

#include <functional>
#include <memory>

class CancelFlag;
class QPagedPaintDevice;
class QTextDocument;

/// 述职评议表: an organisation's year-end review on one A4 form — its report, its tasks'
/// outcomes, the residents' satisfaction, the three scores with their weights, the total and the
/// rank among the organisations of its kind, and room for the reviewing body's seal. A form a
/// page (or more, for a long report), a PDF for all the organisations of a list.
namespace ReviewSheetDocument {

/// The sheet of row, ranked among ofKind organisations of its kind.
std::unique_ptr<QTextDocument> build(const ReviewRow &row, int ofKind);

/// Prints the rows' sheets on an A4 device, each from a new page.
Outcome print(const QList<ReviewRow> &rows, QPagedPaintDevice *device, const CancelFlag *cancel = nullptr,
              const std::function<void(int done)> &progress = {});

/// Writes the sheets as a PDF: to a temporary file beside path, then renamed.
Outcome writePdf(const QList<ReviewRow> &rows, const QString &path, const CancelFlag *cancel = nullptr,
                 const std::function<void(int done)> &progress = {});

} // namespace ReviewSheetDocument
