#include "ServerStatus.h"

#include "store/ChangeNotices.h"

#include <QStatusBar>

ServerStatus::ServerStatus(ChangeNotices &notices, QStatusBar *statusBar)
    : QLabel(statusBar)
    , m_statusBar(statusBar)
{
    setObjectName(QStringLiteral("serverStatus"));
    setStyleSheet(QStringLiteral("QLabel { color: #c0392b; font-weight: bold; }"));
    hide();
    statusBar->addPermanentWidget(this);
    connect(&notices, &ChangeNotices::reachableChanged, this, &ServerStatus::report);
}

void ServerStatus::report(bool reachable, const QString &message)
{
    if (reachable) {
        hide();
        m_statusBar->showMessage(tr("Connected to the server again; the pages show what it holds now."), 10000);
        return;
    }
    setText(tr("Server unreachable — trying again"));
    setToolTip(message);
    setVisible(true);
}
