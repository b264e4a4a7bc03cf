#include "PointsHistoryModel.h"

#include "PointsService.h"
#include "core/IsoDate.h"

#include <QFont>

PointsHistoryModel::PointsHistoryModel(PointsService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &PointsService::entryAdded, this, [this](qint64 memberId) {
        if (memberId == m_memberId)
            reload();
    });
}

void PointsHistoryModel::setMember(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

void PointsHistoryModel::reload()
{
    beginResetModel();
    m_entries = m_memberId ? m_service.history(m_memberId) : QList<PointsEntry>();
    endResetModel();
}

const PointsEntry *PointsHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int PointsHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PointsHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PointsHistoryModel::data(const QModelIndex &index, int role) const
{
    const PointsEntry *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    if (role == IdRole)
        return entry->id;
    if (role == Qt::FontRole && entry->reversedById) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == PointsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn: return IsoDate::format(entry->enteredOn);
    case PointsColumn: return entry->points > 0 ? QStringLiteral("+%1").arg(entry->points) : QString::number(entry->points);
    case SourceColumn: return PointsSources::displayName(entry->source);
    case ReasonColumn: return entry->reason;
    case NoteColumn:
        if (entry->reversedById)
            return tr("reversed by entry %1").arg(entry->reversedById);
        if (entry->reversesId)
            return tr("reverses entry %1").arg(entry->reversesId);
        return tr("entry %1").arg(entry->id);
    default: return {};
    }
}

QVariant PointsHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case PointsColumn: return tr("Points");
    case SourceColumn: return tr("Source");
    case ReasonColumn: return tr("Reason or item");
    case NoteColumn: return tr("Entry");
    default: return {};
    }
}
