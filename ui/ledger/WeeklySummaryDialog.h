#pragma once

#include <QDialog>

class DateLineEdit;
class QTextBrowser;
class Workspace;

/// 每周总结 for the organisation chosen in the tree: the week's figures, what residents asked
/// about most, what is overdue — to read on screen and to print.
class WeeklySummaryDialog : public QDialog
{
    Q_OBJECT

public:
    WeeklySummaryDialog(Workspace &workspace, qint64 orgId, QWidget *parent = nullptr);
    /// The summary as HTML, as shown and printed.
    QString html() const;
    void setDay(const QDate &day);

private:
    void refresh();
    void print();

    Workspace &m_workspace;
    qint64 m_orgId;
    DateLineEdit *m_day;
    QTextBrowser *m_view;
};
