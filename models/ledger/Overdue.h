#pragma once

#include <QDate>
#include <QHash>
#include <QString>

class Database;

/// The one definition of overdue, for the status bar's badge, the 超期 filter, the weekly
/// summary, the overview's chart, the monthly report and `stats`: on a day, an item still in
/// the loop (not closed or visited), not suspended, and due before that day, whenever it was
/// recorded. The state is the item's state now. Every period is judged on its last day, or
/// today while it runs.
namespace Overdue {

/// The condition on ledger_item columns (prefix "i." or none), with :asOf bound to the day; the
/// open part written as the open-items indexes are, so that they are used.
QString condition(const QString &prefix = {});

/// The day a period ending on periodEnd is judged on.
QDate judgedOn(const QDate &periodEnd, const QDate &today = QDate::currentDate());

/// The items overdue on day in orgId's subtree (the whole database for 0).
qint64 count(const Database &database, qint64 orgId, const QDate &day);

/// The same per child of orgId, by the ledger column that names them (subdistrict_id,
/// community_id or org_id).
QHash<qint64, qint64> byChild(const Database &database, qint64 orgId, const QString &column, const QDate &day);

} // namespace Overdue
