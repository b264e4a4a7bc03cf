#pragma once

#include "PointsEntry.h"

#include <QAbstractTableModel>
#include <QDate>

class PointsService;

/// Members of a community (or any subtree) ranked by service points earned in a period.
class PointsRankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, NameColumn, BranchColumn, PointsColumn, ColumnCount };

    explicit PointsRankingModel(PointsService &service, QObject *parent = nullptr);

    void setScope(qint64 orgId, const QDate &from, const QDate &to);
    qint64 memberIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PointsService &m_service;
    QList<PointsRankRow> m_rows;
};
