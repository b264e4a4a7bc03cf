#include "LedgerEventModel.h"

#include "LedgerService.h"
#include "core/IsoDate.h"

LedgerEventModel::LedgerEventModel(LedgerService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&m_service, &LedgerService::changed, this, [this](qint64 id) {
        if (id == m_itemId)
            reload();
    });
}

void LedgerEventModel::setItem(qint64 itemId)
{
    m_itemId = itemId;
    reload();
}

void LedgerEventModel::reload()
{
    beginResetModel();
    m_events = m_itemId ? m_service.repository().events(m_itemId) : QList<LedgerEvent>();
    endResetModel();
}

int LedgerEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int LedgerEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const LedgerEvent &event = m_events.at(index.row());
    switch (index.column()) {
    case DateColumn: return IsoDate::format(event.happenedOn);
    case StepColumn: {
        if (event.isRecording)
            return tr("Recorded");
        return tr("%1 → %2").arg(LedgerFlow::displayName(event.action), LedgerFlow::displayName(event.toState));
    }
    case WhoColumn: return event.who;
    case DetailColumn: {
        QString detail = event.detail;
        if (!event.isRecording) {
            if (event.action == LedgerAction::Visit)
                detail = LedgerFlow::displayName(LedgerFlow::satisfactionFromCode(event.detail).value_or(Satisfaction::Satisfied));
            else if (event.action == LedgerAction::Escalate)
                detail = LedgerFlow::displayName(LedgerFlow::whistleFromCode(event.detail).value_or(Whistle::Quick));
            else if (event.action == LedgerAction::Resume)
                detail = tr("due date moved by %Ln working day(s)", nullptr, event.detail.toInt());
        }
        if (!event.note.isEmpty())
            detail = detail.isEmpty() ? event.note : detail + QStringLiteral(" — ") + event.note;
        return detail;
    }
    default: return {};
    }
}

QVariant LedgerEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case StepColumn: return tr("Step");
    case WhoColumn: return tr("By");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}
