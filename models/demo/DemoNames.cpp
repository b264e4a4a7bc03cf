#include "DemoNames.h"

#include "DemoRandom.h"

#include <QSet>

namespace {

// The most common surnames, each listed as often as it is roughly frequent.
const QStringList &surnames()
{
    static const QStringList list = [] {
        const QString weighted = QStringLiteral(
            "王王王王王王李李李李李李张张张张张刘刘刘刘陈陈陈陈杨杨杨黄黄黄赵赵吴吴周周徐徐孙孙马马朱朱胡胡郭何高林罗"
            "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊"
            "秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤檀汪操查");
        QStringList out;
        for (const QChar c : weighted)
            out.append(QString(c));
        return out;
    }();
    return list;
}

QStringList characters(const QString &text)
{
    QStringList out;
    for (const QChar c : text)
        out.append(QString(c));
    return out;
}

const QStringList &maleChars()
{
    static const QStringList list = characters(QStringLiteral(
        "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰"
        "涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦"
        "亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"));
    return list;
}

const QStringList &femaleChars()
{
    static const QStringList list = characters(QStringLiteral(
        "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼"
        "勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰"
        "韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"));
    return list;
}

const QStringList &placeFirst()
{
    static const QStringList list = characters(QStringLiteral("东西南北新老华和康福安宁兴盛永长吉祥瑞锦翠碧金银玉明光春秋文德仁"
                                                              "英胜振集双菱枫松柏桂梅兰竹青紫丰泰昌"));
    return list;
}

const QStringList &placeSecond()
{
    static const QStringList list = characters(QStringLiteral("园苑城湖山桥河坊里门街巷塘湾洲亭阁楼庄林岭港渡井池岗坡台源"));
    return list;
}

} // namespace

namespace DemoNames {

QString person(DemoRandom &random, Gender gender)
{
    const QStringList &chars = gender == Gender::Male ? maleChars() : femaleChars();
    QString name = random.pick(surnames()) + random.pick(chars);
    if (random.chance(0.78))
        name += random.pick(chars);
    return name;
}

QString person(DemoRandom &random)
{
    return person(random, random.chance(0.5) ? Gender::Male : Gender::Female);
}

QString mobile(DemoRandom &random)
{
    static const QStringList prefixes = {QStringLiteral("139"), QStringLiteral("138"), QStringLiteral("137"),
                                         QStringLiteral("136"), QStringLiteral("135"), QStringLiteral("158"),
                                         QStringLiteral("159"), QStringLiteral("150"), QStringLiteral("151"),
                                         QStringLiteral("152"), QStringLiteral("180"), QStringLiteral("181"),
                                         QStringLiteral("189"), QStringLiteral("177"), QStringLiteral("199")};
    return random.pick(prefixes) + QStringLiteral("%1").arg(random.below(100000000), 8, 10, QLatin1Char('0'));
}

QStringList communityStems(DemoRandom &random, int count)
{
    QStringList stems;
    QSet<QString> seen;
    while (stems.size() < count) {
        const QString stem = random.pick(placeFirst()) + random.pick(placeSecond());
        if (!seen.contains(stem)) {
            seen.insert(stem);
            stems.append(stem);
        }
        if (seen.size() >= placeFirst().size() * placeSecond().size())
            break;
    }
    // Beyond the pool, number the rest (a stress profile asks for more than there are names).
    for (int i = 1; stems.size() < count; ++i)
        stems.append(QStringLiteral("新建%1").arg(i));
    return stems;
}

QStringList subdistrictStems(DemoRandom &random, int count)
{
    QStringList stems;
    QSet<QString> seen;
    while (stems.size() < count) {
        QString stem = random.pick(placeFirst()) + random.pick(placeFirst()) + QStringLiteral("路");
        if (!seen.contains(stem)) {
            seen.insert(stem);
            stems.append(stem);
        }
    }
    return stems;
}

QString road(DemoRandom &random)
{
    return random.pick(placeFirst()) + random.pick(placeSecond()) + QStringLiteral("路");
}

} // namespace DemoNames
