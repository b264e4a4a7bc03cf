#include "DemoGuarantee.h"

#include "DemoNames.h"
#include "core/IsoDate.h"
#include "guarantee/SpaceStandard.h"
#include "store/BulkInsert.h"
#include "store/StoreHealth.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

DemoGuarantee::DemoGuarantee(const QSqlDatabase &db, std::uint64_t seed, const QDate &asOf)
    : m_db(db)
    , m_random(seed ^ 0x6775617261746565ull) // "guaratee": a stream of its own
    , m_asOf(asOf)
    , m_timestamp(asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z"))
{
}

Outcome DemoGuarantee::write(double scale)
{
    if (const Outcome sent = BulkInsert::flush(m_db); !sent)
        return sent;
    if (const Outcome read = readTree(); !read)
        return read;
    if (const Outcome done = writeVenues(scale); !done)
        return done;
    if (const Outcome done = writeFunds(); !done)
        return done;
    if (const Outcome done = writeInspections(); !done)
        return done;
    if (const Outcome sent = BulkInsert::flush(m_db); !sent)
        return sent;
    if (const Outcome placed = placeMeetings(); !placed)
        return placed;
    return leaveSomeUncovered();
}

Outcome DemoGuarantee::readTree()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, parent_id, kind, name, households FROM organisation "
                                   "WHERE kind = 'district' OR kind = 'subdistrict' OR kind = 'community' OR kind = 'grid' ORDER BY id")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    QHash<qint64, int> community;
    while (query.next()) {
        const Org org{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(3).toString(), query.value(4).toInt()};
        const QString kind = query.value(2).toString();
        if (kind == QLatin1String("district")) {
            m_district = org.id;
        } else if (kind == QLatin1String("subdistrict")) {
            m_subdistricts.append(org);
        } else if (kind == QLatin1String("community")) {
            community.insert(org.id, int(m_communities.size()));
            m_communities.append(org);
        } else {
            m_grids.append(org);
            if (const auto found = community.constFind(org.parentId); found != community.constEnd())
                m_communities[*found].households += org.households;
        }
    }
    if (query.lastError().isValid())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    return Outcome::success();
}

Outcome DemoGuarantee::writeVenues(double scale)
{
    BulkInsert venue(m_db, QStringLiteral("INSERT INTO venue (org_id, kind, name, address, area, opening_hours, offers, service_facility, "
                                          "opened_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!venue.isValid())
        return Outcome::failure(venue.error());
    const auto add = [&](qint64 org, const char *kind, const QString &name, int area, const QString &hours, const QString &offers,
                         bool facility, QDate opened) {
        // Never after the as-of day (a demo of an early year).
        opened = std::min(opened, m_asOf);
        venue.bind(1, org);
        venue.bind(2, QString::fromLatin1(kind));
        venue.bind(3, name);
        venue.bind(4, DemoNames::road(m_random) + QStringLiteral("%1号").arg(m_random.between(1, 300)));
        venue.bind(5, area);
        venue.bind(6, hours);
        venue.bind(7, offers);
        venue.bind(8, facility ? 1 : 0);
        venue.bind(9, IsoDate::format(opened));
        venue.bind(10, m_timestamp);
        return venue.exec();
    };
    const QString daily = QStringLiteral("周一至周日 8:30–20:30");
    const QString office = QStringLiteral("工作日 8:30–17:30，周末轮值");
    for (const Org &s : std::as_const(m_subdistricts)) {
        if (!add(s.id, "service_centre", s.name + QStringLiteral("党群服务中心"), m_random.between(800, 1500), daily,
                 QStringLiteral("政务服务、党员教育、议事协商、志愿服务、四点半课堂"), true,
                 m_random.dateBetween(QDate(2012, 1, 1), QDate(2016, 12, 31))))
            return Outcome::failure(venue.error());
    }
    // Which communities fall short of the standard: about one in eight (four of Yingjiang's 31).
    QSet<int> shortOf;
    const int shortCount = std::max(1, int(std::lround(m_communities.size() / 8.0)));
    while (shortOf.size() < std::min<qsizetype>(shortCount, m_communities.size()))
        shortOf.insert(m_random.below(int(m_communities.size())));
    QHash<qint64, int> gridArea; // community → its grids' stations
    for (const Org &g : std::as_const(m_grids)) {
        if (!m_random.chance(0.4))
            continue;
        const int area = m_random.between(30, 80);
        gridArea[g.parentId] += area;
        if (!add(g.id, "service_station", g.name + QStringLiteral("党群服务站"), area, office,
                 QStringLiteral("民情收集、代办服务、党员活动"), true, m_random.dateBetween(QDate(2017, 6, 1), QDate(2022, 12, 31))))
            return Outcome::failure(venue.error());
    }
    for (int i = 0; i < m_communities.size(); ++i) {
        const Org &c = m_communities.at(i);
        const qint64 required = SpaceStandard::required(c.households);
        const int room = m_random.between(60, 150);
        const double share = shortOf.contains(i) ? 0.62 + m_random.below(25) / 100.0 : 1.02 + m_random.below(45) / 100.0;
        const int station = std::max(80, int(std::lround(required * share)) - room - gridArea.value(c.id));
        if (!add(c.id, "service_station", c.name + QStringLiteral("党群服务站"), station, daily,
                 QStringLiteral("一站式服务、民情议事、党员教育、文化活动、卫生服务"), true,
                 m_random.dateBetween(QDate(2012, 1, 1), QDate(2018, 12, 31))))
            return Outcome::failure(venue.error());
        if (!add(c.id, "activity_room", c.name + QStringLiteral("党员活动室"), room, office, QStringLiteral("组织生活、党员学习、主题党日"),
                 true, m_random.dateBetween(QDate(2012, 1, 1), QDate(2018, 12, 31))))
            return Outcome::failure(venue.error());
    }
    // 红色驿站 for outdoor workers, lent by shops and units: not the community's own space.
    static const QStringList hosts = {QStringLiteral("快递小哥"), QStringLiteral("外卖骑手"), QStringLiteral("环卫工人"),
                                      QStringLiteral("货车司机"), QStringLiteral("网约车司机"), QStringLiteral("户外劳动者")};
    const int posts = std::max(1, int(std::lround(35 * scale)));
    for (int p = 0; p < posts && !m_communities.isEmpty(); ++p) {
        const Org &c = m_communities.at(m_random.below(int(m_communities.size())));
        // The number tells the posts of one road apart: p is never the same twice.
        const QString name = QStringLiteral("%1红色驿站（%2%3号）").arg(m_random.pick(hosts), DemoNames::road(m_random)).arg(10 * p + m_random.between(1, 9));
        if (!add(c.id, "red_post", name, m_random.between(15, 40),
                 m_random.chance(0.3) ? QStringLiteral("24小时") : QStringLiteral("8:00–22:00"),
                 QStringLiteral("饮水、充电、休息、应急药箱、如厕"), false,
                 m_random.dateBetween(std::min(QDate(2020, 6, 1), m_asOf.addYears(-2)), m_asOf.addDays(-30))))
            return Outcome::failure(venue.error());
    }
    return Outcome::success();
}

Outcome DemoGuarantee::writeFunds()
{
    BulkInsert fund(m_db, QStringLiteral("INSERT INTO fund_entry (org_id, year, kind, entry_on, amount, source, purpose, created_at) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!fund.isValid())
        return Outcome::failure(fund.error());
    static const QStringList purposes = {QStringLiteral("党群服务站运行维护"), QStringLiteral("主题党日活动物资"),
                                         QStringLiteral("党员教育培训"), QStringLiteral("志愿服务保障"),
                                         QStringLiteral("红色物业示范小区建设"), QStringLiteral("网格员走访补贴"),
                                         QStringLiteral("书记项目"), QStringLiteral("困难党员慰问")};
    const auto entry = [&](qint64 org, int year, bool allotted, const QDate &on, qint64 fen, const QString &text) {
        fund.bind(1, org);
        fund.bind(2, year);
        fund.bind(3, allotted ? QStringLiteral("allotted") : QStringLiteral("spent"));
        fund.bind(4, IsoDate::format(on));
        fund.bind(5, fen);
        fund.bind(6, allotted ? text : QString());
        fund.bind(7, allotted ? QStringLiteral("年度党建工作专项经费") : text);
        fund.bind(8, m_timestamp);
        return fund.exec();
    };
    for (int year = std::max(2000, m_asOf.year() - 1); year <= m_asOf.year(); ++year) {
        const QDate yearEnd = std::min(QDate(year, 12, 31), m_asOf);
        // The share of the year gone by: what is spent keeps pace with it, roughly.
        const double gone = double(QDate(year, 1, 1).daysTo(yearEnd) + 1) / QDate(year, 1, 1).daysInYear();
        QList<std::pair<qint64, qint64>> allotments; // org → fen
        for (const Org &s : std::as_const(m_subdistricts))
            allotments.append({s.id, qint64(m_random.between(110, 130)) * 1000000}); // 110–130万
        // 45–50万 a community: Yingjiang's six and 31 always 2,000多万 a year in all (seed 004).
        for (const Org &c : std::as_const(m_communities))
            allotments.append({c.id, qint64(m_random.between(45, 50)) * 1000000});
        for (const auto &[org, fen] : allotments) {
            const QDate allottedOn = m_random.dateBetween(QDate(year, 1, 10), QDate(year, 3, 31));
            if (allottedOn > m_asOf)
                continue;
            if (!entry(org, year, true, allottedOn, fen, QStringLiteral("区财政专项经费")))
                return Outcome::failure(fund.error());
            const double target = std::min(0.99, gone * (0.72 + m_random.below(30) / 100.0));
            qint64 left = qint64(std::llround(double(fen) * target));
            const int spendings = m_random.between(4, 9);
            for (int n = 0; n < spendings && left > 0; ++n) {
                const qint64 amount = n == spendings - 1 ? left : std::min(left, qint64(std::llround(double(left) / (spendings - n) * (0.6 + m_random.below(80) / 100.0))));
                if (amount <= 0)
                    continue;
                left -= amount;
                if (!entry(org, year, false, m_random.dateBetween(allottedOn, yearEnd), amount, m_random.pick(purposes)))
                    return Outcome::failure(fund.error());
            }
        }
    }
    return Outcome::success();
}

Outcome DemoGuarantee::writeInspections()
{
    BulkInsert inspection(m_db, QStringLiteral("INSERT INTO inspection (org_id, inspected_on, inspectors, findings, created_at) "
                                               "VALUES (?1, ?2, ?3, ?4, ?5)"));
    BulkInsert task(m_db, QStringLiteral("INSERT INTO task (org_id, inspection_id, title, set_on, due_on, state, done_on, created_at) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!inspection.isValid() || !task.isValid())
        return Outcome::failure(inspection.isValid() ? task.error() : inspection.error());
    static const QStringList findings = {
        QStringLiteral("组织生活会记录不完整，部分支部“三会一课”台账缺失"),
        QStringLiteral("党群服务站开放时间与公示不一致，周末无人值守"),
        QStringLiteral("民情台账回访记录滞后，部分事项办结后未及时回访"),
        QStringLiteral("共建单位履约活动偏少，联席会议决议落实不到位"),
        QStringLiteral("网格员下沉走访记录不规范，民情日记内容简单"),
        QStringLiteral("党建阵地标识陈旧，宣传栏内容未及时更新")};
    static const QStringList fixes = {QStringLiteral("补齐“三会一课”台账"), QStringLiteral("调整并公示开放时间，落实周末轮值"),
                                      QStringLiteral("完成已办结事项回访"), QStringLiteral("督促共建单位开展履约活动"),
                                      QStringLiteral("规范民情日记填写"), QStringLiteral("更新阵地标识和宣传栏")};
    QHash<qint64, QString> subdistrictName;
    for (const Org &s : std::as_const(m_subdistricts))
        subdistrictName.insert(s.id, s.name);
    for (int year = m_asOf.year() - 1; year <= m_asOf.year(); ++year) {
        for (const QDate &half : {QDate(year, 1, 1), QDate(year, 7, 1)}) {
            for (const Org &c : std::as_const(m_communities)) {
                const QDate on = m_random.dateBetween(half.addMonths(1), half.addMonths(5));
                if (on > m_asOf)
                    continue;
                const int finding = m_random.below(int(findings.size()));
                inspection.bind(1, c.id);
                inspection.bind(2, IsoDate::format(on));
                inspection.bind(3, subdistrictName.value(c.parentId) + QStringLiteral("党工委巡查组：") + DemoNames::person(m_random) + QStringLiteral("、")
                                       + DemoNames::person(m_random));
                inspection.bind(4, findings.at(finding));
                inspection.bind(5, m_timestamp);
                if (!inspection.exec())
                    return Outcome::failure(inspection.error());
                const qint64 id = inspection.lastInsertId();
                const QDate due = on.addDays(m_random.between(30, 60));
                const bool done = due < m_asOf.addDays(-10) ? m_random.chance(0.92) : m_random.chance(0.3);
                QDate doneOn = done ? m_random.dateBetween(on.addDays(5), due.addDays(10)) : QDate();
                if (doneOn.isValid() && doneOn > m_asOf)
                    doneOn = m_asOf;
                task.bind(1, c.id);
                task.bind(2, id);
                task.bind(3, fixes.at(finding));
                task.bind(4, IsoDate::format(on));
                task.bind(5, IsoDate::format(due));
                task.bind(6, doneOn.isValid() ? QStringLiteral("done") : QStringLiteral("open"));
                task.bind(7, doneOn.isValid() ? IsoDate::format(doneOn) : QString());
                task.bind(8, m_timestamp);
                if (!task.exec())
                    return Outcome::failure(task.error());
            }
        }
    }
    return Outcome::success();
}

Outcome DemoGuarantee::placeMeetings()
{
    // The joint meetings at the holder's centre or station; two of three activities at the
    // station of the agreement's community, once it was open.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("UPDATE meeting SET venue_id = (SELECT min(v.id) FROM venue v WHERE v.org_id = meeting.org_id "
                                   "AND (v.kind = 'service_station' OR v.kind = 'service_centre') AND v.opened_on <= meeting.held_on)")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    if (!query.exec(QStringLiteral("UPDATE activity SET venue_id = (SELECT min(v.id) FROM venue v JOIN agreement a ON a.org_id = v.org_id "
                                   "WHERE a.id = activity.agreement_id AND v.kind = 'service_station' AND v.opened_on <= activity.held_on) "
                                   "WHERE id % 3 <> 0")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    return Outcome::success();
}

Outcome DemoGuarantee::leaveSomeUncovered()
{
    // Every property company has its party organisation (物业企业党组织覆盖率100%, seed 002); about
    // one in four non-public enterprises and social organisations not yet (still to be covered).
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("UPDATE unit SET party_org = NULL, secretary = NULL "
                                   "WHERE (type = 'private' OR type = 'social') AND id % 4 = 1")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    return Outcome::success();
}
