#include "DemoActivities.h"

#include "core/IsoDate.h"
#include "store/BulkInsert.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

Outcome failed(const QSqlQuery &query)
{
    return Outcome::failure(StoreHealth::describe(query.lastError()));
}

const QStringList &organisationalLife()
{
    static const QStringList titles = {
        QStringLiteral("主题党日：重温入党誓词"), QStringLiteral("“三会一课”：党员大会"), QStringLiteral("主题党日：学习党的创新理论"),
        QStringLiteral("组织生活会暨民主评议党员"), QStringLiteral("主题党日：走访慰问困难党员"), QStringLiteral("党课：基层治理中的党员作用"),
    };
    return titles;
}

const QStringList &volunteerService()
{
    static const QStringList titles = {
        QStringLiteral("党员志愿服务：小区环境整治"), QStringLiteral("志愿服务：老旧小区楼道清理"), QStringLiteral("先锋骑手志愿服务：送餐助老"),
        QStringLiteral("志愿服务：文明交通劝导"), QStringLiteral("志愿服务：义诊进社区"), QStringLiteral("志愿服务：防诈宣传进楼栋"),
    };
    return titles;
}

const QStringList &themeActivities()
{
    static const QStringList titles = {
        QStringLiteral("主题活动：红色观影"), QStringLiteral("主题活动：党史知识竞答"), QStringLiteral("主题活动：邻里节"),
        QStringLiteral("主题活动：书香党建读书会"), QStringLiteral("主题活动：健步走"), QStringLiteral("主题活动：关爱“一老一小”"),
        QStringLiteral("主题活动：垃圾分类宣传"), QStringLiteral("主题活动：技能培训"),
    };
    return titles;
}

const QStringList &councilTopics()
{
    static const QStringList topics = {
        QStringLiteral("老旧小区加装电梯意见征集"), QStringLiteral("小区停车位划线与收费"), QStringLiteral("楼道堆物清理与消防通道"),
        QStringLiteral("物业服务质量与收费公示"), QStringLiteral("背街小巷路灯修复"), QStringLiteral("社区广场舞噪音协商"),
        QStringLiteral("电动车集中充电点选址"), QStringLiteral("垃圾分类投放点调整"),
    };
    return topics;
}

const QStringList &councilResolutions()
{
    static const QStringList resolutions = {
        QStringLiteral("网格员牵头摸排意向户，两周内报社区"), QStringLiteral("联系物业公司拿出整改方案"), QStringLiteral("在居民群公示协商结果"),
        QStringLiteral("报街道城管协调施工"), QStringLiteral("组织党员志愿者清理楼道"), QStringLiteral("邀请业委会参与下次议事"),
    };
    return resolutions;
}

} // namespace

struct DemoActivities::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : activity(db, QStringLiteral("INSERT INTO activity (org_id, kind, held_on, title, participants, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        , meeting(db, QStringLiteral("INSERT INTO meeting (org_id, kind, held_on, attendees, topics, resolutions, created_at) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
        , task(db, QStringLiteral("INSERT INTO task (org_id, meeting_id, title, set_on, due_on, state, done_on, created_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
    {
    }
    BulkInsert activity;
    BulkInsert meeting;
    BulkInsert task;
};

DemoActivities::DemoActivities(const QSqlDatabase &db, std::uint64_t seed, const QDate &asOf)
    : m_db(db)
    , m_random(seed ^ 0x6163746976697479ull) // "activity": a stream of its own
    , m_asOf(asOf)
    , m_timestamp(asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z"))
{
}

Outcome DemoActivities::write()
{
    Statements s(m_db);
    for (const BulkInsert *statement : {&s.activity, &s.meeting, &s.task}) {
        if (!statement->isValid())
            return Outcome::failure(statement->error());
    }
    QSqlQuery query(m_db);
    // The organisations that hold them; a community with a property company resident holds the
    // tripartite council (community, property company, owners).
    if (!query.exec(QStringLiteral("SELECT o.id, o.kind, EXISTS (SELECT 1 FROM unit u WHERE u.org_id = o.id AND u.type = 'property') "
                                   "FROM organisation o WHERE o.dissolved_on IS NULL "
                                   "AND o.kind IN ('community', 'grid', 'functional_branch') ORDER BY o.id")))
        return failed(query);
    struct Holder
    {
        qint64 id;
        QString kind;
        bool property;
    };
    QList<Holder> holders;
    while (query.next())
        holders.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool()});
    query.finish();
    for (const Holder &h : holders) {
        Outcome done = Outcome::success();
        if (h.kind == QLatin1String("community")) {
            done = activities(s, h.id, "organisational_life", 12, organisationalLife());
            if (done)
                done = activities(s, h.id, "volunteer_service", m_random.between(4, 8), volunteerService());
            if (done)
                done = councils(s, h.id, "party_mass", 4, QStringLiteral("社区党组织、居民代表、驻区单位代表等%1人"));
            if (done && m_random.chance(0.3))
                done = councils(s, h.id, "red_hall", 2, QStringLiteral("社区党委委员、党员代表、居民代表等%1人"));
            if (done && h.property)
                done = councils(s, h.id, "tripartite", 2, QStringLiteral("社区党组织、业委会、物业公司代表等%1人"));
        } else if (h.kind == QLatin1String("functional_branch")) {
            done = activities(s, h.id, "theme", 8, themeActivities());
        } else {
            if (m_random.chance(0.4))
                done = councils(s, h.id, "grid_party_mass", 6, QStringLiteral("网格长、网格员、楼栋长、党员中心户等%1人"));
            if (done && m_random.chance(0.15))
                done = councils(s, h.id, "long_bench", 4, QStringLiteral("网格员、居民代表等%1人"));
        }
        if (!done)
            return done;
    }
    if (const Outcome sent = BulkInsert::flush(m_db); !sent)
        return sent;
    // At the holder's own venue open on the day, else its community's (a grid's, a branch's).
    for (const char *table : {"activity", "meeting"}) {
        if (!query.exec(QStringLiteral("UPDATE %1 SET venue_id = (SELECT min(v.id) FROM venue v JOIN organisation o ON o.id = %1.org_id "
                                       "WHERE (v.org_id = o.id OR v.org_id = o.parent_id) AND v.opened_on <= %1.held_on "
                                       "AND (v.closed_on IS NULL OR v.closed_on > %1.held_on)) WHERE kind <> 'joint' AND venue_id IS NULL")
                            .arg(QLatin1String(table))))
            return failed(query);
    }
    return Outcome::success();
}

Outcome DemoActivities::activities(Statements &s, qint64 orgId, const char *kind, int perYear, const QStringList &titles)
{
    const QDate from = m_asOf.addYears(-1).addDays(1);
    for (int i = 0; i < perYear; ++i) {
        // One in each part of the year, the last ones only once their day has come.
        const QDate start = from.addDays(i * 365 / perYear);
        const QDate end = std::min(m_asOf, from.addDays((i + 1) * 365 / perYear - 1));
        if (end < start)
            continue;
        s.activity.bind(1, orgId);
        s.activity.bind(2, QString::fromLatin1(kind));
        s.activity.bind(3, IsoDate::format(m_random.dateBetween(start, end)));
        s.activity.bind(4, m_random.pick(titles));
        s.activity.bind(5, m_random.between(12, 60));
        s.activity.bind(6, m_timestamp);
        if (!s.activity.exec())
            return Outcome::failure(s.activity.error());
    }
    return Outcome::success();
}

Outcome DemoActivities::councils(Statements &s, qint64 orgId, const char *kind, int perYear, const QString &attendees)
{
    const QDate from = m_asOf.addYears(-1).addDays(1);
    for (int i = 0; i < perYear; ++i) {
        const QDate start = from.addDays(i * 365 / perYear);
        const QDate end = std::min(m_asOf, from.addDays((i + 1) * 365 / perYear - 1));
        if (end < start || !m_random.chance(0.9))
            continue;
        const QDate held = m_random.dateBetween(start, end);
        QStringList resolutions;
        for (int k = m_random.between(1, 2); k > 0; --k) {
            const QString resolution = m_random.pick(councilResolutions());
            if (!resolutions.contains(resolution))
                resolutions.append(resolution);
        }
        s.meeting.bind(1, orgId);
        s.meeting.bind(2, QString::fromLatin1(kind));
        s.meeting.bind(3, IsoDate::format(held));
        s.meeting.bind(4, attendees.arg(m_random.between(7, 20)));
        s.meeting.bind(5, m_random.pick(councilTopics()));
        s.meeting.bind(6, resolutions.join(QLatin1Char('\n')));
        s.meeting.bind(7, m_timestamp);
        if (!s.meeting.exec())
            return Outcome::failure(s.meeting.error());
        const qint64 meetingId = s.meeting.lastInsertId();
        // Most resolutions become the holder's tasks; a month to be done, most on time.
        for (const QString &resolution : resolutions) {
            if (!m_random.chance(0.8))
                continue;
            const QDate due = held.addDays(m_random.between(14, 45));
            const bool done = due < m_asOf ? m_random.chance(0.9) : m_random.chance(0.3) && held.addDays(3) <= m_asOf;
            s.task.bind(1, orgId);
            s.task.bind(2, meetingId);
            s.task.bind(3, resolution);
            s.task.bind(4, IsoDate::format(held));
            s.task.bind(5, IsoDate::format(due));
            s.task.bind(6, done ? QStringLiteral("done") : QStringLiteral("open"));
            s.task.bind(7, done ? IsoDate::format(std::min(m_asOf, m_random.dateBetween(held.addDays(3), due.addDays(5))))
                                : QString());
            s.task.bind(8, m_timestamp);
            if (!s.task.exec())
                return Outcome::failure(s.task.error());
        }
    }
    return Outcome::success();
}
