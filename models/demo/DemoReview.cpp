#include "DemoReview.h"

#include "core/IsoDate.h"
#include "store/BulkInsert.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

const QStringList &achievements()
{
    static const QStringList list = {
        QStringLiteral("推动“一纵一横一清单”落地，网格党支部全覆盖"), QStringLiteral("民情日记记录走访，群众点单、党员接单"),
        QStringLiteral("大党委成员单位认领项目，共建活动按计划开展"), QStringLiteral("党群服务站延时服务，红色驿站常态运行"),
        QStringLiteral("老旧小区改造中发挥党员先锋作用"), QStringLiteral("在职党员到社区报到，志愿服务常态化"),
        QStringLiteral("“吹哨报到”事项办结率稳步提高"), QStringLiteral("联席会议议定事项按期办结")};
    return list;
}

const QStringList &shortcomings()
{
    static const QStringList list = {
        QStringLiteral("部分网格党小组活动不够经常"), QStringLiteral("共建单位资源对接还不够精准"),
        QStringLiteral("流动党员管理有待加强"), QStringLiteral("群众满意度回访还有遗漏"), QStringLiteral("服务阵地面积尚未达标")};
    return list;
}

} // namespace

DemoReview::DemoReview(const QSqlDatabase &db, std::uint64_t seed, const QDate &asOf)
    : m_db(db)
    , m_random(seed ^ 0x7265766965777321ull) // "reviews!": a stream of its own
    , m_asOf(asOf)
    , m_timestamp(asOf.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z"))
{
}

Outcome DemoReview::write()
{
    const int year = m_asOf.year() - 1;
    if (year < 2000)
        return Outcome::success();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, kind FROM organisation WHERE (kind = 'subdistrict' OR kind = 'community') "
                                   "AND dissolved_on IS NULL ORDER BY id")))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    BulkInsert review(m_db, QStringLiteral("INSERT INTO review (org_id, year, report, score_above, score_units, score_members, reviewed_on, "
                                           "modified_by, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"));
    if (!review.isValid())
        return Outcome::failure(review.error());
    const auto scoreBetween = [this](int low, int high) { return m_random.between(low * 10, high * 10) / 10.0; };
    for (qint64 id : std::as_const(ids)) {
        // A few are not yet scored by their members: not ranked.
        const bool complete = m_random.chance(0.95);
        const QString report = QStringLiteral("%1年，%2；%3。存在的不足：%4。%5年将对照清单逐项整改。")
                                   .arg(year)
                                   .arg(m_random.pick(achievements()), m_random.pick(achievements()), m_random.pick(shortcomings()))
                                   .arg(year + 1);
        review.bind(1, id);
        review.bind(2, year);
        review.bind(3, report);
        review.bind(4, scoreBetween(75, 98));
        review.bind(5, scoreBetween(70, 99));
        if (complete)
            review.bind(6, scoreBetween(78, 99));
        else
            review.bindNull(6);
        review.bind(7, IsoDate::format(std::min(QDate(year + 1, 1, m_random.between(10, 25)), m_asOf)));
        review.bind(8, QStringLiteral("演示数据"));
        review.bind(9, m_timestamp);
        if (!review.exec())
            return Outcome::failure(review.error());
    }
    return BulkInsert::flush(m_db);
}
