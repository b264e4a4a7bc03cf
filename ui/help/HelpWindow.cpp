#include "HelpWindow.h"

#include "HelpTopics.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QPointer>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString root = QStringLiteral("qrc:/help/");

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_contents(new QToolButton(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    // Links to the web, should a page have one, go to the browser; pages of the manual stay here.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
        else
            m_browser->setSource(m_browser->source().resolved(url));
    });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_contents, &QToolButton::clicked, this, [this] { open(QStringLiteral("index.html")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_contents);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    retranslate();
    resize(900, 680); // the page screenshots are 800 px wide
}

HelpWindow *HelpWindow::showPage(const QString &page)
{
    // A modal dialog blocks every other window: the manual then opens above it, as its own.
    QWidget *modal = QApplication::activeModalWidget();
    HelpWindow *window = nullptr;
    if (modal) {
        window = modal->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly);
        if (!window)
            window = new HelpWindow(modal);
    } else {
        static QPointer<HelpWindow> shared;
        if (!shared) {
            shared = new HelpWindow;
            shared->setAttribute(Qt::WA_DeleteOnClose);
            shared->setAttribute(Qt::WA_QuitOnClose, false);
        }
        window = shared;
    }
    window->open(page);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

HelpWindow *HelpWindow::showForFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        focus = QApplication::activeWindow();
    // F1 in the manual itself stays on its page.
    for (QWidget *w = focus; w; w = w->parentWidget()) {
        if (auto *help = qobject_cast<HelpWindow *>(w))
            return help;
    }
    return showPage(HelpTopics::forWidget(focus));
}

void HelpWindow::open(const QString &page)
{
    m_browser->setSource(QUrl(root + page));
}

QString HelpWindow::currentPage() const
{
    const QString source = m_browser->source().toString();
    return source.startsWith(root) ? source.mid(root.size()) : source;
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("Manual"));
    m_back->setText(tr("&Back"));
    m_forward->setText(tr("F&orward"));
    m_contents->setText(tr("&Contents"));
}
