#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

class Database;
struct LedgerItem;

/// Who can be named as having reported an item of a grid: its staff and informants (roles of the
/// grid and of its building groups: 网格长, 网格员, 楼栋长, 信息员), and its party-member households
/// (党员中心户, who keep a diary of the people's wishes).
struct LedgerReporter
{
    enum class Kind { Role, Member, Household };
    Kind kind = Kind::Role;
    qint64 id = 0;
    QString label; ///< "网格员 王芳", "3栋党小组 › 李强家"
};

namespace LedgerReporters {

/// The reporters a grid (or a community) offers, staff first, then households.
QList<LedgerReporter> of(const Database &database, qint64 orgId);
/// Whether the item's reporter and household may be named so: roles and households of its own
/// grid (or community), a member in office; the reason when not.
Outcome check(const Database &database, const LedgerItem &item);
/// Who reported it, as shown ("网格员 王芳"), or an empty string.
QString describe(const Database &database, const LedgerItem &item);

} // namespace LedgerReporters
