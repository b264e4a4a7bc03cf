#include "LedgerSummons.h"

#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/StoreHealth.h"
#include "calendar/WorkCalendar.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LedgerSummons", text);
}

} // namespace

LedgerSummons::LedgerSummons(const Database &database)
    : m_database(database)
{
}

QList<Summons> LedgerSummons::of(qint64 itemId) const
{
    const auto summons = read(itemId);
    return summons ? summons.value() : QList<Summons>();
}

Result<QList<Summons>> LedgerSummons::read(qint64 itemId) const
{
    using R = Result<QList<Summons>>;
    QList<Summons> out;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT s.id, s.item_id, s.department_id, d.name, s.summoned_on, s.due_on, s.reported_on, "
                                 "s.done_on FROM ledger_summons s JOIN department d ON d.id = s.department_id "
                                 "WHERE s.item_id = :item ORDER BY s.id"));
    query.bindValue(QStringLiteral(":item"), itemId);
    if (!SqlRead::run(query))
        return R::failure(tr("The departments summoned to the item cannot be read: %1").arg(StoreHealth::describe(query.lastError())));
    while (query.next()) {
        out.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                    query.value(3).toString(), IsoDate::fromSql(query.value(4)), IsoDate::fromSql(query.value(5)),
                    IsoDate::fromSql(query.value(6)), IsoDate::fromSql(query.value(7))});
    }
    if (!SqlRead::finished(query))
        return R::failure(tr("The departments summoned to the item cannot be read: %1").arg(StoreHealth::describe(query.lastError())));
    return out;
}

LedgerFlowFacts LedgerSummons::facts(const QList<Summons> &summons)
{
    LedgerFlowFacts facts;
    for (const Summons &one : summons) {
        if (!one.reportedOn.isValid())
            ++facts.summonsToReport;
        else if (!one.doneOn.isValid())
            ++facts.summonsToFinish;
    }
    return facts;
}

Result<Summons> LedgerSummons::pick(const QList<Summons> &summons, const QString &departmentName, bool reportIn)
{
    using R = Result<Summons>;
    QList<Summons> waiting;
    for (const Summons &one : summons) {
        if (reportIn ? !one.reportedOn.isValid() : (one.reportedOn.isValid() && !one.doneOn.isValid()))
            waiting.append(one);
    }
    const QString name = departmentName.trimmed();
    if (name.isEmpty() && waiting.size() == 1)
        return waiting.constFirst();
    QStringList names;
    for (const Summons &one : std::as_const(waiting)) {
        if (one.department == name)
            return one;
        names.append(one.department);
    }
    if (waiting.isEmpty())
        return R::failure(reportIn ? tr("Every summoned department has reported in.")
                                   : tr("No department that has reported in is still at work on the item."));
    if (name.isEmpty())
        return R::failure(tr("Say which department: %1.").arg(names.join(QStringLiteral("、"))));
    return R::failure(reportIn ? tr("%1 is not a summoned department still to report in (%2).").arg(name, names.join(QStringLiteral("、")))
                               : tr("%1 is not a department at work on the item (%2).").arg(name, names.join(QStringLiteral("、"))));
}

QStringList LedgerSummons::unfinished(const QList<Summons> &summons)
{
    QStringList out;
    for (const Summons &one : summons) {
        if (one.isOpen())
            out.append(one.department);
    }
    return out;
}

Outcome LedgerSummons::summon(qint64 itemId, const QList<qint64> &departmentIds, const QDate &on, const QDate &due) const
{
    for (qint64 department : departmentIds) {
        const auto added = SqlWrite::insert(m_database.connection(), QStringLiteral("ledger_summons"),
                                            {{QStringLiteral("item_id"), itemId},
                                             {QStringLiteral("department_id"), department},
                                             {QStringLiteral("summoned_on"), SqlWrite::date(on)},
                                             {QStringLiteral("due_on"), SqlWrite::date(due)}});
        if (!added)
            return Outcome::failure(added.error());
    }
    return Outcome::success();
}

Outcome LedgerSummons::reportIn(qint64 summonsId, const QDate &on) const
{
    return SqlWrite::exec(m_database.connection(),
                          QStringLiteral("UPDATE ledger_summons SET reported_on = :on WHERE id = :id AND reported_on IS NULL"),
                          {{QStringLiteral(":on"), SqlWrite::date(on)}, {QStringLiteral(":id"), summonsId}});
}

Outcome LedgerSummons::reportDone(qint64 summonsId, const QDate &on) const
{
    return SqlWrite::exec(m_database.connection(),
                          QStringLiteral("UPDATE ledger_summons SET done_on = :on WHERE id = :id AND done_on IS NULL"),
                          {{QStringLiteral(":on"), SqlWrite::date(on)}, {QStringLiteral(":id"), summonsId}});
}

Outcome LedgerSummons::moveOpenLimits(qint64 itemId, int lostWorkingDays) const
{
    if (lostWorkingDays <= 0)
        return Outcome::success();
    const auto summons = read(itemId);
    if (!summons)
        return Outcome::failure(summons.error());
    const WorkCalendar calendar = WorkCalendar::load(m_database);
    for (const Summons &one : summons.value()) {
        if (!one.isOpen())
            continue;
        const QDate moved = calendar.addWorkingDays(one.dueOn, lostWorkingDays);
        if (!moved.isValid())
            return Outcome::failure(tr("The departments' time limit lies beyond the years the calendar keeps."));
        if (const Outcome written = SqlWrite::exec(m_database.connection(),
                                                   QStringLiteral("UPDATE ledger_summons SET due_on = :due WHERE id = :id"),
                                                   {{QStringLiteral(":due"), SqlWrite::date(moved)}, {QStringLiteral(":id"), one.id}});
            !written)
            return written;
    }
    return Outcome::success();
}
