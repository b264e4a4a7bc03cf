#include "DemoInService.h"

#include "core/IsoDate.h"
#include "exchange/Quarter.h"
#include "store/BulkInsert.h"
#include "store/StoreHealth.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct HeldActivity
{
    qint64 id = 0;
    QDate heldOn;
    QString title;
    QString kind; ///< its code
};

/// The demo writes in Chinese whatever the language: the kind's name as the points' reason gives it.
QString kindName(const QString &code)
{
    static const QHash<QString, QString> names = {{QStringLiteral("joint"), QStringLiteral("联建活动")},
                                                  {QStringLiteral("organisational_life"), QStringLiteral("组织生活")},
                                                  {QStringLiteral("theme"), QStringLiteral("主题活动")},
                                                  {QStringLiteral("volunteer_service"), QStringLiteral("志愿服务")}};
    return names.value(code, QStringLiteral("活动"));
}

Outcome failed(const QSqlQuery &query)
{
    return Outcome::failure(StoreHealth::describe(query.lastError()));
}

} // namespace

DemoInService::DemoInService(const QSqlDatabase &db, std::uint64_t seed, const QDate &asOf)
    : m_db(db)
    , m_random(seed ^ 0x696e73657276696eull) // "inservin": a stream of its own
    , m_asOf(asOf)
    , m_timestamp(asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z"))
{
}

Outcome DemoInService::write()
{
    if (const Outcome sent = BulkInsert::flush(m_db); !sent)
        return sent;
    QSqlQuery query(m_db);
    // 1½ to 4 hours, in half hours, spread over the activities without drawing from the source.
    if (!query.exec(QStringLiteral("UPDATE activity SET hours = 1.5 + ((id * 7) % 6) * 0.5 WHERE hours IS NULL")))
        return failed(query);

    // The activities each community held, of every kind, by date.
    QHash<qint64, QList<HeldActivity>> byCommunity;
    if (!query.exec(QStringLiteral("SELECT a.org_id, a.id, a.held_on, a.title, a.kind FROM activity a "
                                   "JOIN organisation o ON o.id = a.org_id WHERE o.kind = 'community' ORDER BY a.held_on, a.id")))
        return failed(query);
    while (query.next())
        byCommunity[query.value(0).toLongLong()].append(
            {query.value(1).toLongLong(), IsoDate::fromSql(query.value(2)), query.value(3).toString(), query.value(4).toString()});
    QSet<std::pair<qint64, qint64>> taken; // (activity, member) already linked
    if (!query.exec(QStringLiteral("SELECT am.activity_id, am.member_id FROM activity_member am JOIN member m ON m.id = am.member_id "
                                   "WHERE m.category = 'in_service'")))
        return failed(query);
    while (query.next())
        taken.insert({query.value(0).toLongLong(), query.value(1).toLongLong()});
    struct InService
    {
        qint64 id;
        qint64 community;
        QDate reportedOn;
    };
    QList<InService> members;
    if (!query.exec(QStringLiteral("SELECT id, reported_to_id, reported_on FROM member WHERE category = 'in_service' "
                                   "AND status = 'active' AND reported_to_id IS NOT NULL ORDER BY id")))
        return failed(query);
    while (query.next())
        members.append({query.value(0).toLongLong(), query.value(1).toLongLong(), IsoDate::fromSql(query.value(2))});
    query.finish();

    BulkInsert points(m_db, QStringLiteral("INSERT INTO points_entry (member_id, entered_on, points, reason, source, source_ref, created_at) "
                                           "VALUES (?1, ?2, 2, ?3, 'activity', ?4, ?5)"));
    BulkInsert linking(m_db, QStringLiteral("INSERT INTO activity_member (activity_id, member_id, points_entry_id) VALUES (?1, ?2, ?3)"));
    for (const BulkInsert *statement : {&points, &linking}) {
        if (!statement->isValid())
            return Outcome::failure(statement->error());
    }
    const QDate since = QDate(m_asOf.year() - 1, 1, 1);
    for (const InService &member : std::as_const(members)) {
        const QList<HeldActivity> held = byCommunity.value(member.community);
        if (held.isEmpty())
            continue;
        const QDate start = std::max(since, member.reportedOn.isValid() ? member.reportedOn : since);
        for (Quarter q = Quarter::containing(start); q.first() <= m_asOf; q = Quarter::containing(q.last().addDays(1))) {
            QList<HeldActivity> inQuarter;
            for (const HeldActivity &a : held) {
                if (a.heldOn >= std::max(q.first(), start) && a.heldOn <= std::min(q.last(), m_asOf))
                    inQuarter.append(a);
            }
            if (inQuarter.isEmpty() || m_random.chance(0.05)) // a quarter missed now and then
                continue;
            const int joins = m_random.between(1, 3);
            for (int k = 0; k < joins; ++k) {
                const HeldActivity &a = inQuarter.at(m_random.below(int(inQuarter.size())));
                if (taken.contains({a.id, member.id}))
                    continue;
                taken.insert({a.id, member.id});
                points.bind(1, member.id);
                points.bind(2, IsoDate::format(a.heldOn));
                points.bind(3, QStringLiteral("%1：%2").arg(kindName(a.kind), a.title));
                points.bind(4, a.id);
                points.bind(5, m_timestamp);
                if (!points.exec())
                    return Outcome::failure(points.error());
                linking.bind(1, a.id);
                linking.bind(2, member.id);
                linking.bind(3, points.lastInsertId());
                if (!linking.exec())
                    return Outcome::failure(linking.error());
            }
        }
    }
    if (const Outcome sent = BulkInsert::flush(m_db); !sent)
        return sent;
    // No activity has fewer participants than the members it names.
    if (!query.exec(QStringLiteral("UPDATE activity SET participants = (SELECT count(*) FROM activity_member am WHERE am.activity_id = activity.id) "
                                   "WHERE participants < (SELECT count(*) FROM activity_member am WHERE am.activity_id = activity.id)")))
        return failed(query);
    return Outcome::success();
}
