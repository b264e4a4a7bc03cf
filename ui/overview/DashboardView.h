#pragma once

#include "ledger/LedgerItem.h"
#include "overview/Dashboard.h"

#include <QWidget>

class Database;
class QChartView;
class QComboBox;
class QLabel;
class QGridLayout;
class QTimer;

/// The overview's charts for the organisation chosen in the tree and a period: the ledger by
/// month, the children to watch by completion and satisfaction, items by category, overdue by
/// child, needs open against matched, joint meetings on rhythm. A click on a bar opens the ledger
/// filtered to it.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(const Database &database, QWidget *parent = nullptr);

    void setScope(qint64 orgId);
    /// Reads the figures again (soon, not while the window is being shown).
    void refreshLater();
    const Dashboard &dashboard() const { return m_dashboard; }
    QComboBox *periodCombo() const { return m_period; }
    QLabel *guaranteeLabel() const { return m_guarantee; }
    QLabel *workLabel() const { return m_work; }
    QList<QChartView *> charts() const { return m_charts; }
    /// The period the combo stands for, as of today.
    std::pair<QDate, QDate> period() const;

Q_SIGNALS:
    /// The clerk clicked a bar: the ledger with this filter (its organisation set) is wanted.
    void ledgerRequested(const LedgerFilter &filter);
    /// The guarantee line's link: the places and guarantee page.
    void guaranteeRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void drawGuarantee();
    void drawWork();
    void refresh();
    void retranslate();
    void drawMonths();
    void drawChildren();
    void drawCategories();
    void drawOverdue();
    void drawMeetings();

    const Database &m_database;
    qint64 m_scope = 0;
    bool m_dirty = true;
    Dashboard m_dashboard;
    QComboBox *m_period;
    QList<QChartView *> m_charts;
    QTimer *m_later;
    QLabel *m_guarantee;
    QLabel *m_work;
};
