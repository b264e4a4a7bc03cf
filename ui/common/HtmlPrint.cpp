#include "HtmlPrint.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace HtmlPrint {

void preview(QWidget *parent, const QString &html, QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(orientation);
    QPrintPreviewDialog preview(&printer, parent);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&html](QPrinter *target) {
        QTextDocument document;
        document.setHtml(html);
        document.print(target);
    });
    preview.exec();
}

} // namespace HtmlPrint
