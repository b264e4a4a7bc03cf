#include "ReadFailureNotice.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

ReadFailureNotice::ReadFailureNotice(QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_window(window)
    , m_statusBar(statusBar)
{
    connect(&StoreHealth::instance(), &StoreHealth::readFailed, this, &ReadFailureNotice::show, Qt::QueuedConnection);
}

void ReadFailureNotice::show(StoreHealth::Problem problem, const QString &message)
{
    m_statusBar->setStyleSheet(QStringLiteral("QStatusBar { color: #c0392b; }"));
    m_statusBar->showMessage(message, 20000);
    QTimer::singleShot(20000, m_statusBar, [bar = m_statusBar] { bar->setStyleSheet(QString()); });
    if (problem != StoreHealth::Problem::Damaged && problem != StoreHealth::Problem::Full)
        return;
    if (m_lastDialog.isValid() && m_lastDialog.elapsed() < 60000)
        return;
    m_lastDialog.start();
    QMessageBox::warning(m_window, tr("The database could not be read"), message);
}
