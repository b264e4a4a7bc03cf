#include "PackageRules.h"

#include "cobuild/CobuildTypes.h"
#include "core/IsoDate.h"
#include "ledger/LedgerFlow.h"
#include "org/OrgKind.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageRules)
};

using Rule = std::function<bool(const QVariant &)>;

template <typename E>
Rule cobuildCode()
{
    return [](const QVariant &v) { return Cobuild::fromCode<E>(v.toString()).has_value(); };
}

template <typename F>
Rule codeOf(F fromCode)
{
    return [fromCode](const QVariant &v) { return fromCode(v.toString()).has_value(); };
}

bool isDate(const QVariant &v)
{
    return IsoDate::parse(v.toString()).has_value();
}

bool notNegative(const QVariant &v)
{
    return v.toDouble() >= 0;
}

bool flag(const QVariant &v)
{
    return v.toLongLong() == 0 || v.toLongLong() == 1;
}

bool isDateColumn(const QString &column)
{
    return column.endsWith(QLatin1String("_on")) || column == QLatin1String("available_from")
           || column == QLatin1String("available_to") || column == QLatin1String("suspended_since");
}

const QHash<QString, Rule> &rules()
{
    static const QHash<QString, Rule> all = {
        {QStringLiteral("organisation.kind"), codeOf(OrgKinds::fromCode)},
        {QStringLiteral("organisation.households"), notNegative},
        {QStringLiteral("ledger_item.source"), codeOf(LedgerFlow::sourceFromCode)},
        {QStringLiteral("ledger_item.urgency"), codeOf(LedgerFlow::urgencyFromCode)},
        {QStringLiteral("ledger_item.state"), codeOf(LedgerFlow::stateFromCode)},
        {QStringLiteral("ledger_item.satisfaction"), codeOf(LedgerFlow::satisfactionFromCode)},
        {QStringLiteral("ledger_item.close_days"), notNegative},
        {QStringLiteral("ledger_item.reopened"), notNegative},
        {QStringLiteral("ledger_event.action"),
         [](const QVariant &v) { return v.toString() == QLatin1String("record") || LedgerFlow::actionFromCode(v.toString()); }},
        {QStringLiteral("ledger_event.from_state"), codeOf(LedgerFlow::stateFromCode)},
        {QStringLiteral("ledger_event.to_state"), codeOf(LedgerFlow::stateFromCode)},
        {QStringLiteral("unit.type"), cobuildCode<UnitType>()},
        {QStringLiteral("agreement.kind"), cobuildCode<AgreementKind>()},
        {QStringLiteral("agreement.target_per_year"), notNegative},
        {QStringLiteral("activity.participants"), notNegative},
        {QStringLiteral("activity.members_taking_part"), notNegative},
        {QStringLiteral("need.state"), cobuildCode<NeedState>()},
        {QStringLiteral("project.kind"), cobuildCode<ProjectKind>()},
        {QStringLiteral("project.stage"), cobuildCode<ProjectStage>()},
        {QStringLiteral("project.budget"), notNegative},
        {QStringLiteral("project_claim.by_member"), flag},
        {QStringLiteral("project_review.kind"), cobuildCode<ReviewKind>()},
        {QStringLiteral("task.state"), cobuildCode<TaskState>()},
        {QStringLiteral("member_figures.active"), notNegative},
        {QStringLiteral("member_figures.probationary"), notNegative},
        {QStringLiteral("member_figures.flowing"), notNegative},
        {QStringLiteral("member_figures.in_service"), notNegative},
        {QStringLiteral("member_figures.joined"), notNegative},
        {QStringLiteral("member_figures.left_party"), notNegative},
    };
    return all;
}

bool hasType(const QString &declared, const QVariant &value)
{
    const int type = value.typeId();
    if (declared == QLatin1String("INTEGER"))
        return type == QMetaType::LongLong || type == QMetaType::Int;
    if (declared == QLatin1String("REAL"))
        return type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int;
    if (declared == QLatin1String("TEXT"))
        return type == QMetaType::QString;
    return false;
}

QString typeName(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return Text::tr("a whole number");
    case QMetaType::Double:
        return Text::tr("a decimal number");
    case QMetaType::QString:
        return Text::tr("text");
    case QMetaType::QByteArray:
        return Text::tr("binary data");
    default:
        return Text::tr("a value of another kind");
    }
}

QString shown(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return Text::tr("%n byte(s)", nullptr, int(value.toByteArray().size()));
    const QString text = value.toString();
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

} // namespace

namespace PackageRules {

QString problem(const QString &table, const PackageSchema::Column &column, const QVariant &value)
{
    if (value.isNull())
        return column.notNull ? Text::tr("%1 is empty, but must be given").arg(column.name) : QString();
    if (!hasType(column.type, value))
        return Text::tr("%1 holds %2 (\"%3\") where the package keeps %4")
            .arg(column.name, typeName(value), shown(value),
                 column.type == QLatin1String("TEXT")      ? Text::tr("text")
                 : column.type == QLatin1String("INTEGER") ? Text::tr("a whole number")
                                                           : Text::tr("a number"));
    if (value.typeId() == QMetaType::QString && value.toString().size() > maxTextLength)
        return Text::tr("%1 holds a text of %2 characters (at most %3)").arg(column.name).arg(value.toString().size()).arg(maxTextLength);
    if (isDateColumn(column.name) && !isDate(value))
        return Text::tr("%1 holds \"%2\", which is not a date between %3 and %4")
            .arg(column.name, shown(value))
            .arg(IsoDate::minYear)
            .arg(IsoDate::maxYear);
    const auto rule = rules().constFind(table + QLatin1Char('.') + column.name);
    if (rule != rules().constEnd() && !(*rule)(value))
        return Text::tr("%1 holds \"%2\", which this program does not know there").arg(column.name, shown(value));
    return {};
}

qint64 maxRows(const QString &table)
{
    static const QHash<QString, qint64> caps = {
        {QStringLiteral("organisation"), 1000000},  {QStringLiteral("member_figures"), 1000000},
        {QStringLiteral("ledger_category"), 10000}, {QStringLiteral("cobuild_category"), 10000},
        {QStringLiteral("ledger_item"), 10000000},  {QStringLiteral("ledger_event"), 100000000},
        {QStringLiteral("manifest"), 100},          {QStringLiteral("manifest_table"), 100},
    };
    return caps.value(table, 5000000);
}

} // namespace PackageRules
