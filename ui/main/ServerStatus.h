#pragma once

#include <QLabel>

class ChangeNotices;
class QStatusBar;

/// The server connection in the status bar: nothing while it holds; in red while the server
/// cannot be reached (the reason in the tooltip), and a word when it is back and the pages have
/// been read again. What a refused save typed stays in its form.
class ServerStatus : public QLabel
{
    Q_OBJECT

public:
    ServerStatus(ChangeNotices &notices, QStatusBar *statusBar);

private:
    void report(bool reachable, const QString &message);

    QStatusBar *m_statusBar;
};
