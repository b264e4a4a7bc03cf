#pragma once

#include <QWidget>

class LedgerEventModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class Workspace;

/// The selected ledger item: what was asked, where it stands on the clock ("还剩 3 个工作日"),
/// its history step by step, and a button for each step possible now.
class LedgerDetail : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerDetail(Workspace &workspace, QWidget *parent = nullptr);

    void setItem(qint64 id);
    qint64 itemId() const { return m_id; }
    /// The buttons of the steps possible now (for tests and for the keyboard).
    QList<QPushButton *> actionButtons() const { return m_buttons; }
    QLabel *clockLabel() const { return m_clock; }
    QTableView *timeline() const { return m_timeline; }

    /// Asks the details of a step and takes it.
    void act(int action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Workspace &m_workspace;
    qint64 m_id = 0;
    int m_version = 0; ///< the item's version as shown
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_clock;
    QLabel *m_text;
    LedgerEventModel *m_events;
    QTableView *m_timeline;
    QHBoxLayout *m_actionRow;
    QList<QPushButton *> m_buttons;
};
