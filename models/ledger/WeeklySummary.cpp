#include "WeeklySummary.h"

#include "LedgerRepository.h"
#include "Overdue.h"
#include "core/IsoDate.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QSqlQuery>
#include <QVariant>

WeeklySummary WeeklySummary::compute(const Database &database, qint64 orgId, const QDate &day, const QDate &today)
{
    WeeklySummary summary;
    summary.organisation = OrgRepository(database).pathNames(orgId).join(QStringLiteral(" › "));
    summary.weekStart = day.addDays(1 - day.dayOfWeek());
    summary.weekEnd = summary.weekStart.addDays(6);
    const QString from = IsoDate::format(summary.weekStart);
    const QString to = IsoDate::format(summary.weekEnd);

    SqlCondition scope;
    LedgerRepository::addScope(scope, database.connection(), orgId, QStringLiteral("i."));
    const QString where = scope.sql().isEmpty() ? QStringLiteral(" WHERE 1") : scope.sql();
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT count(*) FILTER (WHERE i.recorded_on BETWEEN :from AND :to), "
        "  count(*) FILTER (WHERE i.closed_on BETWEEN :from AND :to), "
        "  count(*) FILTER (WHERE i.recorded_on <= :to AND i.state NOT IN ('closed', 'visited')) "
        "FROM ledger_item i%1")
                      .arg(where));
    scope.bind(query);
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    if (SqlRead::run(query) && query.next()) {
        summary.recorded = query.value(0).toLongLong();
        summary.closed = query.value(1).toLongLong();
        summary.open = query.value(2).toLongLong();
    }
    // Overdue as everywhere: on the week's last day, or today while the week runs.
    summary.judgedOn = Overdue::judgedOn(summary.weekEnd, today);
    summary.overdue = Overdue::count(database, orgId, summary.judgedOn);
    query.finish();
    query.prepare(QStringLiteral("SELECT c.name, count(*) AS n FROM ledger_item i JOIN ledger_category c ON c.id = i.category_id"
                                 "%1 AND i.recorded_on BETWEEN :from AND :to GROUP BY c.id ORDER BY n DESC, c.position LIMIT 5")
                      .arg(where));
    scope.bind(query);
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    if (SqlRead::run(query)) {
        while (query.next())
            summary.topCategories.append({query.value(0).toString(), query.value(1).toLongLong()});
        SqlRead::finished(query);
    }

    // To watch: overdue first, then urgent or reopened items still open.
    LedgerFilter overdue;
    overdue.orgId = orgId;
    overdue.overdueOnly = true;
    overdue.asOf = summary.judgedOn;
    const LedgerRepository ledger(database);
    summary.toWatch = ledger.page(overdue, LedgerSort::DueSoonest, std::nullopt, 20);
    return summary;
}
