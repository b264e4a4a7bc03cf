#include "HandlingFigures.h"

#include "LedgerRepository.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace {

QList<HandlingRow> rows(const Database &database, const QString &sql, const SqlCondition &condition, const QDate &asOf)
{
    QList<HandlingRow> out;
    QSqlQuery query(database.connection());
    query.prepare(sql.arg(condition.sql()));
    condition.bind(query);
    query.bindValue(QStringLiteral(":asOf"), IsoDate::format(asOf));
    if (!SqlRead::run(query))
        return out;
    while (query.next()) {
        out.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                    query.value(3).toLongLong(), query.value(4).toLongLong()});
    }
    SqlRead::finished(query);
    return out;
}

} // namespace

HandlingFigures HandlingFigures::compute(const Database &database, qint64 orgId, const QDate &from, const QDate &to,
                                         const QDate &asOf)
{
    HandlingFigures figures;
    // The scope, and the period on a date column: the summons' (departments) or the items' (units).
    const auto condition = [&](const QString &dateColumn) {
        SqlCondition c;
        LedgerRepository::addScope(c, database.connection(), orgId, QStringLiteral("i."));
        if (from.isValid())
            c.add(dateColumn + QStringLiteral(" >= :from"), QStringLiteral(":from"), IsoDate::format(from));
        if (to.isValid())
            c.add(dateColumn + QStringLiteral(" <= :to"), QStringLiteral(":to"), IsoDate::format(to));
        return c;
    };
    const SqlCondition summoned = condition(QStringLiteral("s.summoned_on"));
    figures.departments = rows(database,
                               QStringLiteral("SELECT d.name, count(*), count(s.done_on), "
                               "  count(*) FILTER (WHERE s.done_on <= s.due_on), "
                               "  count(*) FILTER (WHERE s.done_on IS NULL AND s.due_on < :asOf AND i.state <> 'suspended') "
                               "FROM ledger_summons s JOIN ledger_item i ON i.id = s.item_id "
                               "JOIN department d ON d.id = s.department_id%1 "
                               "GROUP BY d.id, d.name ORDER BY count(*) DESC, d.name"),
                               summoned, asOf);
    SqlCondition dispatched = condition(QStringLiteral("i.recorded_on"));
    dispatched.add(QStringLiteral("i.holder_unit_id IS NOT NULL"));
    figures.units = rows(database,
                         QStringLiteral("SELECT u.name, count(*), count(i.closed_on), "
                         "  count(*) FILTER (WHERE i.closed_on <= i.holder_due_on), "
                         "  count(*) FILTER (WHERE i.closed_on IS NULL AND i.holder_due_on < :asOf AND i.state <> 'suspended') "
                         "FROM ledger_item i JOIN unit u ON u.id = i.holder_unit_id%1 "
                         "GROUP BY u.id, u.name ORDER BY count(*) DESC, u.name"),
                         dispatched, asOf);
    return figures;
}

QJsonObject HandlingFigures::toJson() const
{
    const auto list = [](const QList<HandlingRow> &rows, const QString &countKey) {
        QJsonArray out;
        for (const HandlingRow &row : rows) {
            out.append(QJsonObject{{QStringLiteral("name"), row.name},
                                   {countKey, row.count},
                                   {QStringLiteral("done"), row.done},
                                   {QStringLiteral("on_time"), row.onTime},
                                   {QStringLiteral("overdue"), row.overdue}});
        }
        return out;
    };
    return {{QStringLiteral("departments"), list(departments, QStringLiteral("summoned"))},
            {QStringLiteral("units"), list(units, QStringLiteral("dispatched"))}};
}
