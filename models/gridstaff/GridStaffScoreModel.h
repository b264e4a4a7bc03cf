#pragma once

#include "GridStaffAssessment.h"

#include <QAbstractTableModel>

/// The grid staff's assessment as a table: rank, name, grid, hours, weeks kept, items raised, on
/// time, satisfaction, score.
class GridStaffScoreModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, NameColumn, GridColumn, HoursColumn, WeeksColumn, RaisedColumn, OnTimeColumn,
                  SatisfactionColumn, ScoreColumn, ColumnCount };

    explicit GridStaffScoreModel(QObject *parent = nullptr);

    void setScores(const QList<GridStaffScore> &scores);
    const QList<GridStaffScore> &scores() const { return m_scores; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GridStaffScore> m_scores;
};
