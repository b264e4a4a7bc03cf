#pragma once

#include "SenderRegistry.h"

#include <QAbstractTableModel>
#include <QList>

/// The senders' keys registered at a district, one row per sender and key, current ones first.
class SenderKeyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sender, Fingerprint, Registered, How, Status, ColumnCount };

    explicit SenderKeyModel(const SenderRegistry &registry, QObject *parent = nullptr);

    void reload();
    const SenderRegistry::Entry *entryAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const SenderRegistry &m_registry;
    QList<SenderRegistry::Entry> m_entries;
};
