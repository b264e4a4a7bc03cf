#include "OrgTreeModel.h"

#include "OrgOrder.h"
#include "OrgService.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>

#include <algorithm>

const QString OrgTreeModel::mimeType = QStringLiteral("application/x-zongheng-organisation-ids");

struct OrgTreeModel::Node
{
    OrgNodeInfo info;
    Node *parent = nullptr;
    int row = 0;
    bool loaded = false;
    std::vector<std::unique_ptr<Node>> children;
};

OrgTreeModel::OrgTreeModel(OrgService &service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
    , m_root(std::make_unique<Node>())
{
    m_root->info.hasChildren = true;
    loadTop();
    connect(&m_service, &OrgService::added, this, &OrgTreeModel::onAdded);
    connect(&m_service, &OrgService::changed, this, &OrgTreeModel::onChanged);
    connect(&m_service, &OrgService::moved, this, &OrgTreeModel::onMoved);
    connect(&m_service, &OrgService::removed, this, &OrgTreeModel::onRemoved);
    connect(&m_service, &OrgService::reset, this, &OrgTreeModel::reload);
}

OrgTreeModel::~OrgTreeModel() = default;

void OrgTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_root = std::make_unique<Node>();
    m_root->info.hasChildren = true;
    loadTop();
    endResetModel();
}

void OrgTreeModel::loadTop()
{
    // The top level (the district) is read at once, inside the reset, so that nobody has to fetch
    // rows while a reset is being announced.
    const QList<OrgNodeInfo> top = m_service.repository().children(0, m_showRetired);
    m_root->loaded = true;
    m_root->info.hasChildren = !top.isEmpty();
    for (const OrgNodeInfo &info : top) {
        m_root->children.push_back(makeNode(info, m_root.get()));
        m_root->children.back()->row = int(m_root->children.size()) - 1;
    }
}

void OrgTreeModel::setShowRetired(bool show)
{
    if (show == m_showRetired)
        return;
    m_showRetired = show;
    reload();
}

OrgTreeModel::Node *OrgTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex OrgTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

qint64 OrgTreeModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->info.id : 0;
}

OrgKind OrgTreeModel::kindAt(const QModelIndex &index) const
{
    return nodeAt(index)->info.kind;
}

QModelIndex OrgTreeModel::indexOf(qint64 id)
{
    if (Node *node = m_nodes.value(id))
        return indexOfNode(node);
    const QList<qint64> chain = m_service.repository().lineage(id);
    if (chain.isEmpty())
        return {};
    Node *current = m_root.get();
    for (qint64 step : chain) {
        if (!current->loaded)
            fetchMore(indexOfNode(current));
        current = m_nodes.value(step);
        if (!current)
            return {};
    }
    return indexOfNode(current);
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *node = nodeAt(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeAt(child)->parent);
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool OrgTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeAt(parent);
    return node->loaded ? !node->children.empty() : node->info.hasChildren;
}

bool OrgTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeAt(parent);
    return !node->loaded && node->info.hasChildren;
}

void OrgTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeAt(parent);
    if (node->loaded)
        return;
    load(node);
}

void OrgTreeModel::load(Node *node)
{
    const QList<OrgNodeInfo> children = m_service.repository().children(node->info.id, m_showRetired);
    node->loaded = true;
    if (children.isEmpty()) {
        node->info.hasChildren = false;
        return;
    }
    beginInsertRows(indexOfNode(node), 0, int(children.size()) - 1);
    node->children.reserve(children.size());
    for (const OrgNodeInfo &info : children) {
        node->children.push_back(makeNode(info, node));
        node->children.back()->row = int(node->children.size()) - 1;
    }
    endInsertRows();
}

std::unique_ptr<OrgTreeModel::Node> OrgTreeModel::makeNode(const OrgNodeInfo &info, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->info = info;
    node->parent = parent;
    m_nodes.insert(info.id, node.get());
    return node;
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const OrgNodeInfo &info = nodeAt(index)->info;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return info.name;
    case Qt::ToolTipRole:
        return info.active ? OrgKinds::displayName(info.kind)
                           : QCoreApplication::translate("OrgTreeModel", "%1 (retired)").arg(OrgKinds::displayName(info.kind));
    case Qt::FontRole:
        if (!info.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!info.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return info.id;
    case KindRole:
        return OrgKinds::code(info.kind);
    case ActiveRole:
        return info.active;
    default:
        return {};
    }
}

Qt::ItemFlags OrgTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    const Node *node = nodeAt(index);
    if (node->info.parentId != 0)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

// ---- drag and drop ----

QStringList OrgTreeModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *OrgTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            stream << idAt(index);
    }
    auto *mime = new QMimeData;
    mime->setData(mimeType, bytes);
    return mime;
}

QList<qint64> OrgTreeModel::idsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType))
        return ids;
    QDataStream stream(data->data(mimeType));
    while (!stream.atEnd()) {
        qint64 id = 0;
        stream >> id;
        if (stream.status() != QDataStream::Ok)
            break;
        ids.append(id);
    }
    return ids;
}

Qt::DropActions OrgTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions OrgTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool OrgTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !parent.isValid())
        return false;
    const QList<qint64> ids = idsFromMime(data);
    if (ids.isEmpty())
        return false;
    const qint64 target = idAt(parent);
    return std::all_of(ids.begin(), ids.end(), [&](qint64 id) { return m_service.canMove(id, target).ok(); });
}

bool OrgTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !parent.isValid())
        return false;
    const qint64 target = idAt(parent);
    for (qint64 id : idsFromMime(data)) {
        if (const Outcome moved = m_service.move(id, target); !moved)
            Q_EMIT moveRefused(moved.error());
    }
    return false;
}

// ---- following the service ----

int OrgTreeModel::insertPosition(const Node *parent, const OrgNodeInfo &info) const
{
    const auto it = std::lower_bound(parent->children.begin(), parent->children.end(), info,
                                     [](const std::unique_ptr<Node> &node, const OrgNodeInfo &value) {
                                         return OrgOrder::lessThan(node->info, value);
                                     });
    return int(it - parent->children.begin());
}

void OrgTreeModel::renumber(Node *parent, int from)
{
    for (size_t i = size_t(from); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void OrgTreeModel::insertChild(Node *parent, const OrgNodeInfo &info)
{
    if (!parent->loaded) {
        // Loading brings the new child with its siblings.
        parent->info.hasChildren = true;
        load(parent);
        return;
    }
    const int row = insertPosition(parent, info);
    beginInsertRows(indexOfNode(parent), row, row);
    parent->children.insert(parent->children.begin() + row, makeNode(info, parent));
    renumber(parent, row);
    parent->info.hasChildren = true;
    endInsertRows();
}

void OrgTreeModel::forget(Node *node)
{
    for (const auto &child : node->children)
        forget(child.get());
    m_nodes.remove(node->info.id);
}

void OrgTreeModel::removeNode(Node *node)
{
    Node *parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOfNode(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    renumber(parent, row);
    endRemoveRows();
}

void OrgTreeModel::onAdded(qint64 id, qint64 parentId)
{
    Node *parent = parentId == 0 ? m_root.get() : m_nodes.value(parentId);
    if (!parent || m_nodes.contains(id))
        return;
    const auto info = m_service.repository().node(id, m_showRetired);
    if (!info || (!info->active && !m_showRetired))
        return;
    insertChild(parent, *info);
}

void OrgTreeModel::onChanged(qint64 id)
{
    Node *node = m_nodes.value(id);
    if (!node) {
        // A reinstated organisation appears again where it belongs.
        const auto info = m_service.repository().node(id, m_showRetired);
        if (info && info->active)
            onAdded(id, info->parentId);
        return;
    }
    const auto info = m_service.repository().node(id, m_showRetired);
    if (!info) {
        removeNode(node);
        return;
    }
    if (!info->active && !m_showRetired) {
        removeNode(node);
        return;
    }
    OrgNodeInfo updated = *info;
    updated.hasChildren = node->loaded ? !node->children.empty() : info->hasChildren;
    node->info = updated;
    // Keep the siblings in order after a rename: count those that now sort before it.
    Node *parent = node->parent;
    const int from = node->row;
    int to = 0;
    for (const auto &sibling : parent->children) {
        if (sibling.get() != node && OrgOrder::lessThan(sibling->info, updated))
            ++to;
    }
    if (to != from) {
        const QModelIndex parentIndex = indexOfNode(parent);
        beginMoveRows(parentIndex, from, from, parentIndex, to > from ? to + 1 : to);
        auto moving = std::move(parent->children[size_t(from)]);
        parent->children.erase(parent->children.begin() + from);
        parent->children.insert(parent->children.begin() + to, std::move(moving));
        renumber(parent, std::min(from, to));
        endMoveRows();
    }
    const QModelIndex changedIndex = indexOfNode(node);
    Q_EMIT dataChanged(changedIndex, changedIndex);
}

void OrgTreeModel::onMoved(qint64 id, qint64 oldParentId, qint64 newParentId)
{
    Node *node = m_nodes.value(id);
    Node *oldParent = oldParentId == 0 ? m_root.get() : m_nodes.value(oldParentId);
    Node *newParent = newParentId == 0 ? m_root.get() : m_nodes.value(newParentId);

    if (node && newParent && newParent->loaded && oldParent == node->parent) {
        // Both ends are shown: a real move keeps the node's expansion and selection.
        const int from = node->row;
        const int to = insertPosition(newParent, node->info);
        if (!beginMoveRows(indexOfNode(oldParent), from, from, indexOfNode(newParent), to))
            return;
        auto moving = std::move(oldParent->children[size_t(from)]);
        oldParent->children.erase(oldParent->children.begin() + from);
        renumber(oldParent, from);
        moving->parent = newParent;
        newParent->children.insert(newParent->children.begin() + to, std::move(moving));
        renumber(newParent, to);
        newParent->info.hasChildren = true;
        endMoveRows();
        if (oldParent->children.empty())
            oldParent->info.hasChildren = false;
        return;
    }
    if (node)
        removeNode(node);
    if (newParent) {
        if (newParent->loaded) {
            if (const auto info = m_service.repository().node(id, m_showRetired))
                insertChild(newParent, *info);
        } else {
            newParent->info.hasChildren = true;
            load(newParent);
        }
    }
}

void OrgTreeModel::onRemoved(qint64 id, qint64)
{
    if (Node *node = m_nodes.value(id))
        removeNode(node);
}
