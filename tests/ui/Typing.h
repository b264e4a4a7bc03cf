#pragma once

// Typing text into widgets as a clerk does, Chinese included. QTest::keyClicks handles Latin-1
// only; other characters arrive as an input method would commit them: a key event with text.

#include <QTest>
#include <QWidget>

namespace Typing {

inline void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

} // namespace Typing
