#include "DemoLedgerTexts.h"

#include "DemoRandom.h"

#include <QStringList>

namespace {

const QList<QStringList> &titles()
{
    static const QList<QStringList> list = {
        {QStringLiteral("垃圾清运不及时"), QStringLiteral("楼道堆放杂物"), QStringLiteral("绿化带杂草丛生"),
         QStringLiteral("小区污水外溢"), QStringLiteral("垃圾分类投放点异味"), QStringLiteral("路面积水严重")},
        {QStringLiteral("路灯不亮"), QStringLiteral("下水道堵塞"), QStringLiteral("电梯故障停运"),
         QStringLiteral("单元门门禁损坏"), QStringLiteral("楼顶漏水"), QStringLiteral("健身器材损坏")},
        {QStringLiteral("物业费收取争议"), QStringLiteral("物业不及时维修"), QStringLiteral("停车位收费纠纷"),
         QStringLiteral("物业服务态度差")},
        {QStringLiteral("楼上漏水影响楼下"), QStringLiteral("夜间噪音扰民"), QStringLiteral("占用公共楼道"),
         QStringLiteral("宠物扰民")},
        {QStringLiteral("大树倾斜倒在围墙上"), QStringLiteral("电动车楼道充电"), QStringLiteral("消防通道被占用"),
         QStringLiteral("窨井盖缺失"), QStringLiteral("燃气管道老化")},
        {QStringLiteral("独居老人需要助餐"), QStringLiteral("残疾人申请辅具"), QStringLiteral("高龄老人需要上门探访"),
         QStringLiteral("老人申请居家养老服务")},
        {QStringLiteral("失业人员求职登记"), QStringLiteral("创业担保贷款咨询"), QStringLiteral("灵活就业社保补贴咨询")},
        {QStringLiteral("医保缴费咨询"), QStringLiteral("低保申请咨询"), QStringLiteral("老旧小区改造政策咨询"),
         QStringLiteral("入学政策咨询")},
        {QStringLiteral("群众微心愿"), QStringLiteral("建议增设便民设施"), QStringLiteral("反映其他问题")},
    };
    return list;
}

const QList<QStringList> &results()
{
    static const QList<QStringList> list = {
        {QStringLiteral("已联系环卫清运完毕"), QStringLiteral("组织党员志愿者清理完毕")},
        {QStringLiteral("已维修恢复正常"), QStringLiteral("已联系专业单位维修完成")},
        {QStringLiteral("召集物业与业主协商达成一致"), QStringLiteral("督促物业整改到位")},
        {QStringLiteral("调解成功，双方签订协议"), QStringLiteral("上门调解，矛盾化解")},
        {QStringLiteral("隐患已排除"), QStringLiteral("已联系相关部门处置完毕")},
        {QStringLiteral("已落实助餐服务"), QStringLiteral("已协助办理申请")},
        {QStringLiteral("已推荐岗位并成功就业"), QStringLiteral("已解答并协助办理")},
        {QStringLiteral("已当面解答政策"), QStringLiteral("已协助提交申请材料")},
        {QStringLiteral("已认领完成"), QStringLiteral("已办结")},
    };
    return list;
}

} // namespace

namespace DemoLedgerTexts {

Request request(DemoRandom &random, int category, const QString &place)
{
    Q_UNUSED(place)
    static const QStringList details = {QStringLiteral("已持续一周"), QStringLiteral("影响居民出行"),
                                        QStringLiteral("夜间尤其明显"), QStringLiteral("多户居民反映"),
                                        QStringLiteral("老人行动不便"), QStringLiteral("雨天更加严重"),
                                        QStringLiteral("希望尽快解决"), QStringLiteral("此前反映过一次")};
    const QStringList &pool = titles().at(std::clamp(category, 0, int(titles().size()) - 1));
    // Half the diaries note a detail; the title and place say the rest.
    return {random.pick(pool), random.chance(0.5) ? random.pick(details) : QString()};
}

QString result(DemoRandom &random, int category)
{
    return random.pick(results().at(std::clamp(category, 0, int(results().size()) - 1)));
}

} // namespace DemoLedgerTexts
