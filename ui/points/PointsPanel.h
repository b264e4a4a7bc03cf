#pragma once

#include <QWidget>

class PointsHistoryModel;
class PointsService;
class QLabel;
class QPushButton;
class QTableView;

/// A member's service points on the members page: the balance, the history, and the actions
/// (award, redeem at the 志愿服务加油站, reverse a mistaken entry).
class PointsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PointsPanel(PointsService &service, QWidget *parent = nullptr);

    void setMember(qint64 memberId, bool active);
    QLabel *balanceLabel() const { return m_balance; }
    QTableView *historyView() const { return m_history; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void award();
    void redeem();
    void reverse();

    PointsService &m_service;
    qint64 m_memberId = 0;
    bool m_active = false;
    PointsHistoryModel *m_model;
    QLabel *m_balance;
    QTableView *m_history;
    QPushButton *m_award;
    QPushButton *m_redeem;
    QPushButton *m_reverse;
};
