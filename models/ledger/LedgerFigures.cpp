#include "LedgerFigures.h"

#include "LedgerRepository.h"
#include "Overdue.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

/// The whole ledger's figures from the running counts its triggers keep (schema 9); false when
/// they cannot be read.
bool readTally(const Database &database, LedgerFigures *figures)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!SqlRead::run(query, QStringLiteral("SELECT key, value FROM tally WHERE key LIKE 'ledger.%'")))
        return false;
    QHash<QString, qint64> value;
    while (query.next())
        value.insert(query.value(0).toString(), query.value(1).toLongLong());
    if (!SqlRead::finished(query) || !value.contains(QStringLiteral("ledger.close_days_items")))
        return false;
    figures->recorded = value.value(QStringLiteral("ledger.items"));
    figures->closed = value.value(QStringLiteral("ledger.done"));
    figures->visited = value.value(QStringLiteral("ledger.rated"));
    figures->satisfied = value.value(QStringLiteral("ledger.satisfied"));
    const qint64 timed = value.value(QStringLiteral("ledger.close_days_items"));
    figures->averageCloseDays = timed > 0 ? double(value.value(QStringLiteral("ledger.close_days"))) / double(timed) : 0.0;
    return true;
}

} // namespace

LedgerFigures LedgerFigures::compute(const Database &database, qint64 orgId, const QDate &from, const QDate &to,
                                     const QDate &asOf)
{
    LedgerFigures figures;
    // The whole ledger of all time: the running counts, not a scan of every item.
    if (orgId == 0 && !from.isValid() && !to.isValid() && readTally(database, &figures)) {
        figures.overdue = Overdue::count(database, orgId, asOf);
        return figures;
    }
    SqlCondition condition;
    LedgerRepository::addScope(condition, database.connection(), orgId, QString());
    if (from.isValid())
        condition.add(QStringLiteral("recorded_on >= :from"), QStringLiteral(":from"), IsoDate::format(from));
    if (to.isValid())
        condition.add(QStringLiteral("recorded_on <= :to"), QStringLiteral(":to"), IsoDate::format(to));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT count(*), "
        "  count(*) FILTER (WHERE state IN ('closed', 'visited')), "
        "  count(*) FILTER (WHERE satisfaction IS NOT NULL), "
        "  count(*) FILTER (WHERE satisfaction IN ('satisfied', 'basically_satisfied')), "
        "  coalesce(avg(close_days), 0) "
        "FROM ledger_item%1")
                      .arg(condition.sql()));
    condition.bind(query);
    if (SqlRead::run(query) && query.next()) {
        figures.recorded = query.value(0).toLongLong();
        figures.closed = query.value(1).toLongLong();
        figures.visited = query.value(2).toLongLong();
        figures.satisfied = query.value(3).toLongLong();
        figures.averageCloseDays = query.value(4).toDouble();
    }
    // Overdue is of every item in hand on the day, whenever recorded (Overdue).
    figures.overdue = Overdue::count(database, orgId, asOf);
    return figures;
}

QJsonObject LedgerFigures::toJson() const
{
    return {
        {QStringLiteral("recorded"), recorded},
        {QStringLiteral("closed"), closed},
        {QStringLiteral("visited"), visited},
        {QStringLiteral("satisfied"), satisfied},
        {QStringLiteral("overdue"), overdue},
        {QStringLiteral("completion_rate"), completionRate()},
        {QStringLiteral("satisfaction_rate"), satisfactionRate()},
        {QStringLiteral("average_close_working_days"), averageCloseDays},
    };
}
