#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace {

class Guard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel && event->type() != QEvent::Polish)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || !(qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)))
            return false;
        if (event->type() == QEvent::Polish) {
            // Not focused by the wheel (Qt's default for these boxes), only by click and Tab.
            if (widget->focusPolicy() == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
            return false;
        }
        if (widget->hasFocus())
            return false;
        // Ignored and kept from the box: Qt then offers it to the widgets behind.
        event->ignore();
        return true;
    }
};

} // namespace

namespace WheelGuard {

void install()
{
    static Guard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new Guard(qApp);
    qApp->installEventFilter(guard);
}

} // namespace WheelGuard
