#include "Overdue.h"

#include "LedgerRepository.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Overdue {

QString condition(const QString &p)
{
    // Recorded by the day goes without saying: an item is never due before it was recorded.
    return QStringLiteral("%1state <> 'closed' AND %1state <> 'visited' AND %1state <> 'suspended' AND %1due_on < :asOf")
        .arg(p);
}

QDate judgedOn(const QDate &periodEnd, const QDate &today)
{
    return periodEnd.isValid() ? std::min(periodEnd, today) : today;
}

qint64 count(const Database &database, qint64 orgId, const QDate &day)
{
    LedgerFilter filter;
    filter.orgId = orgId;
    filter.overdueOnly = true;
    filter.asOf = day;
    return LedgerRepository(database).count(filter);
}

QHash<qint64, qint64> byChild(const Database &database, qint64 orgId, const QString &column, const QDate &day)
{
    QHash<qint64, qint64> out;
    SqlCondition c;
    LedgerRepository::addScope(c, database.connection(), orgId, QStringLiteral("i."));
    c.add(condition(QStringLiteral("i.")), QStringLiteral(":asOf"), IsoDate::format(day));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT i.%1, count(*) FROM ledger_item i%2 GROUP BY i.%1").arg(column, c.sql()));
    c.bind(query);
    if (!SqlRead::run(query))
        return out;
    while (query.next())
        out.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    SqlRead::finished(query);
    return out;
}

} // namespace Overdue
