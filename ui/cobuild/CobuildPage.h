#pragma once

#include "ListsPage.h"

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
class CobuildPage : public ListsPage
{
    Q_OBJECT

public:
    explicit CobuildPage(Workspace &workspace, QWidget *parent = nullptr);

    MeetingDueModel *dueModel() const { return m_due; }

protected:
    QString detailHtml(CobuildList list, qint64 id) override;
    void refresh() override;
    void retranslate() override;

private:
    void buildUnitsTab();
    void buildAgreementsTab();
    void buildActivitiesTab();
    void buildNeedsTab();
    void buildResourcesTab();
    void buildProjectsTab();
    void buildMeetingsTab();
    void buildTasksTab();
    void linkToProject(qint64 projectId, CobuildList list);

    MeetingDueModel *m_due;
    QTableView *m_dueTable;
    QGroupBox *m_dueBox = nullptr;
    QChartView *m_needsChart;
    QChartView *m_fulfilmentChart;
};
