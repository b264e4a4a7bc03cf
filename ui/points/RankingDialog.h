#pragma once

#include <QDialog>

class DateLineEdit;
class PointsRankingModel;
class PointsService;
class QLabel;
class QTableView;

/// The ranking of members by service points earned in a period, for a community or any subtree.
class RankingDialog : public QDialog
{
    Q_OBJECT

public:
    RankingDialog(PointsService &service, qint64 orgId, const QString &scopeName, QWidget *parent = nullptr);
    PointsRankingModel *model() const { return m_model; }

private:
    void refresh();

    qint64 m_orgId;
    PointsRankingModel *m_model;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
    QTableView *m_table;
};
