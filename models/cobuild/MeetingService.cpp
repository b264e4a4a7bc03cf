#include "MeetingService.h"

#include "MeetingKinds.h"
#include "OrgFacts.h"
#include "core/IsoDate.h"
#include "guarantee/VenueService.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"
#include "store/RecordVersion.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

MeetingService::MeetingService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

Result<qint64> MeetingService::addMeeting(const Meeting &m, const QDate &today)
{
    using R = Result<qint64>;
    const QSqlDatabase db = m_database.connection();
    const OrgFacts org = OrgFacts::read(db, m.orgId);
    if (!org.exists || !MeetingKinds::mayHold(m.kind, org.kind))
        return R::failure(MeetingKinds::whoHolds(m.kind));
    if (!org.active)
        return R::failure(tr("%1 is retired; it holds no meetings.").arg(org.name));
    if (!m.heldOn.isValid())
        return R::failure(tr("Give the date the meeting was held."));
    if (m.heldOn > today)
        return R::failure(tr("A meeting is recorded once it has been held; %1 is in the future.").arg(IsoDate::format(m.heldOn)));
    if (m.topics.trimmed().isEmpty())
        return R::failure(tr("Give the topics the meeting discussed."));
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (const Outcome place = VenueService::usableOn(db, m.venueId, m.heldOn); !place)
        return R::failure(place.error());
    const auto id = SqlWrite::insert(db, QStringLiteral("meeting"),
                                     {{QStringLiteral("org_id"), m.orgId},
                                      {QStringLiteral("kind"), Cobuild::code(m.kind)},
                                      {QStringLiteral("held_on"), SqlWrite::date(m.heldOn)},
                                      {QStringLiteral("attendees"), SqlWrite::text(m.attendees)},
                                      {QStringLiteral("topics"), m.topics.trimmed()},
                                      {QStringLiteral("resolutions"), SqlWrite::text(m.resolutions)},
                                      {QStringLiteral("venue_id"), SqlWrite::ref(m.venueId)},
                                      {QStringLiteral("created_at"), SqlWrite::now()}});
    if (!id)
        return R::failure(tr("The database refused the meeting: %1").arg(id.error()));
    for (qint64 unitId : m.unitIds) {
        const auto linked = SqlWrite::link(db, QStringLiteral("meeting_unit"),
                                             {{QStringLiteral("meeting_id"), id.value()}, {QStringLiteral("unit_id"), unitId}});
        if (!linked)
            return R::failure(tr("Unit %1 cannot be listed as attending: %2").arg(unitId).arg(linked.error()));
    }
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed();
    return id.value();
}

Result<qint64> MeetingService::addTask(const Task &t)
{
    using R = Result<qint64>;
    const QSqlDatabase db = m_database.connection();
    if (t.orgId == 0)
        return R::failure(tr("A task needs an owner: choose the organisation responsible for it."));
    const OrgFacts org = OrgFacts::read(db, t.orgId);
    if (!org.exists)
        return R::failure(tr("There is no organisation with id %1.").arg(t.orgId));
    if (!org.active)
        return R::failure(tr("%1 is retired; it takes no new tasks.").arg(org.name));
    if (t.title.trimmed().isEmpty())
        return R::failure(tr("Say what the task is."));
    if (!t.setOn.isValid() || !t.dueOn.isValid())
        return R::failure(tr("Give the date the task was set and its due date."));
    if (t.dueOn < t.setOn)
        return R::failure(tr("The due date %1 is before the task was set (%2).").arg(IsoDate::format(t.dueOn), IsoDate::format(t.setOn)));
    if (t.meetingId) {
        const auto m = meeting(t.meetingId);
        if (!m)
            return R::failure(tr("There is no meeting with number %1.").arg(t.meetingId));
        if (t.setOn < m->heldOn)
            return R::failure(tr("A task from a meeting is set on or after the meeting (%1).").arg(IsoDate::format(m->heldOn)));
    }
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const auto id = SqlWrite::insert(db, QStringLiteral("task"),
                                     {{QStringLiteral("org_id"), t.orgId},
                                      {QStringLiteral("meeting_id"), SqlWrite::ref(t.meetingId)},
                                      {QStringLiteral("title"), t.title.trimmed()},
                                      {QStringLiteral("set_on"), SqlWrite::date(t.setOn)},
                                      {QStringLiteral("due_on"), SqlWrite::date(t.dueOn)},
                                      {QStringLiteral("created_at"), SqlWrite::now()}});
    if (!id)
        return R::failure(tr("The database refused the task: %1").arg(id.error()));
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT changed();
    return id.value();
}

Outcome MeetingService::endTask(qint64 taskId, TaskState state, const QDate &on)
{
    const auto t = task(taskId);
    if (!t)
        return Outcome::failure(tr("There is no task with number %1.").arg(taskId));
    if (t->state != TaskState::Open)
        return Outcome::failure(tr("The task is already %1.").arg(Cobuild::displayName(t->state)));
    if (!on.isValid() || on < t->setOn)
        return Outcome::failure(tr("The date cannot be before the task was set (%1).").arg(IsoDate::format(t->setOn)));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    // Only a task still open: one another clerk ended meanwhile stays as they ended it.
    const Result<int> done = SqlWrite::changed(m_database.connection(),
                                               QStringLiteral("UPDATE task SET state = :state, done_on = :on WHERE id = :id AND state = :open"),
                                               {{QStringLiteral(":state"), Cobuild::code(state)},
                                                {QStringLiteral(":on"), IsoDate::format(on)},
                                                {QStringLiteral(":id"), taskId},
                                                {QStringLiteral(":open"), Cobuild::code(TaskState::Open)}});
    if (!done)
        return Outcome::failure(tr("The database refused the change: %1").arg(done.error()));
    if (done.value() == 0)
        return Outcome::failure(RecordVersion::changedMeanwhile());
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed();
    return Outcome::success();
}

Outcome MeetingService::completeTask(qint64 taskId, const QDate &on, const QDate &today)
{
    if (on.isValid() && on > today)
        return Outcome::failure(tr("The date %1 is in the future.").arg(IsoDate::format(on)));
    return endTask(taskId, TaskState::Done, on);
}

Outcome MeetingService::cancelTask(qint64 taskId, const QDate &on)
{
    return endTask(taskId, TaskState::Cancelled, on);
}

std::optional<Meeting> MeetingService::meeting(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT org_id, held_on, attendees, topics, resolutions, venue_id, kind FROM meeting WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    Meeting m;
    m.id = id;
    m.orgId = query.value(0).toLongLong();
    m.heldOn = IsoDate::fromSql(query.value(1));
    m.attendees = query.value(2).toString();
    m.topics = query.value(3).toString();
    m.resolutions = query.value(4).toString();
    m.venueId = query.value(5).toLongLong();
    m.kind = Cobuild::fromCode<MeetingKind>(query.value(6).toString()).value_or(MeetingKind::Joint);
    query.finish();
    query.prepare(QStringLiteral("SELECT unit_id FROM meeting_unit WHERE meeting_id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (SqlRead::run(query)) {
        while (query.next())
            m.unitIds.append(query.value(0).toLongLong());
        SqlRead::finished(query);
    }
    return m;
}

std::optional<Task> MeetingService::task(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT org_id, meeting_id, title, set_on, due_on, state, done_on FROM task WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    Task t;
    t.id = id;
    t.orgId = query.value(0).toLongLong();
    t.meetingId = query.value(1).toLongLong();
    t.title = query.value(2).toString();
    t.setOn = IsoDate::fromSql(query.value(3));
    t.dueOn = IsoDate::fromSql(query.value(4));
    t.state = Cobuild::fromCode<TaskState>(query.value(5).toString()).value_or(TaskState::Open);
    t.doneOn = IsoDate::fromSql(query.value(6));
    return t;
}

QStringList MeetingService::openResolutions(qint64 meetingId) const
{
    const auto m = meeting(meetingId);
    if (!m)
        return {};
    QStringList taken;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT title FROM task WHERE meeting_id = :id"));
    query.bindValue(QStringLiteral(":id"), meetingId);
    if (SqlRead::run(query)) {
        while (query.next())
            taken.append(query.value(0).toString());
        SqlRead::finished(query);
    }
    QStringList open;
    static const QRegularExpression lines(QStringLiteral("[\\n；;]"));
    for (const QString &line : m->resolutions.split(lines, Qt::SkipEmptyParts)) {
        const QString text = line.trimmed();
        if (!text.isEmpty() && !taken.contains(text))
            open.append(text);
    }
    return open;
}

QStringList MeetingService::attendingUnits(qint64 meetingId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT u.name FROM meeting_unit mu JOIN unit u ON u.id = mu.unit_id WHERE mu.meeting_id = :id ORDER BY u.name"));
    query.bindValue(QStringLiteral(":id"), meetingId);
    QStringList list;
    if (SqlRead::run(query)) {
        while (query.next())
            list.append(query.value(0).toString());
        SqlRead::finished(query);
    }
    return list;
}

Result<QList<MeetingLine>> MeetingService::lines(const QSqlDatabase &db, qint64 orgId, const QDate &from, const QDate &to,
                                                 std::optional<MeetingKind> kind)
{
    using R = Result<QList<MeetingLine>>;
    SqlCondition condition;
    condition.addSubtree(db, orgId, QStringLiteral("m.org_id"));
    condition.addPeriod(QStringLiteral("m.held_on"), from, to);
    if (kind)
        condition.add(QStringLiteral("m.kind = :kind"), QStringLiteral(":kind"), Cobuild::code(*kind));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT m.id, m.kind, m.org_id, o.name, o.kind, m.held_on, m.topics, m.resolutions, "
                                 "(SELECT count(*) FROM meeting_unit mu WHERE mu.meeting_id = m.id), "
                                 "(SELECT count(*) FROM task t WHERE t.meeting_id = m.id) "
                                 "FROM meeting m JOIN organisation o ON o.id = m.org_id%1 ORDER BY m.held_on DESC, m.id DESC")
                      .arg(condition.sql()));
    condition.bind(query);
    QList<MeetingLine> list;
    const bool read = SqlRead::eachRow(query, [&list](const QSqlQuery &q) {
        MeetingLine line;
        line.id = q.value(0).toLongLong();
        line.kind = Cobuild::fromCode<MeetingKind>(q.value(1).toString()).value_or(MeetingKind::Joint);
        line.orgId = q.value(2).toLongLong();
        line.organisation = q.value(3).toString();
        line.level = q.value(4).toString();
        line.heldOn = IsoDate::fromSql(q.value(5));
        line.topics = q.value(6).toString();
        line.resolutions = q.value(7).toString();
        line.units = q.value(8).toInt();
        line.tasks = q.value(9).toInt();
        list.append(line);
    });
    if (!read)
        return R::failure(tr("The meetings cannot be read."));
    return list;
}
