#include "DemoMeetingBuilder.h"

#include "DemoCobuildTexts.h"
#include "DemoRandom.h"
#include "cobuild/MeetingRhythm.h"
#include "core/IsoDate.h"
#include "store/BulkInsert.h"

#include <QSet>

#include <algorithm>

struct DemoMeetingBuilder::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : meeting(db, QStringLiteral("INSERT INTO meeting (org_id, held_on, attendees, topics, resolutions, created_at) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        , unit(db, QStringLiteral("INSERT INTO meeting_unit (meeting_id, unit_id) VALUES (?1, ?2)"))
        , task(db, QStringLiteral("INSERT INTO task (org_id, meeting_id, title, set_on, due_on, state, done_on, created_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
    {
    }
    BulkInsert meeting;
    BulkInsert unit;
    BulkInsert task;
};

DemoMeetingBuilder::DemoMeetingBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf, const DemoArea &area)
    : m_db(db)
    , m_random(random)
    , m_asOf(asOf)
    , m_area(area)
    , m_timestamp(asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z"))
{
}

Outcome DemoMeetingBuilder::build()
{
    if (!m_area.districtId)
        return Outcome::success();
    Statements s(m_db);
    for (const BulkInsert *statement : {&s.meeting, &s.unit, &s.task}) {
        if (!statement->isValid())
            return Outcome::failure(statement->error());
    }
    QList<int> organs;
    for (int i = 0; i < m_area.units.size(); ++i) {
        if (m_area.units.at(i).type == QLatin1String("organ"))
            organs.append(i);
    }
    // The district meets monthly and its tasks go to the sub-districts; a sub-district's go to its
    // communities; a community keeps its own.
    if (const Outcome done = meetingsOf(s, m_area.districtId, true, 0.97, organs, m_area.subdistricts); !done)
        return done;
    for (qint64 subdistrict : m_area.subdistricts) {
        QList<qint64> communities;
        for (const auto &c : m_area.communities) {
            if (c.subdistrictId == subdistrict)
                communities.append(c.id);
        }
        if (communities.isEmpty())
            communities.append(subdistrict);
        if (const Outcome done = meetingsOf(s, subdistrict, false, 0.95, m_area.unitsBySubdistrict.value(subdistrict), communities); !done)
            return done;
    }
    for (const auto &c : m_area.communities) {
        if (const Outcome done = meetingsOf(s, c.id, false, 0.93, m_area.unitsByCommunity.value(c.id), {c.id}); !done)
            return done;
    }
    return Outcome::success();
}

Outcome DemoMeetingBuilder::meetingsOf(Statements &s, qint64 orgId, bool monthly, double attendance, const QList<int> &units,
                                       const QList<qint64> &owners)
{
    const MeetingCadence cadence = monthly ? MeetingCadence::Monthly : MeetingCadence::Quarterly;
    const QDate current = MeetingRhythm::periodStart(cadence, m_asOf);
    // The last full period has the misses a clerk still has to chase.
    const QDate previous = MeetingRhythm::periodStart(cadence, current.addDays(-1));
    for (QDate start = MeetingRhythm::periodStart(cadence, m_asOf.addYears(-3)); start <= current;
         start = MeetingRhythm::periodEnd(cadence, start).addDays(1)) {
        const QDate end = std::min(MeetingRhythm::periodEnd(cadence, start), m_asOf);
        // In the current period, only some have met yet.
        const double chance = start == current ? attendance * (start.daysTo(end) + 1)
                                                     / (start.daysTo(MeetingRhythm::periodEnd(cadence, start)) + 1)
                                               : start == previous ? attendance - 0.1
                                                                   : attendance;
        if (!m_random.chance(chance))
            continue;
        const QDate held = m_random.dateBetween(start, end);
        const QStringList resolutions = DemoCobuildTexts::resolutions(m_random);
        s.meeting.bind(1, orgId);
        s.meeting.bind(2, IsoDate::format(held));
        s.meeting.bind(3, QStringLiteral("书记、委员、驻区单位兼职委员等%1人").arg(m_random.between(8, 25)));
        s.meeting.bind(4, DemoCobuildTexts::meetingTopics(m_random));
        s.meeting.bind(5, resolutions.join(QLatin1Char('\n')));
        s.meeting.bind(6, m_timestamp);
        if (!s.meeting.exec())
            return Outcome::failure(s.meeting.error());
        const qint64 meetingId = s.meeting.lastInsertId();
        QSet<qint64> attending;
        for (int k = m_random.between(2, 5); k > 0 && !units.isEmpty(); --k) {
            const qint64 unitId = m_area.units.at(m_random.pick(units)).id;
            if (attending.contains(unitId))
                continue;
            attending.insert(unitId);
            s.unit.bind(1, meetingId);
            s.unit.bind(2, unitId);
            if (!s.unit.exec())
                return Outcome::failure(s.unit.error());
        }
        for (const QString &resolution : resolutions) {
            const QDate due = held.addDays(m_random.between(30, 90));
            QString state = QStringLiteral("open");
            QDate doneOn;
            if (due < m_asOf) {
                const int roll = m_random.below(100);
                if (roll < 88) {
                    state = QStringLiteral("done");
                    doneOn = std::min(m_asOf, m_random.dateBetween(held.addDays(7), due.addDays(10)));
                } else if (roll < 92) {
                    state = QStringLiteral("cancelled");
                    doneOn = m_random.dateBetween(held, due);
                }
            } else if (m_random.chance(0.3) && held.addDays(7) <= m_asOf) {
                state = QStringLiteral("done");
                doneOn = m_random.dateBetween(held.addDays(7), m_asOf);
            }
            s.task.bind(1, m_random.pick(owners));
            s.task.bind(2, meetingId);
            s.task.bind(3, resolution);
            s.task.bind(4, IsoDate::format(held));
            s.task.bind(5, IsoDate::format(due));
            s.task.bind(6, state);
            s.task.bind(7, IsoDate::format(doneOn));
            s.task.bind(8, m_timestamp);
            if (!s.task.exec())
                return Outcome::failure(s.task.error());
        }
    }
    return Outcome::success();
}
