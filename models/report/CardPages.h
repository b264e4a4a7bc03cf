#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <memory>

class CancelFlag;
class QPagedPaintDevice;
class QTextDocument;

/// Pages of forms that each stand on their own — a feedback card, a review sheet: A4, 20 mm all
/// round, every form from a new page with a line at its foot saying whose it is. Each form is a
/// small document of its own, laid out once (at 96 dots per inch) and painted page by page on the
/// one device: a thousand of them cost a thousand small layouts, not one of a thousand pages.
namespace CardPages {

/// A document of html laid out for the card page, in the reports' font at 10.5 pt (五号).
std::unique_ptr<QTextDocument> document(const QString &html);

/// The form of index (from 0).
using Build = std::function<std::unique_ptr<QTextDocument>(int index)>;
/// The line at the foot of a form's page (page from 0 of pages).
using Foot = std::function<QString(int index, int page, int pages)>;

/// Prints count forms on an A4 device, each from a new page; progress(done) after each; an error
/// when cancelled or the device cannot be painted on.
Outcome print(int count, const Build &build, const Foot &foot, QPagedPaintDevice *device, const CancelFlag *cancel = nullptr,
              const std::function<void(int done)> &progress = {});

/// Prints on a PDF writer for path (the file written as it is: give a temporary name and rename);
/// a failure names shown, the file the clerk asked for.
Outcome writePdf(const QString &path, const QString &shown, const QString &title,
                 const std::function<Outcome(QPagedPaintDevice *device)> &printOn);

} // namespace CardPages
