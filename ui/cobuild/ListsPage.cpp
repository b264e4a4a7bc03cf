#include "ListsPage.h"

#include "CobuildListTab.h"
#include "app/Workspace.h"
#include "cobuild/CobuildTableModel.h"
#include "common/DateAskDialog.h"
#include "common/FormDialog.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

ListsPage::ListsPage(Workspace &workspace, const QList<CobuildList> &lists, const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_attention(new QLabel(this))
    , m_tabWidget(new QTabWidget(this))
{
    setObjectName(objectName);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_attention->setWordWrap(true);
    m_attention->setTextFormat(Qt::PlainText); // names of organisations, never markup
    for (CobuildList list : lists) {
        auto *tab = new CobuildListTab(workspace.database(), list, m_tabWidget);
        m_tabs.insert(list, tab);
        m_tabWidget->addTab(tab, QString());
        connect(tab, &CobuildListTab::currentChanged, this, [this, tab, list](qint64 id) {
            tab->detail()->setHtml(detailHtml(list, id));
            updateButtons();
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_attention);
    layout->addWidget(m_tabWidget, 1);
}

QPushButton *ListsPage::button(CobuildList list, const char *text, bool needsSelection, const std::function<void(qint64)> &action)
{
    CobuildListTab *tab = m_tabs.value(list);
    auto *push = new QPushButton(tab);
    m_buttonTexts.append({push, text});
    if (needsSelection)
        m_selectionButtons.append({push, list});
    connect(push, &QPushButton::clicked, this, [tab, action] { action(tab->currentId()); });
    tab->addButton(push);
    return push;
}

void ListsPage::runForm(FormDialog &dialog, CobuildList list)
{
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_tabWidget->setCurrentWidget(m_tabs.value(list));
    m_tabs.value(list)->select(dialog.savedId());
}

void ListsPage::askDateAndRun(const QString &title, const QString &question, const std::function<Outcome(const QDate &)> &step)
{
    DateAskDialog ask(title, question, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (const Outcome done = step(ask.date()); !done)
        QMessageBox::warning(this, title, done.error());
}

void ListsPage::addToCurrentList()
{
    for (const auto &[push, text] : m_buttonTexts) {
        // A tab's buttons sit in a pane of their own inside it.
        if (m_tabWidget->currentWidget() && m_tabWidget->currentWidget()->isAncestorOf(push)) {
            push->click();
            return;
        }
    }
}

void ListsPage::setScope(qint64 orgId)
{
    if (orgId == m_scope && !m_dirty)
        return;
    m_scope = orgId;
    m_dirty = true;
    retranslate();
    if (isVisible())
        refresh();
}

void ListsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ListsPage::refreshLater()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    });
}

void ListsPage::refresh()
{
    m_dirty = false;
    for (CobuildListTab *tab : std::as_const(m_tabs)) {
        if (tab->model()->scope() != m_scope)
            tab->setScope(m_scope);
        else
            tab->reload();
    }
    updateButtons();
}

void ListsPage::updateButtons()
{
    for (const auto &[push, list] : m_selectionButtons)
        push->setEnabled(m_tabs.value(list)->currentId() != 0);
}

void ListsPage::setAttention(const QStringList &parts, bool urgent)
{
    m_attention->setText(parts.isEmpty() ? QCoreApplication::translate("ListsPage", "Nothing needs attention.")
                                         : parts.join(QStringLiteral(" · ")));
    m_attention->setStyleSheet(urgent ? QStringLiteral("color: #c0392b;") : QString());
}

void ListsPage::setTitle(const QString &title)
{
    const QString scope = m_scope ? m_workspace.organisations().repository().pathNames(m_scope).join(QStringLiteral(" › ")) : QString();
    m_title->setText(scope.isEmpty() ? title : QCoreApplication::translate("ListsPage", "%1 — %2").arg(title, scope));
}

void ListsPage::retranslate()
{
    for (const auto &[push, text] : m_buttonTexts)
        push->setText(QCoreApplication::translate(metaObject()->className(), text));
}

void ListsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
