#include "LedgerFigures.h"

#include "LedgerRepository.h"
#include "Overdue.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QSqlQuery>
#include <QVariant>

LedgerFigures LedgerFigures::compute(const Database &database, qint64 orgId, const QDate &from, const QDate &to,
                                     const QDate &asOf)
{
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
    LedgerFigures figures;
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
