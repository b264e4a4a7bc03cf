#include "DemoCobuildTexts.h"

#include "DemoRandom.h"

#include <algorithm>

namespace {

QString pick(DemoRandom &random, const QStringList &list)
{
    return list.at(random.below(int(list.size())));
}

const QStringList organs = {
    QStringLiteral("财政局"), QStringLiteral("人力资源和社会保障局"), QStringLiteral("住房和城乡建设局"),
    QStringLiteral("卫生健康委员会"), QStringLiteral("教育体育局"), QStringLiteral("民政局"), QStringLiteral("司法局"),
    QStringLiteral("市场监督管理局"), QStringLiteral("城市管理局"), QStringLiteral("应急管理局"),
    QStringLiteral("文化和旅游局"), QStringLiteral("退役军人事务局"), QStringLiteral("医疗保障局"), QStringLiteral("统计局"),
    QStringLiteral("审计局"), QStringLiteral("税务局"), QStringLiteral("生态环境分局"), QStringLiteral("交通运输局"),
    QStringLiteral("农业农村水利局"), QStringLiteral("科技商务经济信息化局"), QStringLiteral("数据资源管理局"),
    QStringLiteral("信访局"), QStringLiteral("总工会"), QStringLiteral("团委"), QStringLiteral("妇联"), QStringLiteral("科协"),
    QStringLiteral("残联"), QStringLiteral("档案馆"), QStringLiteral("融媒体中心"), QStringLiteral("人民法院"),
    QStringLiteral("人民检察院"), QStringLiteral("公安分局"), QStringLiteral("消防救援大队"), QStringLiteral("机关事务管理局"),
    QStringLiteral("发展和改革委员会"), QStringLiteral("自然资源和规划分局"), QStringLiteral("国有资产管理中心"),
    QStringLiteral("政务服务中心"), QStringLiteral("疾病预防控制中心"), QStringLiteral("城市管理执法大队"),
};

const QStringList stems = {
    QStringLiteral("宜城"), QStringLiteral("皖江"), QStringLiteral("振风"), QStringLiteral("大观"), QStringLiteral("长风"),
    QStringLiteral("华强"), QStringLiteral("安和"), QStringLiteral("同创"), QStringLiteral("恒信"), QStringLiteral("新锐"),
    QStringLiteral("金桥"), QStringLiteral("润泽"), QStringLiteral("鼎盛"), QStringLiteral("嘉禾"), QStringLiteral("天柱"),
    QStringLiteral("菱湖"), QStringLiteral("龙山"), QStringLiteral("迎春"), QStringLiteral("光华"), QStringLiteral("博远"),
    QStringLiteral("瑞丰"), QStringLiteral("汇通"), QStringLiteral("仁和"), QStringLiteral("明德"), QStringLiteral("兴业"),
    QStringLiteral("众联"), QStringLiteral("海纳"), QStringLiteral("锦程"), QStringLiteral("星辰"), QStringLiteral("和顺"),
};

const QStringList industries = {
    QStringLiteral("科技有限公司"), QStringLiteral("建筑工程有限公司"), QStringLiteral("商贸有限公司"),
    QStringLiteral("餐饮管理有限公司"), QStringLiteral("医药连锁有限公司"), QStringLiteral("物流有限公司"),
    QStringLiteral("电子商务有限公司"), QStringLiteral("文化传媒有限公司"), QStringLiteral("家政服务有限公司"),
    QStringLiteral("律师事务所"), QStringLiteral("会计师事务所"), QStringLiteral("超市有限公司"),
    QStringLiteral("汽车服务有限公司"), QStringLiteral("教育咨询有限公司"), QStringLiteral("食品有限公司"),
};

const QStringList socials = {
    QStringLiteral("志愿者协会"), QStringLiteral("社会工作服务中心"), QStringLiteral("慈善会"), QStringLiteral("老年协会"),
    QStringLiteral("红十字服务队"), QStringLiteral("商会"), QStringLiteral("调解协会"), QStringLiteral("青年创业协会"),
    QStringLiteral("书画协会"), QStringLiteral("助残服务社"),
};

const QStringList soes = {
    QStringLiteral("供电公司"), QStringLiteral("自来水公司"), QStringLiteral("燃气有限公司"), QStringLiteral("邮政分公司"),
    QStringLiteral("移动分公司"), QStringLiteral("电信分公司"), QStringLiteral("农商银行支行"), QStringLiteral("建设银行支行"),
    QStringLiteral("公交集团"), QStringLiteral("城投公司"),
};

const QStringList institutions = {
    QStringLiteral("人民医院"), QStringLiteral("中医院"), QStringLiteral("图书馆"), QStringLiteral("文化馆"),
    QStringLiteral("妇幼保健院"), QStringLiteral("社区卫生服务中心"), QStringLiteral("广播电视台"), QStringLiteral("博物馆"),
};

const QStringList schools = {
    QStringLiteral("小学"), QStringLiteral("中学"), QStringLiteral("实验学校"), QStringLiteral("幼儿园"),
    QStringLiteral("职业技术学院"), QStringLiteral("外国语学校"),
};

const QStringList properties = {
    QStringLiteral("物业服务有限公司"), QStringLiteral("物业管理有限公司"), QStringLiteral("物业发展有限公司"),
};

const QList<QStringList> needs = {
    {QStringLiteral("党员活动室场地不足"), QStringLiteral("暑期托管需要活动场地"), QStringLiteral("老年食堂需要就餐场地"),
     QStringLiteral("居民议事需要会议室")},
    {QStringLiteral("独居老人定期探访"), QStringLiteral("小区环境整治志愿者"), QStringLiteral("文明交通劝导志愿者"),
     QStringLiteral("防汛值守人员不足")},
    {QStringLiteral("老旧小区路灯更换资金"), QStringLiteral("困难家庭帮扶资金"), QStringLiteral("红色楼道建设资金"),
     QStringLiteral("小区充电桩改造资金")},
    {QStringLiteral("居民法律咨询"), QStringLiteral("义诊和健康讲座"), QStringLiteral("心理疏导服务"),
     QStringLiteral("老旧电路安全检查")},
    {QStringLiteral("社区电脑老旧需更新"), QStringLiteral("应急照明设备"), QStringLiteral("便民服务点桌椅"),
     QStringLiteral("消防器材补充")},
    {QStringLiteral("网格员业务培训"), QStringLiteral("老年人智能手机培训"), QStringLiteral("失业人员技能培训"),
     QStringLiteral("垃圾分类宣传培训")},
    {QStringLiteral("困难学生结对帮扶"), QStringLiteral("节日慰问物资"), QStringLiteral("小区停车秩序协调")},
};

const QList<QStringList> resources = {
    {QStringLiteral("单位会议室周末开放"), QStringLiteral("职工活动中心开放"), QStringLiteral("食堂错峰开放"),
     QStringLiteral("停车场夜间共享")},
    {QStringLiteral("党员志愿服务队"), QStringLiteral("青年突击队"), QStringLiteral("巾帼志愿服务队"),
     QStringLiteral("退役军人志愿服务队")},
    {QStringLiteral("共建专项资金"), QStringLiteral("微心愿认领资金"), QStringLiteral("助学帮困资金")},
    {QStringLiteral("律师志愿咨询"), QStringLiteral("医生上门义诊"), QStringLiteral("电工上门检修"),
     QStringLiteral("心理咨询师服务")},
    {QStringLiteral("捐赠办公电脑"), QStringLiteral("应急物资储备"), QStringLiteral("便民服务设备")},
    {QStringLiteral("业务骨干授课"), QStringLiteral("技能培训课程"), QStringLiteral("智能手机课堂")},
    {QStringLiteral("节日慰问物资"), QStringLiteral("图书捐赠"), QStringLiteral("文艺演出")},
};

const QList<QStringList> capacities = {
    {QStringLiteral("可容纳50人"), QStringLiteral("每周六、日开放"), QStringLiteral("可容纳120人")},
    {QStringLiteral("20人"), QStringLiteral("30人"), QStringLiteral("每月2次")},
    {QStringLiteral("2万元"), QStringLiteral("5万元"), QStringLiteral("1万元")},
    {QStringLiteral("每月1次"), QStringLiteral("每季度2次"), QStringLiteral("按需预约")},
    {QStringLiteral("10台"), QStringLiteral("一批"), QStringLiteral("5套")},
    {QStringLiteral("每季度1期"), QStringLiteral("每月1期"), QStringLiteral("全年6期")},
    {QStringLiteral("一批"), QStringLiteral("200册"), QStringLiteral("全年2场")},
};

} // namespace

namespace DemoCobuildTexts {

QString unitType(DemoRandom &random, int index, int count)
{
    // The seeds: 36 organs and 45 non-public enterprises and social organisations of 81 pairing
    // units, plus institutions, state-owned enterprises, schools and property companies.
    const double share = double(index) / std::max(1, count);
    if (share < 0.33)
        return QStringLiteral("organ");
    if (share < 0.62)
        return QStringLiteral("private");
    if (share < 0.74)
        return QStringLiteral("social");
    const QStringList rest = {QStringLiteral("institution"), QStringLiteral("soe"), QStringLiteral("school"), QStringLiteral("property")};
    return pick(random, rest);
}

QString unitName(DemoRandom &random, const QString &type, const QString &district, const QString &place)
{
    if (type == QLatin1String("organ"))
        return district + pick(random, organs);
    if (type == QLatin1String("private"))
        return QStringLiteral("安庆") + pick(random, stems) + pick(random, industries);
    if (type == QLatin1String("social"))
        return place + pick(random, socials);
    if (type == QLatin1String("soe"))
        return district + pick(random, soes);
    if (type == QLatin1String("institution"))
        return district + pick(random, institutions);
    if (type == QLatin1String("school"))
        return place + pick(random, schools);
    return pick(random, stems) + pick(random, properties);
}

QString partyOrganisation(const QString &unitName, const QString &type)
{
    if (type == QLatin1String("organ") || type == QLatin1String("institution") || type == QLatin1String("soe"))
        return unitName + QStringLiteral("机关党委");
    if (type == QLatin1String("school"))
        return unitName + QStringLiteral("党总支");
    return unitName + QStringLiteral("党支部");
}

QString need(DemoRandom &random, int category)
{
    return pick(random, needs.at(std::clamp(category, 0, int(needs.size()) - 1)));
}

QString resource(DemoRandom &random, int category)
{
    return pick(random, resources.at(std::clamp(category, 0, int(resources.size()) - 1)));
}

QString capacity(DemoRandom &random, int category)
{
    return pick(random, capacities.at(std::clamp(category, 0, int(capacities.size()) - 1)));
}

QString commitments(DemoRandom &random)
{
    static const QStringList list = {
        QStringLiteral("每年联合开展不少于4次共建活动；开放会议室供社区使用；组织党员到社区报到服务。"),
        QStringLiteral("认领社区需求清单中的助老、助学项目；每季度开展一次志愿服务。"),
        QStringLiteral("按照双向服务清单，单位提供专业服务，社区提供党员教育阵地。"),
        QStringLiteral("共同推进老旧小区改造，单位党员参与楼栋议事和文明创建。"),
    };
    return pick(random, list);
}

QString activity(DemoRandom &random)
{
    static const QStringList list = {
        QStringLiteral("主题党日联学共建"), QStringLiteral("走访慰问困难群众"), QStringLiteral("小区环境整治"),
        QStringLiteral("义诊进社区"), QStringLiteral("法律知识讲座"), QStringLiteral("文明创建志愿服务"),
        QStringLiteral("防汛应急演练"), QStringLiteral("垃圾分类宣传"), QStringLiteral("重阳敬老活动"),
        QStringLiteral("暑期青少年课堂"),
    };
    return pick(random, list);
}

QString project(DemoRandom &random, const QString &kind)
{
    static const QStringList secretary = {
        QStringLiteral("红色楼道提升行动"), QStringLiteral("老旧小区加装电梯推进"), QStringLiteral("一老一小服务提升"),
        QStringLiteral("背街小巷环境整治"), QStringLiteral("社区嵌入式服务设施建设"), QStringLiteral("物业服务质量提升"),
        QStringLiteral("新就业群体关爱行动"), QStringLiteral("矛盾纠纷多元化解"),
    };
    static const QStringList cobuild = {
        QStringLiteral("党建联盟共建阵地"), QStringLiteral("驻区单位资源共享"), QStringLiteral("共建志愿服务品牌"),
        QStringLiteral("结对帮扶困难家庭"),
    };
    static const QStringList livelihood = {
        QStringLiteral("老年食堂建设"), QStringLiteral("小区停车位增设"), QStringLiteral("充电桩进小区"),
        QStringLiteral("口袋公园改造"), QStringLiteral("雨污分流改造"),
    };
    return pick(random, kind == QLatin1String("secretary") ? secretary
                        : kind == QLatin1String("cobuild") ? cobuild
                                                          : livelihood);
}

QString review(DemoRandom &random)
{
    static const QStringList list = {
        QStringLiteral("按计划推进，完成阶段目标"), QStringLiteral("进度滞后，需加快协调资金"), QStringLiteral("居民反映良好"),
        QStringLiteral("已完成施工招标"), QStringLiteral("共建单位新增认领一项任务"), QStringLiteral("成效明显，拟推广"),
    };
    return pick(random, list);
}

QString meetingTopics(DemoRandom &random)
{
    static const QStringList list = {
        QStringLiteral("通报上季度共建项目进展；研究需求清单和资源清单对接"),
        QStringLiteral("研究老旧小区改造中的居民诉求；部署文明创建工作"),
        QStringLiteral("协调物业服务矛盾；讨论防汛准备"),
        QStringLiteral("研究民情账本中的共性问题；部署下季度任务"),
        QStringLiteral("审议书记项目清单；交流共建单位经验"),
    };
    return pick(random, list);
}

QStringList resolutions(DemoRandom &random)
{
    static const QStringList list = {
        QStringLiteral("落实小区停车秩序整治"), QStringLiteral("完成独居老人走访建档"), QStringLiteral("推进红色楼道建设"),
        QStringLiteral("组织共建单位认领微心愿"), QStringLiteral("整改居民反映的路灯问题"), QStringLiteral("开展防汛隐患排查"),
        QStringLiteral("协调解决物业收费纠纷"), QStringLiteral("组织党员志愿服务周"), QStringLiteral("完善网格员信息台账"),
    };
    QStringList chosen;
    const int count = random.between(1, 3);
    while (chosen.size() < count) {
        const QString line = pick(random, list);
        if (!chosen.contains(line))
            chosen.append(line);
    }
    return chosen;
}

} // namespace DemoCobuildTexts
