#include "GuaranteeService.h"

#include "Money.h"
#include "cobuild/OrgFacts.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/Retrying.h"
#include "store/SqlCondition.h"
#include "store/SqlDialect.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QString kindCode(FundEntry::Kind kind)
{
    return kind == FundEntry::Kind::Allotted ? QStringLiteral("allotted") : QStringLiteral("spent");
}

} // namespace

GuaranteeService::GuaranteeService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

Result<qint64> GuaranteeService::addFund(const FundEntry &entry, const QDate &today)
{
    using R = Result<qint64>;
    const QSqlDatabase db = m_database.connection();
    const OrgFacts org = OrgFacts::read(db, entry.orgId);
    if (!org.exists)
        return R::failure(tr("Choose the organisation whose funds these are."));
    if (!org.active)
        return R::failure(tr("%1 is retired; it is allotted no funds.").arg(org.name));
    if (entry.year < 2000 || entry.year > 2100)
        return R::failure(tr("The funds' year lies between 2000 and 2100."));
    if (!entry.on.isValid() || entry.on > today)
        return R::failure(tr("Give the day of the entry; it may not lie in the future."));
    if (entry.amount <= 0 || entry.amount > 100000000000LL)
        return R::failure(tr("The amount is more than nothing and at most 1,000,000,000 yuan."));
    const bool spent = entry.kind == FundEntry::Kind::Spent;
    if (spent && entry.purpose.trimmed().isEmpty())
        return R::failure(tr("Say what the money was spent on."));
    if (!spent && entry.source.trimmed().isEmpty())
        return R::failure(tr("Say who allotted the funds (区财政专项经费, the sub-district…)."));
    const auto saved = Retrying::run(db, [&]() -> R {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return R::failure(transaction.error());
        if (spent) {
            // Read inside the transaction, under the organisation's turn on a server: two clerks
            // spending at once cannot both take the rest.
            if (const Outcome turn = SqlDialect::of(db).takeTurn(db, QStringLiteral("funds %1 %2").arg(entry.orgId).arg(entry.year)); !turn)
                return R::failure(turn.error());
            const auto use = fundsOf(entry.orgId, entry.year);
            if (!use)
                return R::failure(use.error());
            if (use.value().spent + entry.amount > use.value().allotted)
                return R::failure(tr("%1 has %2 yuan left of its funds for %3 (allotted %4, spent %5); %6 yuan is more.")
                                      .arg(org.name, Money::yuan(use.value().balance()))
                                      .arg(entry.year)
                                      .arg(Money::yuan(use.value().allotted), Money::yuan(use.value().spent), Money::yuan(entry.amount)));
        }
        const auto id = SqlWrite::insert(db, QStringLiteral("fund_entry"),
                                         {{QStringLiteral("org_id"), entry.orgId},
                                          {QStringLiteral("year"), entry.year},
                                          {QStringLiteral("kind"), kindCode(entry.kind)},
                                          {QStringLiteral("entry_on"), SqlWrite::date(entry.on)},
                                          {QStringLiteral("amount"), entry.amount},
                                          {QStringLiteral("source"), SqlWrite::text(spent ? QString() : entry.source)},
                                          {QStringLiteral("purpose"), SqlWrite::text(entry.purpose)},
                                          {QStringLiteral("created_at"), SqlWrite::now()}});
        if (!id)
            return R::failure(tr("The database refused the entry: %1").arg(id.error()));
        if (!transaction.commit())
            return R::failure(transaction.error());
        return id;
    });
    if (saved)
        Q_EMIT fundsChanged();
    return saved;
}

Result<QList<FundEntry>> GuaranteeService::fundEntries(qint64 orgId, int year) const
{
    using R = Result<QList<FundEntry>>;
    SqlCondition condition;
    condition.add(QStringLiteral("f.year = :year"), QStringLiteral(":year"), year);
    condition.addSubtree(m_database.connection(), orgId, QStringLiteral("f.org_id"));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT f.id, f.org_id, o.name, f.year, f.kind, f.entry_on, f.amount, f.source, f.purpose "
                                 "FROM fund_entry f JOIN organisation o ON o.id = f.org_id%1 ORDER BY f.entry_on DESC, f.id DESC")
                      .arg(condition.sql()));
    condition.bind(query);
    if (!SqlRead::run(query))
        return R::failure(tr("The funds could not be read."));
    QList<FundEntry> out;
    while (query.next()) {
        FundEntry e;
        e.id = query.value(0).toLongLong();
        e.orgId = query.value(1).toLongLong();
        e.orgName = query.value(2).toString();
        e.year = query.value(3).toInt();
        e.kind = query.value(4).toString() == QLatin1String("spent") ? FundEntry::Kind::Spent : FundEntry::Kind::Allotted;
        e.on = IsoDate::fromSql(query.value(5));
        e.amount = query.value(6).toLongLong();
        e.source = query.value(7).toString();
        e.purpose = query.value(8).toString();
        out.append(e);
    }
    if (!SqlRead::finished(query))
        return R::failure(tr("The funds could not be read."));
    return out;
}

Result<QList<FundUse>> GuaranteeService::fundUse(qint64 orgId, int year) const
{
    return fundUse(m_database.connection(), orgId, year);
}

Result<QList<FundUse>> GuaranteeService::fundUse(const QSqlDatabase &db, qint64 orgId, int year)
{
    using R = Result<QList<FundUse>>;
    SqlCondition condition;
    condition.add(QStringLiteral("f.year = :year"), QStringLiteral(":year"), year);
    condition.addSubtree(db, orgId, QStringLiteral("f.org_id"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.org_id, o.name, s.allotted, s.spent FROM ("
                                 "SELECT f.org_id, sum(CASE WHEN f.kind = 'allotted' THEN f.amount ELSE 0 END) AS allotted, "
                                 "sum(CASE WHEN f.kind = 'spent' THEN f.amount ELSE 0 END) AS spent "
                                 "FROM fund_entry f%1 GROUP BY f.org_id) s JOIN organisation o ON o.id = s.org_id ORDER BY o.lineage")
                      .arg(condition.sql()));
    condition.bind(query);
    if (!SqlRead::run(query))
        return R::failure(tr("The funds could not be read."));
    QList<FundUse> out;
    while (query.next())
        out.append({query.value(0).toLongLong(), query.value(1).toString(), year, query.value(2).toLongLong(), query.value(3).toLongLong()});
    if (!SqlRead::finished(query))
        return R::failure(tr("The funds could not be read."));
    return out;
}

Result<FundUse> GuaranteeService::fundsOf(qint64 orgId, int year) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT kind, sum(amount) FROM fund_entry WHERE org_id = :org AND year = :year GROUP BY kind"));
    query.bindValue(QStringLiteral(":org"), orgId);
    query.bindValue(QStringLiteral(":year"), year);
    if (!SqlRead::run(query))
        return Result<FundUse>::failure(tr("The funds could not be read."));
    FundUse use;
    use.orgId = orgId;
    use.year = year;
    while (query.next())
        (query.value(0).toString() == QLatin1String("spent") ? use.spent : use.allotted) = query.value(1).toLongLong();
    if (!SqlRead::finished(query))
        return Result<FundUse>::failure(tr("The funds could not be read."));
    return use;
}

Result<qint64> GuaranteeService::addInspection(const Inspection &inspection, const QDate &today)
{
    using R = Result<qint64>;
    const QSqlDatabase db = m_database.connection();
    const OrgFacts org = OrgFacts::read(db, inspection.orgId);
    if (!org.exists)
        return R::failure(tr("Choose the organisation inspected."));
    if (!inspection.inspectedOn.isValid() || inspection.inspectedOn > today)
        return R::failure(tr("Give the day of the inspection; it is recorded once held, not in the future."));
    if (inspection.inspectors.trimmed().isEmpty())
        return R::failure(tr("Say who inspected."));
    if (inspection.findings.trimmed().isEmpty())
        return R::failure(tr("Say what the inspection found."));
    for (const FollowUp &task : inspection.followUps) {
        if (task.title.trimmed().isEmpty())
            return R::failure(tr("Every follow-up task says what is to be done."));
        if (!task.dueOn.isValid() || task.dueOn < inspection.inspectedOn)
            return R::failure(tr("The follow-up \"%1\" is due on or after the inspection (%2).")
                                  .arg(task.title.trimmed(), IsoDate::format(inspection.inspectedOn)));
    }
    if (!inspection.followUps.isEmpty() && !org.active)
        return R::failure(tr("%1 is retired; it takes no new tasks.").arg(org.name));
    const auto saved = Retrying::run(db, [&]() -> R {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return R::failure(transaction.error());
        const auto id = SqlWrite::insert(db, QStringLiteral("inspection"),
                                         {{QStringLiteral("org_id"), inspection.orgId},
                                          {QStringLiteral("inspected_on"), SqlWrite::date(inspection.inspectedOn)},
                                          {QStringLiteral("inspectors"), inspection.inspectors.trimmed()},
                                          {QStringLiteral("findings"), inspection.findings.trimmed()},
                                          {QStringLiteral("created_at"), SqlWrite::now()}});
        if (!id)
            return R::failure(tr("The database refused the inspection: %1").arg(id.error()));
        for (const FollowUp &task : inspection.followUps) {
            const auto made = SqlWrite::insert(db, QStringLiteral("task"),
                                               {{QStringLiteral("org_id"), inspection.orgId},
                                                {QStringLiteral("inspection_id"), id.value()},
                                                {QStringLiteral("title"), task.title.trimmed()},
                                                {QStringLiteral("set_on"), SqlWrite::date(inspection.inspectedOn)},
                                                {QStringLiteral("due_on"), SqlWrite::date(task.dueOn)},
                                                {QStringLiteral("created_at"), SqlWrite::now()}});
            if (!made)
                return R::failure(tr("The database refused the task \"%1\": %2").arg(task.title.trimmed(), made.error()));
        }
        if (!transaction.commit())
            return R::failure(transaction.error());
        return id;
    });
    if (saved)
        Q_EMIT inspectionsChanged();
    return saved;
}

Result<QList<Inspection>> GuaranteeService::inspections(qint64 orgId, const QDate &from, const QDate &to) const
{
    return inspections(m_database.connection(), orgId, from, to);
}

Result<QList<Inspection>> GuaranteeService::inspections(const QSqlDatabase &db, qint64 orgId, const QDate &from, const QDate &to)
{
    using R = Result<QList<Inspection>>;
    SqlCondition condition;
    condition.add(QStringLiteral("i.inspected_on >= :from"), QStringLiteral(":from"), IsoDate::format(from));
    condition.add(QStringLiteral("i.inspected_on <= :to"), QStringLiteral(":to"), IsoDate::format(to));
    condition.addSubtree(db, orgId, QStringLiteral("i.org_id"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT i.id, i.org_id, o.name, i.inspected_on, i.inspectors, i.findings, "
                                 "(SELECT count(*) FROM task t WHERE t.inspection_id = i.id), "
                                 "(SELECT count(*) FROM task t WHERE t.inspection_id = i.id AND t.state = 'open') "
                                 "FROM inspection i JOIN organisation o ON o.id = i.org_id%1 ORDER BY i.inspected_on DESC, i.id DESC")
                      .arg(condition.sql()));
    condition.bind(query);
    if (!SqlRead::run(query))
        return R::failure(tr("The inspections could not be read."));
    QList<Inspection> out;
    while (query.next()) {
        Inspection i;
        i.id = query.value(0).toLongLong();
        i.orgId = query.value(1).toLongLong();
        i.orgName = query.value(2).toString();
        i.inspectedOn = IsoDate::fromSql(query.value(3));
        i.inspectors = query.value(4).toString();
        i.findings = query.value(5).toString();
        i.tasks = query.value(6).toInt();
        i.tasksOpen = query.value(7).toInt();
        out.append(i);
    }
    if (!SqlRead::finished(query))
        return R::failure(tr("The inspections could not be read."));
    return out;
}

std::optional<Inspection> GuaranteeService::inspection(qint64 inspectionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT i.org_id, o.name, i.inspected_on, i.inspectors, i.findings FROM inspection i "
                                 "JOIN organisation o ON o.id = i.org_id WHERE i.id = :id"));
    query.bindValue(QStringLiteral(":id"), inspectionId);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    Inspection i;
    i.id = inspectionId;
    i.orgId = query.value(0).toLongLong();
    i.orgName = query.value(1).toString();
    i.inspectedOn = IsoDate::fromSql(query.value(2));
    i.inspectors = query.value(3).toString();
    i.findings = query.value(4).toString();
    query.finish();
    QSqlQuery tasks(m_database.connection());
    tasks.prepare(QStringLiteral("SELECT title, due_on, state, done_on FROM task WHERE inspection_id = :id ORDER BY id"));
    tasks.bindValue(QStringLiteral(":id"), inspectionId);
    if (!SqlRead::run(tasks))
        return std::nullopt;
    while (tasks.next()) {
        FollowUp f(tasks.value(0).toString(), IsoDate::fromSql(tasks.value(1)));
        f.state = tasks.value(2).toString();
        f.doneOn = IsoDate::fromSql(tasks.value(3));
        i.followUps.append(f);
        ++i.tasks;
        if (i.followUps.last().state == QLatin1String("open"))
            ++i.tasksOpen;
    }
    if (!SqlRead::finished(tasks))
        return std::nullopt;
    return i;
}
