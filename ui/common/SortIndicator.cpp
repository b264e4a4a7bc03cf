#include "SortIndicator.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>

namespace SortIndicator {

void follow(QTableView *view, Shown shown)
{
    QHeaderView *header = view->horizontalHeader();
    auto sync = [header, shown] {
        const auto [column, order] = shown();
        if (header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order)
            return;
        // The rows are in this order already: no second sort.
        const QSignalBlocker quiet(header);
        header->setSortIndicator(column, order);
        header->viewport()->update();
    };
    // Queued after the view has passed the click on to the model.
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view, sync, Qt::QueuedConnection);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, sync);
    sync();
}

} // namespace SortIndicator
