#pragma once

#include "PointsEntry.h"

#include <QAbstractTableModel>

class PointsService;

/// One member's points ledger, newest first, with reversed entries marked.
class PointsHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, PointsColumn, SourceColumn, ReasonColumn, NoteColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit PointsHistoryModel(PointsService &service, QObject *parent = nullptr);

    void setMember(qint64 memberId);
    qint64 memberId() const { return m_memberId; }
    const PointsEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    PointsService &m_service;
    qint64 m_memberId = 0;
    QList<PointsEntry> m_entries;
};
