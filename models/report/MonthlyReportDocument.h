#pragma once

#include "MonthlyReport.h"
#include "core/Result.h"

#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

/// The monthly report as an A4 document: title block, sections with tables and two charts, the
/// signature block. In the layout of government documents (GB/T 9704, OfficialPage: the default,
/// as the office files its paper) or a plain one, whose page numbers come from
/// QTextDocument::print. Needs a QGuiApplication (fonts).
namespace MonthlyReportDocument {

enum class Layout { Official, Plain };

/// The CJK font the plain report is set in: one whose PDF text copies out as the real characters.
QString fontFamily();
std::unique_ptr<QTextDocument> build(const MonthlyReport &report, Layout layout = Layout::Official);
/// Prints the report on an A4 device (a printer, a PDF writer).
void print(const MonthlyReport &report, QPagedPaintDevice *device, Layout layout = Layout::Official);
/// Writes the report as a PDF: to a temporary file beside path, then renamed.
Outcome writePdf(const MonthlyReport &report, const QString &path, Layout layout = Layout::Official);

} // namespace MonthlyReportDocument
