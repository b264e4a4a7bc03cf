#pragma once

#include "cobuild/CobuildList.h"
#include "core/Result.h"

#include <QHash>
#include <QWidget>

#include <functional>

class CobuildListTab;
class FormDialog;
class MeetingDueModel;
class QChartView;
class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class Workspace;

/// Co-building (一横) and the lists (一清单): units, agreements, needs, resources, projects,
/// meetings and tasks of the organisation chosen in the tree, one tab each, with what needs the
/// clerk's attention above them.
class CobuildPage : public QWidget
{
    Q_OBJECT

public:
    explicit CobuildPage(Workspace &workspace, QWidget *parent = nullptr);

    void setScope(qint64 orgId);
    CobuildListTab *tab(CobuildList list) const { return m_tabs.value(list); }
    QTabWidget *tabWidget() const { return m_tabWidget; }
    QLabel *attentionLabel() const { return m_attention; }
    MeetingDueModel *dueModel() const { return m_due; }
    /// Opens the form that adds to the current tab's list (the page's "new" action).
    void addToCurrentList();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QPushButton *button(CobuildList list, const char *text, bool needsSelection, const std::function<void(qint64)> &action);
    void buildUnitsTab();
    void buildAgreementsTab();
    void buildNeedsTab();
    void buildResourcesTab();
    void buildProjectsTab();
    void buildMeetingsTab();
    void buildTasksTab();
    /// Runs a form; on save, selects the new record in list.
    void runForm(FormDialog &dialog, CobuildList list);
    /// Asks for a date and runs a step; a refusal is shown.
    void askDateAndRun(const QString &title, const QString &question, const std::function<Outcome(const QDate &)> &step);
    void linkToProject(qint64 projectId, CobuildList list);
    void refresh();
    void refreshLater();
    void retranslate();
    void updateButtons();

    Workspace &m_workspace;
    qint64 m_scope = 0;
    bool m_dirty = true;
    bool m_refreshQueued = false;
    QLabel *m_title;
    QLabel *m_attention;
    QTabWidget *m_tabWidget;
    QHash<CobuildList, CobuildListTab *> m_tabs;
    QList<std::pair<QPushButton *, const char *>> m_buttonTexts;
    QList<std::pair<QPushButton *, CobuildList>> m_selectionButtons;
    MeetingDueModel *m_due;
    QTableView *m_dueTable;
    QGroupBox *m_dueBox = nullptr;
    QChartView *m_needsChart;
    QChartView *m_fulfilmentChart;
};
