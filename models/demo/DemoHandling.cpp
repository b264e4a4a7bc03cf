#include "DemoHandling.h"

#include "DemoNames.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct CatalogueEntry
{
    const char *matter;
    const char *whistle;
    int days;
    int category; ///< the ledger category (by position) whose items it serves
    QList<const char *> departments;
};

/// 细化分类"吹哨报到"事项33项 (seed 002): what a sub-district whistles for, the whistle, and who comes.
const QList<CatalogueEntry> &catalogue()
{
    static const QList<CatalogueEntry> list = {
        {"占道经营", "quick", 3, 8, {"区城管局", "区市场监管局"}},
        {"违规停车", "quick", 3, 2, {"公安分局交警大队", "区城管局"}},
        {"垃圾清运不及时", "quick", 3, 0, {"区城管局"}},
        {"路灯损坏", "quick", 3, 1, {"区城管局", "供电公司"}},
        {"道路破损", "quick", 3, 1, {"区住建局", "区交通运输局"}},
        {"井盖缺失破损", "quick", 3, 1, {"区城管局", "区住建局"}},
        {"噪音扰民", "quick", 3, 3, {"公安分局", "区生态环境分局"}},
        {"餐饮油烟扰民", "quick", 3, 0, {"区生态环境分局", "区市场监管局"}},
        {"违规养犬", "quick", 3, 3, {"公安分局", "区城管局"}},
        {"供水管网漏水", "quick", 3, 1, {"自来水公司", "区住建局"}},
        {"小区停水停电", "quick", 3, 1, {"供电公司", "自来水公司"}},
        {"绿化损毁", "quick", 3, 0, {"区城管局"}},
        {"非机动车乱停放", "quick", 3, 2, {"区城管局", "公安分局交警大队"}},
        {"食品安全投诉", "quick", 3, 8, {"区市场监管局", "区卫健委"}},
        {"燃气泄漏", "emergency", 1, 4, {"燃气公司", "区应急管理局", "区消防救援大队"}},
        {"高空坠物隐患", "emergency", 1, 4, {"区住建局", "区应急管理局"}},
        {"消防通道堵塞", "emergency", 1, 4, {"区消防救援大队", "公安分局"}},
        {"电梯困人", "emergency", 1, 4, {"区市场监管局", "区消防救援大队"}},
        {"房屋安全险情", "emergency", 1, 4, {"区住建局", "区应急管理局"}},
        {"防汛排涝", "emergency", 1, 4, {"区水利局", "区城管局", "区应急管理局"}},
        {"突发公共卫生事件", "emergency", 1, 8, {"区卫健委", "区疾控中心"}},
        {"群体性矛盾纠纷", "emergency", 1, 3, {"公安分局", "区司法局", "区信访局"}},
        {"受灾群众临时安置", "emergency", 1, 5, {"区民政局", "区应急管理局"}},
        {"老旧小区改造", "tough", 10, 1, {"区住建局", "区发改委", "区财政局"}},
        {"违法建设整治", "tough", 10, 4, {"区城管局", "区自然资源和规划分局", "区住建局"}},
        {"物业管理纠纷", "tough", 10, 2, {"区住建局", "区司法局", "区市场监管局"}},
        {"拖欠农民工工资", "tough", 10, 6, {"区人社局", "区住建局", "公安分局"}},
        {"背街小巷环境整治", "tough", 10, 0, {"区城管局", "区住建局", "区生态环境分局"}},
        {"既有住宅加装电梯", "tough", 10, 1, {"区住建局", "区市场监管局", "区自然资源和规划分局"}},
        {"停车设施建设", "tough", 10, 1, {"区住建局", "区交通运输局", "区城管局"}},
        {"河道水体污染", "tough", 10, 0, {"区生态环境分局", "区水利局", "区农业农村局"}},
        {"无物业小区管理", "tough", 10, 2, {"区住建局", "区民政局", "区城管局"}},
        {"困难群众救助", "tough", 10, 5, {"区民政局", "区人社局", "区医保局", "区残联"}},
    };
    return list;
}

Outcome failed(const QSqlQuery &query)
{
    return Outcome::failure(StoreHealth::describe(query.lastError()));
}

} // namespace

DemoHandling::DemoHandling(const QSqlDatabase &db, std::uint64_t seed)
    : m_db(db)
    , m_random(seed ^ 0x68616E646C696E67ull) // "handling": a stream of its own
{
}

Outcome DemoHandling::prepare()
{
    QHash<QString, qint64> departments;
    int position = 0;
    for (const CatalogueEntry &entry : catalogue()) {
        Matter matter;
        matter.name = QString::fromUtf8(entry.matter);
        matter.days = entry.days;
        matter.category = entry.category;
        for (const char *name : entry.departments) {
            const QString department = QString::fromUtf8(name);
            if (!departments.contains(department)) {
                const auto id = SqlWrite::insert(m_db, QStringLiteral("department"),
                                                 {{QStringLiteral("name"), department},
                                                  {QStringLiteral("position"), int(departments.size()) + 1}});
                if (!id)
                    return Outcome::failure(id.error());
                departments.insert(department, id.value());
            }
            matter.departments.append({departments.value(department), department});
        }
        const auto id = SqlWrite::insert(m_db, QStringLiteral("whistle_matter"),
                                         {{QStringLiteral("name"), matter.name},
                                          {QStringLiteral("whistle"), QString::fromLatin1(entry.whistle)},
                                          {QStringLiteral("days"), matter.days},
                                          {QStringLiteral("position"), ++position}});
        if (!id)
            return Outcome::failure(id.error());
        matter.id = id.value();
        for (const auto &[department, name] : std::as_const(matter.departments)) {
            if (const Outcome linked = SqlWrite::link(m_db, QStringLiteral("whistle_matter_department"),
                                                      {{QStringLiteral("matter_id"), matter.id},
                                                       {QStringLiteral("department_id"), department}});
                !linked)
                return linked;
        }
        m_matters[QString::fromLatin1(entry.whistle)].append(matter);
    }
    // Hidden dangers close only when a leader of the sub-district has seen to them (领导销号).
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("UPDATE ledger_category SET needs_signoff = 1 WHERE name = '安全隐患'")))
        return failed(query);
    if (!query.exec(QStringLiteral("SELECT id FROM ledger_category WHERE needs_signoff = 1")))
        return failed(query);
    while (query.next())
        m_signedOff.insert(query.value(0).toLongLong());
    // The register's units by the sub-district they are resident in (directly or in a community).
    if (!query.exec(QStringLiteral("SELECT u.id, u.name, CASE o.kind WHEN 'subdistrict' THEN o.id ELSE o.parent_id END "
                                   "FROM unit u JOIN organisation o ON o.id = u.org_id ORDER BY u.id")))
        return failed(query);
    while (query.next())
        m_units[query.value(2).toLongLong()].append({query.value(0).toLongLong(), query.value(1).toString()});
    if (query.lastError().isValid())
        return failed(query);
    return Outcome::success();
}

const DemoHandling::Matter &DemoHandling::matterFor(const QString &whistle, int categoryIndex)
{
    const QList<Matter> &matters = m_matters.contains(whistle) ? m_matters[whistle] : m_matters[QStringLiteral("quick")];
    // A matter of the item's kind where the catalogue has one for the whistle.
    QList<qsizetype> fitting;
    for (qsizetype i = 0; i < matters.size(); ++i) {
        if (matters.at(i).category == categoryIndex)
            fitting.append(i);
    }
    return fitting.isEmpty() ? m_random.pick(matters) : matters.at(m_random.pick(fitting));
}

std::optional<DemoHandling::Unit> DemoHandling::unitFor(qint64 subdistrictId)
{
    const QList<Unit> units = m_units.value(subdistrictId);
    if (units.isEmpty() || !m_random.chance(0.7))
        return std::nullopt;
    return m_random.pick(units);
}

QString DemoHandling::leaderOf(qint64 subdistrictId)
{
    auto it = m_leaders.find(subdistrictId);
    if (it == m_leaders.end())
        it = m_leaders.insert(subdistrictId, QStringLiteral("街道党工委书记 %1").arg(DemoNames::person(m_random)));
    return it.value();
}
