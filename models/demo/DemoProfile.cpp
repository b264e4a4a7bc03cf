#include "DemoProfile.h"

namespace {

DemoProfile::Subdistrict subdistrict(const QString &name, const QString &communities)
{
    return {name, communities.split(QLatin1Char(' '))};
}

// Anqing's Yingjiang district at the seeds' figures: 6 sub-districts, 31 communities, 384 grids
// ("1+3" each), 1,357 party-member central households.
DemoProfile yingjiang()
{
    DemoProfile p;
    p.id = QStringLiteral("yingjiang");
    p.district = QStringLiteral("迎江区");
    p.districtCode = QStringLiteral("340802");
    p.subdistricts = {
        subdistrict(QStringLiteral("新河路街道"), QStringLiteral("龙狮桥社区 炮营山社区 新河社区 地质社区 双井社区")),
        subdistrict(QStringLiteral("宜城路街道"), QStringLiteral("宜城路社区 锡麟社区 枞阳门社区 大南门社区 四照园社区")),
        subdistrict(QStringLiteral("华中路街道"), QStringLiteral("华中社区 先锋社区 大二郎社区 天后宫社区 玉虹社区")),
        subdistrict(QStringLiteral("人民路街道"), QStringLiteral("人民路社区 墨子巷社区 倒扒狮社区 司下坡社区 任家坡社区")),
        subdistrict(QStringLiteral("孝肃路街道"), QStringLiteral("孝肃路社区 菱湖社区 建设社区 盛唐社区 集贤社区")),
        subdistrict(QStringLiteral("滨江街道"), QStringLiteral("沿江社区 振风社区 光明社区 和平社区 东风社区 皖江社区")),
    };
    p.subdistrictCount = 6;
    p.communityCount = 31;
    p.gridCount = 384;
    p.householdCount = 1357;
    p.memberCount = 10523;
    p.ledgerItemsPerYear = 25000;
    p.buildingGroupsPerGridMin = 2;
    p.buildingGroupsPerGridMax = 4;
    return p;
}

DemoProfile small()
{
    DemoProfile p;
    p.id = QStringLiteral("small");
    p.district = QStringLiteral("迎江区");
    p.districtCode = QStringLiteral("340802");
    p.subdistricts = {
        subdistrict(QStringLiteral("新河路街道"), QStringLiteral("龙狮桥社区 炮营山社区 新河社区 地质社区 双井社区")),
    };
    p.subdistrictCount = 1;
    p.communityCount = 5;
    p.gridCount = 20;
    p.householdCount = 72;
    p.memberCount = 560;
    p.ledgerItemsPerYear = 1300;
    return p;
}

// A stress profile: a city of about 1,000 communities and 10,000 grids.
DemoProfile city()
{
    DemoProfile p;
    p.id = QStringLiteral("city");
    p.district = QStringLiteral("江城市");
    p.districtCode = QStringLiteral("340800");
    p.subdistrictCount = 50;
    p.communityCount = 1000;
    p.gridCount = 10000;
    p.householdCount = 35000;
    p.memberCount = 100000;
    p.ledgerItemsPerYear = 333334;
    p.buildingGroupsPerGridMin = 1;
    p.buildingGroupsPerGridMax = 3;
    return p;
}

} // namespace

std::optional<DemoProfile> DemoProfile::byId(const QString &id)
{
    if (id == QLatin1String("small"))
        return small();
    if (id == QLatin1String("yingjiang"))
        return yingjiang();
    if (id == QLatin1String("city"))
        return city();
    return std::nullopt;
}

QStringList DemoProfile::ids()
{
    return {QStringLiteral("small"), QStringLiteral("yingjiang"), QStringLiteral("city")};
}
