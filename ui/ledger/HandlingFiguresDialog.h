#pragma once

#include <QDialog>

class DateLineEdit;
class HandlingTableModel;
class QLabel;
class Workspace;

/// 办理统计 for the organisation chosen in the tree: per department summoned by a whistle and per
/// unit dispatched to, how many, done, on time and overdue, over a period.
class HandlingFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    HandlingFiguresDialog(Workspace &workspace, qint64 orgId, QWidget *parent = nullptr);
    HandlingTableModel *departments() const { return m_departments; }
    HandlingTableModel *units() const { return m_units; }
    void setPeriod(const QDate &from, const QDate &to);

private:
    void refresh();

    Workspace &m_workspace;
    qint64 m_orgId;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
    QLabel *m_scope;
    HandlingTableModel *m_departments;
    HandlingTableModel *m_units;
};
