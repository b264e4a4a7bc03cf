#pragma once

#include <QTreeView>

class OrgService;
class OrgTreeModel;

/// The organisation tree with drag and drop: a node dropped onto another moves under it after the
/// clerk confirms; a drop the rules forbid is refused with the reason.
class OrgTreeView : public QTreeView
{
    Q_OBJECT

public:
    OrgTreeView(OrgService &service, OrgTreeModel *model, QWidget *parent = nullptr);

    /// Moves id under target as a drop would, asking first. Returns whether it moved.
    bool moveWithConfirmation(qint64 id, qint64 target);

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    OrgService &m_service;
    OrgTreeModel *m_model;
};
