#pragma once

#include "cobuild/CobuildList.h"
#include "core/Result.h"

#include <QHash>
#include <QWidget>

#include <functional>

class CobuildListTab;
class FormDialog;
class QLabel;
class QPushButton;
class QTabWidget;
class Workspace;

/// A page of lists of the organisation chosen in the tree, one tab each (CobuildListTab), with a
/// title and what needs the clerk's attention above them: the co-building page and the places
/// and guarantee page. It reads its lists when shown and again when a service reports a change
/// (refreshLater), and keeps the buttons that act on a selected line enabled only with one.
class ListsPage : public QWidget
{
    Q_OBJECT

public:
    ListsPage(Workspace &workspace, const QList<CobuildList> &lists, const QString &objectName, QWidget *parent = nullptr);

    void setScope(qint64 orgId);
    CobuildListTab *tab(CobuildList list) const { return m_tabs.value(list); }
    QTabWidget *tabWidget() const { return m_tabWidget; }
    QLabel *attentionLabel() const { return m_attention; }
    /// Opens the form that adds to the current tab's list (the page's "new" action): the first
    /// button of each tab.
    void addToCurrentList();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

    /// The detail of a line, as HTML.
    virtual QString detailHtml(CobuildList list, qint64 id) = 0;
    /// Reads every tab again; a page adds its own figures (then calls setAttention).
    virtual void refresh();
    /// The title, the tabs' and the buttons' texts (the buttons' in the page's own translation
    /// context).
    virtual void retranslate();

    /// Adds a button to a tab; text is marked QT_TR_NOOP in the page's class.
    QPushButton *button(CobuildList list, const char *text, bool needsSelection, const std::function<void(qint64)> &action);
    /// Runs a form; on save, selects the new record in list.
    void runForm(FormDialog &dialog, CobuildList list);
    /// Asks for a date and runs a step; a refusal is shown.
    void askDateAndRun(const QString &title, const QString &question, const std::function<Outcome(const QDate &)> &step);
    void refreshLater();
    void updateButtons();
    /// The attention line: the parts joined, in red when urgent, "Nothing needs attention." when none.
    void setAttention(const QStringList &parts, bool urgent);
    /// The page's title for the scope: title, or title — path.
    void setTitle(const QString &title);

    Workspace &m_workspace;
    qint64 m_scope = 0;
    QLabel *m_title;
    QLabel *m_attention;
    QTabWidget *m_tabWidget;
    QHash<CobuildList, CobuildListTab *> m_tabs;

private:
    bool m_dirty = true;
    bool m_refreshQueued = false;
    QList<std::pair<QPushButton *, const char *>> m_buttonTexts;
    QList<std::pair<QPushButton *, CobuildList>> m_selectionButtons;
};
