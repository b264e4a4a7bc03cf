#pragma once

#include "store/StoreHealth.h"

#include <QElapsedTimer>
#include <QObject>

class QStatusBar;
class QWidget;

/// Tells the clerk when a read of the database failed (StoreHealth): in the status bar, in red,
/// for a busy file; in a dialog as well for a damaged one — once a minute at most, so that a
/// page of failed reads is one message, not a hundred.
class ReadFailureNotice : public QObject
{
    Q_OBJECT

public:
    ReadFailureNotice(QWidget *window, QStatusBar *statusBar);

    void show(StoreHealth::Problem problem, const QString &message);

private:
    QWidget *m_window;
    QStatusBar *m_statusBar;
    QElapsedTimer m_lastDialog;
};
