#include "DemoMemberBuilder.h"

#include "DemoNames.h"
#include "DemoRandom.h"
#include "core/IsoDate.h"
#include "members/IdNumber.h"
#include "store/BulkInsert.h"
#include "store/BulkLoad.h"
#include "store/SqlScript.h"
#include "store/Tally.h"

#include <QHash>

namespace {

// Ages of urban community members lean old: many retirees, fewer young members.
int drawAge(DemoRandom &random)
{
    const int band = random.below(100);
    if (band < 14)
        return random.between(20, 34);
    if (band < 33)
        return random.between(35, 49);
    if (band < 58)
        return random.between(50, 64);
    if (band < 87)
        return random.between(65, 79);
    return random.between(80, 95);
}

QString education(DemoRandom &random, int age)
{
    static const QStringList young = {QStringLiteral("本科"), QStringLiteral("本科"), QStringLiteral("大专"),
                                      QStringLiteral("研究生"), QStringLiteral("高中")};
    static const QStringList middle = {QStringLiteral("大专"), QStringLiteral("本科"), QStringLiteral("高中"),
                                       QStringLiteral("中专"), QStringLiteral("初中")};
    static const QStringList old = {QStringLiteral("初中"), QStringLiteral("高中"), QStringLiteral("小学"),
                                    QStringLiteral("中专"), QStringLiteral("大专")};
    return random.pick(age < 40 ? young : age < 60 ? middle : old);
}

QString ethnicity(DemoRandom &random)
{
    const int n = random.below(1000);
    if (n < 982)
        return QStringLiteral("汉族");
    if (n < 994)
        return QStringLiteral("回族");
    return random.pick(QStringList{QStringLiteral("满族"), QStringLiteral("壮族"), QStringLiteral("土家族")});
}

const QStringList &cities()
{
    static const QStringList list = {QStringLiteral("上海市"), QStringLiteral("杭州市"), QStringLiteral("南京市"),
                                     QStringLiteral("合肥市"), QStringLiteral("苏州市"), QStringLiteral("深圳市"),
                                     QStringLiteral("北京市"), QStringLiteral("广州市"), QStringLiteral("宁波市"),
                                     QStringLiteral("芜湖市")};
    return list;
}

const QStringList &employers()
{
    static const QStringList list = {
        QStringLiteral("迎江区人民法院"), QStringLiteral("安庆市税务局"), QStringLiteral("安庆市第一人民医院"),
        QStringLiteral("安庆师范大学"), QStringLiteral("中国石化安庆分公司"), QStringLiteral("国网安庆供电公司"),
        QStringLiteral("安庆市公安局迎江分局"), QStringLiteral("迎江区教育体育局"), QStringLiteral("安庆农商银行"),
        QStringLiteral("安庆市自然资源和规划局"), QStringLiteral("迎江区市场监督管理局"), QStringLiteral("华茂集团")};
    return list;
}

} // namespace

DemoMemberBuilder::DemoMemberBuilder(const QSqlDatabase &db, DemoRandom &random, const QDate &asOf)
    : m_db(db)
    , m_random(random)
    , m_asOf(asOf)
{
}

Outcome DemoMemberBuilder::build(const DemoProfile &profile, const DemoTree &tree,
                                 const std::function<bool(double)> &progress)
{
    if (tree.gridDetails.isEmpty())
        return Outcome::success();
    const QString timestamp = m_asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z");
    BulkInsert member(m_db, QStringLiteral(
        "INSERT INTO member (org_id, name, gender, birth_date, ethnicity, education, id_number, joined_on, "
        "full_member_on, phone, category, flowing_where, flowing_since, employer, reported_to_id, reported_on, "
        "service_hours, status, status_on, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20)"));
    // Households learn their members in one statement at the end, from a scratch table in memory.
    if (const Outcome scratch = SqlScript::execute(m_db, QStringLiteral(
            "CREATE TEMP TABLE demo_household_member (household INTEGER PRIMARY KEY, member INTEGER NOT NULL)"));
        !scratch)
        return scratch;
    BulkInsert link(m_db, QStringLiteral("INSERT INTO demo_household_member (member, household) VALUES (?1, ?2)"));
    BulkInsert role(m_db, QStringLiteral(
        "INSERT INTO role (org_id, kind, person_name, phone, member_id, started_on, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    BulkInsert points(m_db, QStringLiteral(
        "INSERT INTO points_entry (member_id, entered_on, points, reason, source, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    for (const BulkInsert *statement : {&member, &link, &role, &points}) {
        if (!statement->isValid())
            return Outcome::failure(statement->error());
    }
    // Indexes are sorted once at the end, and the running counts recounted, instead of row by row.
    BulkLoad bulk(m_db, {QStringLiteral("member"), QStringLiteral("role"), QStringLiteral("points_entry")});
    if (const Outcome suspended = bulk.suspend(); !suspended)
        return suspended;

    QHash<qint64, qint64> communityOfGrid;
    for (const DemoGrid &grid : tree.gridDetails)
        communityOfGrid.insert(grid.id, grid.communityId);
    QHash<QDate, int> idSequence;
    const int inactive = profile.memberCount / 30; // transferred out or deceased: history kept
    const int total = profile.memberCount + inactive;
    const int householdMembers = int(tree.householdDetails.size());
    QList<qint64> activeIds;
    activeIds.reserve(profile.memberCount);

    for (int i = 0; i < total; ++i) {
        // The first members are the people of the central households, in their grids.
        const bool holder = i < householdMembers;
        const bool isActive = i < profile.memberCount;
        const DemoHousehold *household = holder ? &tree.householdDetails.at(i) : nullptr;
        qint64 orgId = 0;
        qint64 gridId = 0;
        if (holder) {
            gridId = household->gridId;
            orgId = gridId;
        } else {
            const int where = m_random.below(100);
            if (where < 86 || tree.branches.isEmpty()) {
                const DemoGrid &grid = tree.gridDetails.at(m_random.below(int(tree.gridDetails.size())));
                gridId = grid.id;
                orgId = (!grid.groups.isEmpty() && m_random.chance(0.25)) ? m_random.pick(grid.groups) : grid.id;
            } else if (where < 95) {
                orgId = m_random.pick(tree.communities);
            } else {
                orgId = m_random.pick(tree.branches);
            }
        }
        const bool male = holder ? household->male : m_random.chance(0.56);
        const Gender gender = male ? Gender::Male : Gender::Female;
        const QString name = holder ? household->holder : DemoNames::person(m_random, gender == Gender::Male
                                                                                           ? DemoNames::Gender::Male
                                                                                           : DemoNames::Gender::Female);
        const int age = drawAge(m_random);
        const QDate birth = m_asOf.addYears(-age).addDays(-m_random.below(365));
        // Joined between 18 and 50, never after as-of; a few are still probationary.
        QDate joined;
        QDate full;
        if (m_random.chance(0.02) && age >= 21) {
            joined = m_asOf.addDays(-m_random.between(20, 430)); // some past the year without 转正
            if (joined.addYears(1) <= m_asOf && m_random.chance(0.7))
                full = joined.addYears(1).addDays(m_random.below(20));
            if (full.isValid() && full > m_asOf)
                full = QDate();
        } else {
            const int joinAge = std::min(age - 1, m_random.between(18, std::max(18, std::min(50, age - 1))));
            joined = birth.addYears(joinAge).addDays(m_random.below(300));
            if (joined >= m_asOf.addYears(-1))
                joined = m_asOf.addYears(-1).addDays(-m_random.between(10, 200));
            if (joined < birth.addYears(18))
                joined = birth.addYears(18).addDays(m_random.below(30));
            full = joined.addYears(1).addDays(m_random.below(30));
            if (full > m_asOf)
                full = QDate();
        }
        int seq = idSequence.value(birth, m_random.below(400));
        idSequence.insert(birth, seq + 2);
        const QString idNumber = IdNumber::make(QStringLiteral("340802"), birth, gender, seq);

        const int categoryRoll = m_random.below(100);
        const QString category = categoryRoll < 85 ? QStringLiteral("registered")
                                 : categoryRoll < 92 ? QStringLiteral("flowing")
                                                     : QStringLiteral("in_service");
        member.bind(1, orgId);
        member.bind(2, name);
        member.bind(3, gender == Gender::Male ? QStringLiteral("male") : QStringLiteral("female"));
        member.bind(4, IsoDate::format(birth));
        member.bind(5, ethnicity(m_random));
        member.bind(6, education(m_random, age));
        member.bind(7, idNumber);
        member.bind(8, IsoDate::format(joined));
        member.bind(9, IsoDate::format(full));
        member.bind(10, m_random.chance(0.92) ? DemoNames::mobile(m_random) : QString());
        member.bind(11, category);
        if (category == QLatin1String("flowing")) {
            member.bind(12, m_random.pick(cities()));
            member.bind(13, IsoDate::format(m_asOf.addDays(-m_random.between(30, 3000))));
        }
        if (category == QLatin1String("in_service")) {
            member.bind(14, m_random.pick(employers()));
            const qint64 community = gridId ? communityOfGrid.value(gridId) : m_random.pick(tree.communities);
            member.bind(15, community);
            member.bind(16, IsoDate::format(m_asOf.addDays(-m_random.between(30, 1500))));
            member.bind(17, double(m_random.between(0, 120)));
        }
        if (isActive) {
            member.bind(18, QStringLiteral("active"));
        } else {
            member.bind(18, m_random.chance(0.6) ? QStringLiteral("transferred_out") : QStringLiteral("deceased"));
            const QDate left = std::max(joined.addDays(1), m_asOf.addDays(-m_random.between(1, 1400)));
            member.bind(19, IsoDate::format(std::min(left, m_asOf)));
        }
        member.bind(20, timestamp);
        if (!member.exec())
            return Outcome::failure(member.error());
        const qint64 id = member.lastInsertId();
        if (holder) {
            link.bind(1, id);
            link.bind(2, household->id);
            if (!link.exec())
                return Outcome::failure(link.error());
        }
        if (isActive)
            activeIds.append(id);
        if (progress && i % 2000 == 0 && !progress(0.7 * i / total))
            return Outcome::failure(QStringLiteral("cancelled"));
    }
    m_written = total;
    if (const Outcome sent = BulkInsert::flush(m_db); !sent)
        return sent;
    if (const Outcome linked = SqlScript::execute(m_db, QStringLiteral(
            "UPDATE organisation SET member_id = (SELECT member FROM demo_household_member l "
            "WHERE l.household = organisation.id) WHERE id IN (SELECT household FROM demo_household_member);\n"
            "DROP TABLE demo_household_member;"));
        !linked)
        return linked;
    if (progress && !progress(0.7))
        return Outcome::failure(QStringLiteral("cancelled"));

    // "1+3" in every grid: the head (the grid branch's secretary) and three workers; a building
    // head for every building group.
    const QString started = IsoDate::format(std::min(m_asOf, QDate(2019, 3, 1)));
    for (const DemoGrid &grid : tree.gridDetails) {
        const auto addRole = [&](qint64 orgId, const char *kind, const QString &person, const QString &phone) {
            role.bind(1, orgId);
            role.bind(2, QString::fromLatin1(kind));
            role.bind(3, person);
            role.bind(4, phone);
            role.bind(6, started);
            role.bind(7, timestamp);
            return role.exec();
        };
        bool ok = addRole(grid.id, "grid_head", grid.head, grid.headPhone);
        for (int w = 0; w < 3 && ok; ++w)
            ok = addRole(grid.id, "grid_worker", DemoNames::person(m_random), DemoNames::mobile(m_random));
        for (qsizetype g = 0; g < grid.groups.size() && ok; ++g)
            ok = addRole(grid.groups.at(g), "building_head", grid.groupHeads.at(g), DemoNames::mobile(m_random));
        if (!ok)
            return Outcome::failure(role.error());
    }
    if (progress && !progress(0.8))
        return Outcome::failure(QStringLiteral("cancelled"));

    // Two years of service points: activities and claimed needs earn, the 加油站 spends.
    static const QStringList reasons = {QStringLiteral("参加社区志愿服务"), QStringLiteral("认领群众微心愿"),
                                        QStringLiteral("参加文明创建活动"), QStringLiteral("楼道清洁志愿服务"),
                                        QStringLiteral("防汛值守"), QStringLiteral("助老助残上门服务")};
    static const QStringList items = {QStringLiteral("洗衣液"), QStringLiteral("大米一袋"), QStringLiteral("食用油"),
                                      QStringLiteral("毛巾套装")};
    for (qint64 id : std::as_const(activeIds)) {
        if (!m_random.chance(0.35))
            continue;
        int balance = 0;
        const int awards = m_random.between(1, 6);
        QList<QDate> days;
        for (int a = 0; a < awards; ++a)
            days.append(m_asOf.addDays(-m_random.below(730)));
        std::sort(days.begin(), days.end());
        for (const QDate &day : std::as_const(days)) {
            const int earned = m_random.pick(QList<int>{5, 5, 10, 10, 15, 20});
            points.bind(1, id);
            points.bind(2, IsoDate::format(day));
            points.bind(3, earned);
            points.bind(4, m_random.pick(reasons));
            points.bind(5, m_random.chance(0.7) ? QStringLiteral("activity") : QStringLiteral("manual"));
            points.bind(6, timestamp);
            if (!points.exec())
                return Outcome::failure(points.error());
            balance += earned;
        }
        if (balance >= 20 && m_random.chance(0.3)) {
            const int spent = std::min(balance, 20);
            points.bind(1, id);
            points.bind(2, IsoDate::format(std::min(m_asOf, days.constLast().addDays(m_random.between(1, 60)))));
            points.bind(3, -spent);
            points.bind(4, m_random.pick(items));
            points.bind(5, QStringLiteral("redemption"));
            points.bind(6, timestamp);
            if (!points.exec())
                return Outcome::failure(points.error());
        }
    }
    if (const Outcome restored = bulk.restore(); !restored)
        return restored;
    if (const Outcome counted = Tally::recount(m_db); !counted)
        return counted;
    if (progress && !progress(1.0))
        return Outcome::failure(QStringLiteral("cancelled"));
    return Outcome::success();
}
