#pragma once

#include <QPageLayout>
#include <QString>

class QWidget;

/// Shows an HTML document (a summary, an assessment) in the print preview on A4, to print from.
namespace HtmlPrint {

void preview(QWidget *parent, const QString &html, QPageLayout::Orientation orientation = QPageLayout::Portrait);

} // namespace HtmlPrint
