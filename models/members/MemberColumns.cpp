#include "MemberColumns.h"

namespace MemberColumns {

const TableColumns &columns()
{
    // The order of the template: what every list has first.
    static const TableColumns columns(QList<Column>{
        {QStringLiteral("name"), QStringLiteral("姓名"), {QStringLiteral("党员姓名")}, true, false},
        {QStringLiteral("gender"), QStringLiteral("性别"), {}, true, false},
        {QStringLiteral("birth_date"), QStringLiteral("出生日期"), {QStringLiteral("出生年月"), QStringLiteral("出生年月日")}, true, true},
        {QStringLiteral("joined_on"), QStringLiteral("入党日期"), {QStringLiteral("入党时间"), QStringLiteral("入党年月")}, true, true},
        {QStringLiteral("phone"), QStringLiteral("手机号码"), {QStringLiteral("手机号"), QStringLiteral("手机"), QStringLiteral("联系电话"), QStringLiteral("电话")}, true, false},
        {QStringLiteral("organisation"), QStringLiteral("所在组织"), {QStringLiteral("所在党组织"), QStringLiteral("所在支部"), QStringLiteral("党组织"), QStringLiteral("组织")}, true, false},
        {QStringLiteral("category"), QStringLiteral("党员类别"), {QStringLiteral("类别"), QStringLiteral("人员类别")}, true, false},
        {QStringLiteral("id_number"), QStringLiteral("公民身份号码"), {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("身份证")}, false, false},
        {QStringLiteral("ethnicity"), QStringLiteral("民族"), {}, false, false},
        {QStringLiteral("education"), QStringLiteral("学历"), {QStringLiteral("文化程度")}, false, false},
        {QStringLiteral("full_member_on"), QStringLiteral("转正日期"), {QStringLiteral("转正时间")}, false, true},
        {QStringLiteral("flowing_where"), QStringLiteral("流动去向"), {QStringLiteral("流向"), QStringLiteral("外出地点")}, false, false},
        {QStringLiteral("flowing_since"), QStringLiteral("外出日期"), {QStringLiteral("流出日期"), QStringLiteral("外出时间")}, false, true},
        {QStringLiteral("employer"), QStringLiteral("工作单位"), {QStringLiteral("单位")}, false, false},
        {QStringLiteral("reported_to"), QStringLiteral("报到社区"), {QStringLiteral("报到组织")}, false, false},
        {QStringLiteral("reported_on"), QStringLiteral("报到日期"), {QStringLiteral("报到时间")}, false, true},
        {QStringLiteral("service_hours"), QStringLiteral("服务时长"), {QStringLiteral("志愿服务时长"), QStringLiteral("服务时长（小时）")}, false, false},
        {QStringLiteral("notes"), QStringLiteral("备注"), {}, false, false},
    });
    return columns;
}

} // namespace MemberColumns
