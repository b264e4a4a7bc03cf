#pragma once

#include <Qt>

#include <functional>
#include <utility>

class QTableView;

/// The header's arrow on the order the rows are really in. A model that sorts some columns only,
/// or one way only, says which column and order its rows follow (-1: its own order, no arrow);
/// after every click on a header and every reset the arrow is put back there.
namespace SortIndicator {

using Shown = std::function<std::pair<int, Qt::SortOrder>()>;

void follow(QTableView *view, Shown shown);

} // namespace SortIndicator
