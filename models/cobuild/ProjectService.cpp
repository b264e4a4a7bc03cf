#include "ProjectService.h"

#include "OrgFacts.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlRead.h"
#include "store/RecordVersion.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

ProjectService::ProjectService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

std::optional<ProjectStage> ProjectService::nextStage(ProjectStage stage)
{
    switch (stage) {
    case ProjectStage::Approved: return ProjectStage::Advancing;
    case ProjectStage::Advancing: return ProjectStage::Results;
    case ProjectStage::Results: return ProjectStage::Concluded;
    case ProjectStage::Concluded: return std::nullopt;
    }
    return std::nullopt;
}

Result<qint64> ProjectService::add(const Project &p, const QDate &today)
{
    using R = Result<qint64>;
    if (p.title.trimmed().isEmpty())
        return R::failure(tr("Give the project a title."));
    const OrgFacts org = OrgFacts::read(m_database.connection(), p.orgId);
    if (!org.exists)
        return R::failure(tr("Choose the organisation that leads the project."));
    if (!org.active)
        return R::failure(tr("%1 is retired; it leads no new projects.").arg(org.name));
    if (!p.approvedOn.isValid())
        return R::failure(tr("Give the date the project was approved (立项)."));
    if (p.approvedOn > today)
        return R::failure(tr("The approval date %1 is in the future.").arg(IsoDate::format(p.approvedOn)));
    if (p.budget > 1e10)
        return R::failure(tr("The budget is too large."));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("project"),
                                     {{QStringLiteral("kind"), Cobuild::code(p.kind)},
                                      {QStringLiteral("title"), p.title.trimmed()},
                                      {QStringLiteral("org_id"), p.orgId},
                                      {QStringLiteral("secretary"), SqlWrite::text(p.secretary)},
                                      {QStringLiteral("approved_on"), SqlWrite::date(p.approvedOn)},
                                      {QStringLiteral("budget"), p.budget >= 0 ? QVariant(p.budget) : QVariant(QMetaType::fromType<double>())},
                                      {QStringLiteral("description"), SqlWrite::text(p.description)},
                                      {QStringLiteral("created_at"), SqlWrite::now()}});
    if (!id)
        return R::failure(tr("The database refused the project: %1").arg(id.error()));
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed();
    return id.value();
}

Outcome ProjectService::advance(qint64 projectId, const QDate &on, const QDate &today, std::optional<ProjectStage> from)
{
    const auto p = project(projectId);
    if (!p)
        return Outcome::failure(tr("There is no project with number %1.").arg(projectId));
    if (from && p->stage != *from)
        return Outcome::failure(RecordVersion::changedMeanwhile());
    const auto next = nextStage(p->stage);
    if (!next)
        return Outcome::failure(tr("The project is concluded."));
    const QDate since = p->stage == ProjectStage::Approved ? p->approvedOn
                        : p->stage == ProjectStage::Advancing ? p->advancingOn
                                                              : p->resultsOn;
    if (!on.isValid() || on < since)
        return Outcome::failure(tr("The project cannot reach \"%1\" before %2, when it became \"%3\".")
                                    .arg(Cobuild::displayName(*next), IsoDate::format(since), Cobuild::displayName(p->stage)));
    if (on > today)
        return Outcome::failure(tr("The date %1 is in the future.").arg(IsoDate::format(on)));
    const QString column = *next == ProjectStage::Advancing ? QStringLiteral("advancing_on")
                           : *next == ProjectStage::Results ? QStringLiteral("results_on")
                                                            : QStringLiteral("concluded_on");
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    // From the stage checked above only: a step another clerk took meanwhile stands.
    const Result<int> done = SqlWrite::changed(m_database.connection(),
                                               QStringLiteral("UPDATE project SET stage = :stage, %1 = :on WHERE id = :id AND stage = :from")
                                                   .arg(column),
                                               {{QStringLiteral(":stage"), Cobuild::code(*next)},
                                                {QStringLiteral(":on"), IsoDate::format(on)},
                                                {QStringLiteral(":id"), projectId},
                                                {QStringLiteral(":from"), Cobuild::code(p->stage)}});
    if (!done)
        return Outcome::failure(tr("The database refused the change: %1").arg(done.error()));
    if (done.value() == 0)
        return Outcome::failure(RecordVersion::changedMeanwhile());
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed();
    return Outcome::success();
}

Outcome ProjectService::claim(qint64 projectId, qint64 unitId, qint64 memberId, const QDate &on)
{
    const auto p = project(projectId);
    if (!p)
        return Outcome::failure(tr("There is no project with number %1.").arg(projectId));
    if ((unitId == 0) == (memberId == 0))
        return Outcome::failure(tr("A project is claimed by one unit or one member."));
    if (p->stage == ProjectStage::Concluded)
        return Outcome::failure(tr("The project is concluded; it takes no more claims."));
    if (!on.isValid() || on < p->approvedOn)
        return Outcome::failure(tr("A claim cannot come before the project was approved (%1).").arg(IsoDate::format(p->approvedOn)));
    QSqlQuery exists(m_database.connection());
    exists.prepare(unitId ? QStringLiteral("SELECT 1 FROM unit WHERE id = :id") : QStringLiteral("SELECT 1 FROM member WHERE id = :id AND status = 'active'"));
    exists.bindValue(QStringLiteral(":id"), unitId ? unitId : memberId);
    if (!SqlRead::run(exists) || !exists.next())
        return Outcome::failure(unitId ? tr("There is no unit with number %1.").arg(unitId)
                                       : tr("There is no active member with number %1.").arg(memberId));
    exists.finish();
    QSqlQuery again(m_database.connection());
    again.prepare(QStringLiteral("SELECT 1 FROM project_claim WHERE project_id = :project AND (unit_id = :unit OR member_id = :member)"));
    again.bindValue(QStringLiteral(":project"), projectId);
    again.bindValue(QStringLiteral(":unit"), SqlWrite::ref(unitId));
    again.bindValue(QStringLiteral(":member"), SqlWrite::ref(memberId));
    if (SqlRead::run(again) && again.next())
        return Outcome::failure(tr("This project has already been claimed by them."));
    again.finish();
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("project_claim"),
                                     {{QStringLiteral("project_id"), projectId},
                                      {QStringLiteral("unit_id"), SqlWrite::ref(unitId)},
                                      {QStringLiteral("member_id"), SqlWrite::ref(memberId)},
                                      {QStringLiteral("claimed_on"), IsoDate::format(on)}});
    if (!id)
        return Outcome::failure(tr("The database refused the claim: %1").arg(id.error()));
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed();
    return Outcome::success();
}

Outcome ProjectService::insertLink(const QString &table, const QString &column, qint64 projectId, qint64 otherId)
{
    if (!project(projectId))
        return Outcome::failure(tr("There is no project with number %1.").arg(projectId));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    const Outcome linked = SqlWrite::link(m_database.connection(), table, {{QStringLiteral("project_id"), projectId}, {column, otherId}});
    if (!linked)
        return Outcome::failure(tr("The link cannot be made (already linked, or no such record): %1").arg(linked.error()));
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed();
    return Outcome::success();
}

Outcome ProjectService::linkNeed(qint64 projectId, qint64 needId)
{
    return insertLink(QStringLiteral("project_need"), QStringLiteral("need_id"), projectId, needId);
}

Outcome ProjectService::linkResource(qint64 projectId, qint64 resourceId)
{
    return insertLink(QStringLiteral("project_resource"), QStringLiteral("resource_id"), projectId, resourceId);
}

Result<qint64> ProjectService::addReview(qint64 projectId, ReviewKind kind, const QDate &on, const QString &note)
{
    using R = Result<qint64>;
    const auto p = project(projectId);
    if (!p)
        return R::failure(tr("There is no project with number %1.").arg(projectId));
    if (note.trimmed().isEmpty())
        return R::failure(tr("Write what the review found."));
    if (!on.isValid() || on < p->approvedOn)
        return R::failure(tr("A review cannot come before the project was approved (%1).").arg(IsoDate::format(p->approvedOn)));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const auto id = SqlWrite::insert(m_database.connection(), QStringLiteral("project_review"),
                                     {{QStringLiteral("project_id"), projectId},
                                      {QStringLiteral("kind"), Cobuild::code(kind)},
                                      {QStringLiteral("held_on"), IsoDate::format(on)},
                                      {QStringLiteral("note"), note.trimmed()},
                                      {QStringLiteral("created_at"), SqlWrite::now()}});
    if (!id)
        return R::failure(tr("The database refused the review: %1").arg(id.error()));
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed();
    return id.value();
}

std::optional<Project> ProjectService::project(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT kind, title, org_id, secretary, stage, approved_on, advancing_on, results_on, "
                                 "concluded_on, budget, description FROM project WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    Project p;
    p.id = id;
    p.kind = Cobuild::fromCode<ProjectKind>(query.value(0).toString()).value_or(ProjectKind::Secretary);
    p.title = query.value(1).toString();
    p.orgId = query.value(2).toLongLong();
    p.secretary = query.value(3).toString();
    p.stage = Cobuild::fromCode<ProjectStage>(query.value(4).toString()).value_or(ProjectStage::Approved);
    p.approvedOn = IsoDate::fromSql(query.value(5));
    p.advancingOn = IsoDate::fromSql(query.value(6));
    p.resultsOn = IsoDate::fromSql(query.value(7));
    p.concludedOn = IsoDate::fromSql(query.value(8));
    p.budget = query.value(9).isNull() ? -1 : query.value(9).toDouble();
    p.description = query.value(10).toString();
    return p;
}

QStringList ProjectService::claims(qint64 projectId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT coalesce(u.name, m.name), c.claimed_on, c.unit_id IS NOT NULL FROM project_claim c "
        "LEFT JOIN unit u ON u.id = c.unit_id LEFT JOIN member m ON m.id = c.member_id "
        "WHERE c.project_id = :id ORDER BY c.claimed_on, c.id"));
    query.bindValue(QStringLiteral(":id"), projectId);
    QStringList list;
    if (SqlRead::run(query)) {
        while (query.next())
            list.append(query.value(2).toBool() ? tr("%1 (unit, %2)").arg(query.value(0).toString(), query.value(1).toString())
                                                : tr("%1 (member, %2)").arg(query.value(0).toString(), query.value(1).toString()));
        SqlRead::finished(query);
    }
    return list;
}

QStringList ProjectService::reviews(qint64 projectId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT held_on, kind, note FROM project_review WHERE project_id = :id ORDER BY held_on DESC, id DESC"));
    query.bindValue(QStringLiteral(":id"), projectId);
    QStringList list;
    if (SqlRead::run(query)) {
        while (query.next()) {
            const auto kind = Cobuild::fromCode<ReviewKind>(query.value(1).toString());
            list.append(tr("%1 %2: %3").arg(query.value(0).toString(),
                                                        kind ? Cobuild::displayName(*kind) : QString(),
                                                        query.value(2).toString()));
        }
        SqlRead::finished(query);
    }
    return list;
}

QStringList ProjectService::links(qint64 projectId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 0, n.id, n.title FROM project_need l JOIN need n ON n.id = l.need_id WHERE l.project_id = :id "
                                 "UNION ALL SELECT 1, r.id, r.title FROM project_resource l JOIN resource r ON r.id = l.resource_id "
                                 "WHERE l.project_id = :id ORDER BY 1, 2"));
    query.bindValue(QStringLiteral(":id"), projectId);
    QStringList list;
    if (SqlRead::run(query)) {
        while (query.next())
            list.append((query.value(0).toInt() == 0 ? tr("Need %1: %2") : tr("Resource %1: %2"))
                            .arg(query.value(1).toLongLong())
                            .arg(query.value(2).toString()));
        SqlRead::finished(query);
    }
    return list;
}
