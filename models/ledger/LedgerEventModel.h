#pragma once

#include "LedgerItem.h"

#include <QAbstractTableModel>

class LedgerService;

/// The timeline of one ledger item: every step, oldest first.
class LedgerEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, StepColumn, WhoColumn, DetailColumn, ColumnCount };

    explicit LedgerEventModel(LedgerService &service, QObject *parent = nullptr);

    void setItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    LedgerService &m_service;
    qint64 m_itemId = 0;
    QList<LedgerEvent> m_events;
};
