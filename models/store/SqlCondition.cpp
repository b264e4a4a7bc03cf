#include "SqlCondition.h"

#include "SqlRead.h"
#include "org/SubtreeRange.h"

#include <QVariant>

void SqlCondition::addSubtree(const QSqlDatabase &db, qint64 orgId, const QString &column)
{
    if (orgId == 0)
        return;
    QSqlQuery lineage(db);
    lineage.prepare(QStringLiteral("SELECT lineage, parent_id IS NULL FROM organisation WHERE id = :id"));
    lineage.bindValue(QStringLiteral(":id"), orgId);
    if (!SqlRead::run(lineage) || !lineage.next()) {
        clauses.append(QStringLiteral("1 = 0"));
        return;
    }
    if (lineage.value(1).toBool())
        return; // the top covers everything: no condition, no subquery
    const QString text = lineage.value(0).toString();
    add(QStringLiteral("%1 IN (SELECT id FROM organisation WHERE lineage >= :subtreeLow AND lineage < :subtreeHigh)")
            .arg(column));
    values.insert(QStringLiteral(":subtreeLow"), text);
    values.insert(QStringLiteral(":subtreeHigh"), SubtreeRange::upperBound(text));
}

QString SqlCondition::sql() const
{
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

void SqlCondition::bind(QSqlQuery &query) const
{
    for (auto it = values.begin(); it != values.end(); ++it)
        query.bindValue(it.key(), it.value());
}

void SqlCondition::addPeriod(const QString &column, const QDate &from, const QDate &to)
{
    if (from.isValid())
        add(column + QStringLiteral(" >= :from"), QStringLiteral(":from"), from.toString(Qt::ISODate));
    if (to.isValid())
        add(column + QStringLiteral(" <= :to"), QStringLiteral(":to"), to.toString(Qt::ISODate));
}
