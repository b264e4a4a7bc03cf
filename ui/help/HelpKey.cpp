#include "HelpKey.h"

#include "HelpWindow.h"

#include <QApplication>
#include <QKeyEvent>

void HelpKey::install()
{
    static HelpKey *filter = nullptr;
    if (filter)
        return;
    filter = new HelpKey(qApp);
    qApp->installEventFilter(filter);
}

bool HelpKey::eventFilter(QObject *watched, QEvent *event)
{
    // The key press reaches the focus widget and then, unhandled, its parents: act once, on the first.
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F1
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        HelpWindow::showForFocus();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
