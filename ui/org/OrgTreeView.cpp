#include "OrgTreeView.h"

#include "org/OrgService.h"
#include "org/OrgTreeModel.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMessageBox>

OrgTreeView::OrgTreeView(OrgService &service, OrgTreeModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_service(service)
    , m_model(model)
{
    setModel(model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    // Long names scroll sideways instead of being cut off with an ellipsis.
    setTextElideMode(Qt::ElideNone);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
}

void OrgTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    // A drop always means "under the node pointed at", wherever on the row it lands.
    const QModelIndex target = indexAt(event->position().toPoint());
    const bool allowed = target.isValid()
                         && m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, target);
    event->setDropAction(Qt::MoveAction);
    event->setAccepted(allowed);
}

void OrgTreeView::dropEvent(QDropEvent *event)
{
    const QModelIndex target = indexAt(event->position().toPoint());
    const QList<qint64> ids = OrgTreeModel::idsFromMime(event->mimeData());
    // The view must not remove the source rows itself: the service's signal moves them.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    setState(NoState);
    viewport()->update();
    if (!target.isValid() || ids.isEmpty())
        return;
    for (qint64 id : ids)
        moveWithConfirmation(id, m_model->idAt(target));
}

bool OrgTreeView::moveWithConfirmation(qint64 id, qint64 target)
{
    const auto node = m_service.repository().node(id);
    const auto targetNode = m_service.repository().node(target);
    if (!node || !targetNode)
        return false;
    if (const Outcome allowed = m_service.canMove(id, target); !allowed) {
        QMessageBox::warning(this, tr("Move refused"), allowed.error());
        return false;
    }
    const int below = m_service.repository().descendantCount(id, false);
    QString question = tr("Move %1 under %2?").arg(node->name, targetNode->name);
    if (below > 0)
        question += QLatin1Char('\n') + tr("The %Ln organisation(s) below it move with it.", nullptr, below);
    if (QMessageBox::question(this, tr("Move organisation"), question) != QMessageBox::Yes)
        return false;
    if (const Outcome moved = m_service.move(id, target); !moved) {
        QMessageBox::warning(this, tr("Move refused"), moved.error());
        return false;
    }
    const QModelIndex moved = m_model->indexOf(id);
    setCurrentIndex(moved);
    scrollTo(moved);
    return true;
}
