#pragma once

#include "OrgKind.h"
#include "Organisation.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

class OrgService;

/// The organisation tree for views: loads the children of a node only when it is expanded, knows
/// whether a node has children without loading them, and follows the service's change signals.
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,   ///< the kind's code ("grid")
        ActiveRole, ///< false for a retired organisation
    };

    static const QString mimeType;

    explicit OrgTreeModel(OrgService &service, QObject *parent = nullptr);
    ~OrgTreeModel() override;

    /// The organisation at index, or 0.
    qint64 idAt(const QModelIndex &index) const;
    OrgKind kindAt(const QModelIndex &index) const;
    /// The index of organisation id, loading its ancestors' children as needed; invalid when it
    /// does not exist or is hidden (retired while retired ones are not shown).
    QModelIndex indexOf(qint64 id);

    bool showsRetired() const { return m_showRetired; }
    void setShowRetired(bool show);
    /// Drops everything loaded and starts again from the top.
    void reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Moves the dragged organisations under parent through the service. Returns false in any
    /// case: the service's signal moves the rows, so the view must not remove the source itself.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// The organisation ids a drag carries.
    static QList<qint64> idsFromMime(const QMimeData *data);

Q_SIGNALS:
    /// A drop was refused by the rules; the message says why.
    void moveRefused(const QString &message);

private:
    struct Node;

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    void load(Node *node);
    void loadTop();
    std::unique_ptr<Node> makeNode(const OrgNodeInfo &info, Node *parent);
    int insertPosition(const Node *parent, const OrgNodeInfo &info) const;
    void insertChild(Node *parent, const OrgNodeInfo &info);
    void removeNode(Node *node);
    void forget(Node *node);
    void renumber(Node *parent, int from);

    void onAdded(qint64 id, qint64 parentId);
    void onChanged(qint64 id);
    void onMoved(qint64 id, qint64 oldParentId, qint64 newParentId);
    void onRemoved(qint64 id, qint64 parentId);

    OrgService &m_service;
    std::unique_ptr<Node> m_root; ///< invisible; its children are the top organisations
    QHash<qint64, Node *> m_nodes;
    bool m_showRetired = false;
};
