#pragma once

#include <QWidget>

class LedgerDetail;
class LedgerFilterBar;
class LedgerQuickEntry;
class LedgerTableModel;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class Workspace;

/// The people's ledger (民情账本): quick entry on top, the items of the organisation chosen in the
/// tree (and below) read page by page, filters, and the selected item's history and next steps.
class LedgerPage : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerPage(Workspace &workspace, QWidget *parent = nullptr);

    void setScope(qint64 orgId);
    /// Shows the overdue items of the scope (the status bar's badge).
    void showOverdue();

    LedgerQuickEntry *quickEntry() const { return m_entry; }
    LedgerFilterBar *filterBar() const { return m_filters; }
    LedgerTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    LedgerDetail *detail() const { return m_detail; }
    QLabel *countLabel() const { return m_count; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showCount(qint64 total);
    void applyFilter();
    void showWeeklySummary();
    void showHandling();
    void showGridStaff();

    Workspace &m_workspace;
    qint64 m_scope = 0;
    bool m_dirty = true;
    QLabel *m_title;
    LedgerQuickEntry *m_entry;
    LedgerFilterBar *m_filters;
    LedgerTableModel *m_model;
    QTableView *m_table;
    LedgerDetail *m_detail;
    QSplitter *m_splitter;
    QLabel *m_count;
    QPushButton *m_weekly;
    QPushButton *m_handling;
    QPushButton *m_gridStaff;
};
