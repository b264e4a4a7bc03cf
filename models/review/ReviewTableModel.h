#pragma once

#include "Review.h"

#include <QAbstractTableModel>
#include <QList>

/// The year's review as a table: organisation, kind, the three scores, the residents'
/// satisfaction, the total and the rank. Filled from ReviewService::year.
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Organisation, Kind, Above, Units, Satisfaction, Members, Total, Rank, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<ReviewRow> &rows);
    const QList<ReviewRow> &rows() const { return m_rows; }
    /// The row of orgId, or -1.
    int rowOf(qint64 orgId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewRow> m_rows;
};
