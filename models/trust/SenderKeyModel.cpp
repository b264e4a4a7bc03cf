#include "SenderKeyModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

SenderKeyModel::SenderKeyModel(const SenderRegistry &registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    reload();
}

void SenderKeyModel::reload()
{
    beginResetModel();
    m_entries = m_registry.entries();
    endResetModel();
}

const SenderRegistry::Entry *SenderKeyModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

int SenderKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SenderKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SenderKeyModel::data(const QModelIndex &index, int role) const
{
    const SenderRegistry::Entry *entry = entryAt(index);
    if (!entry)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Sender:
            return entry->sender;
        case Fingerprint:
            return entry->fingerprint;
        case Registered:
            return entry->registeredAt.left(10);
        case How:
            return entry->how == QLatin1String("rotation") ? tr("Handed over by the previous key") : tr("Key file, confirmed by phone");
        case Status:
            return entry->isCurrent() ? tr("Current") : tr("Retired %1").arg(entry->retiredAt.left(10));
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Fingerprint) {
        QFont font(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    if (role == Qt::ForegroundRole && !entry->isCurrent())
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant SenderKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sender:
        return tr("Sender");
    case Fingerprint:
        return tr("Fingerprint");
    case Registered:
        return tr("Registered");
    case How:
        return tr("How");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}
