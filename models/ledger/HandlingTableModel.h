#pragma once

#include "HandlingFigures.h"

#include <QAbstractTableModel>

/// One table of HandlingFigures: the departments summoned, or the units dispatched to.
class HandlingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Departments, Units };
    enum Column { NameColumn, CountColumn, DoneColumn, OnTimeColumn, OverdueColumn, ColumnCount };

    explicit HandlingTableModel(Kind kind, QObject *parent = nullptr);

    void setRows(const QList<HandlingRow> &rows);
    const QList<HandlingRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<HandlingRow> m_rows;
};
