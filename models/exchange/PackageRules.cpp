#include "PackageRules.h"

#include "cobuild/CobuildTypes.h"
#include "core/IsoDate.h"
#include "ledger/LedgerFlow.h"
#include "org/OrgKind.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>


namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageRules)
};

template <typename E>
QSet<QByteArray> cobuildCodes()
{
    QSet<QByteArray> out;
    for (E value : Cobuild::all<E>())
        out.insert(Cobuild::code(value).toUtf8());
    return out;
}

template <typename E>
QSet<QByteArray> ledgerCodes(const QList<E> &values)
{
    QSet<QByteArray> out;
    for (E value : values)
        out.insert(LedgerFlow::code(value).toUtf8());
    return out;
}

QSet<QByteArray> orgKindCodes()
{
    QSet<QByteArray> out;
    for (OrgKind kind : OrgKinds::all())
        out.insert(OrgKinds::code(kind).toUtf8());
    return out;
}

const QHash<QString, QSet<QByteArray>> &codeLists()
{
    static const QHash<QString, QSet<QByteArray>> all = [] {
        const QSet<QByteArray> states = ledgerCodes(LedgerFlow::states());
        QSet<QByteArray> actions = ledgerCodes(LedgerFlow::actions());
        actions.insert("record");
        return QHash<QString, QSet<QByteArray>>{
            {QStringLiteral("organisation.kind"), orgKindCodes()},
            {QStringLiteral("ledger_item.source"), ledgerCodes(LedgerFlow::sources())},
            {QStringLiteral("ledger_item.urgency"), ledgerCodes(LedgerFlow::urgencies())},
            {QStringLiteral("ledger_item.state"), states},
            {QStringLiteral("ledger_item.satisfaction"),
             ledgerCodes(QList<Satisfaction>{Satisfaction::Satisfied, Satisfaction::BasicallySatisfied, Satisfaction::Dissatisfied})},
            {QStringLiteral("ledger_event.action"), actions},
            {QStringLiteral("ledger_event.from_state"), states},
            {QStringLiteral("ledger_event.to_state"), states},
            {QStringLiteral("unit.type"), cobuildCodes<UnitType>()},
            {QStringLiteral("agreement.kind"), cobuildCodes<AgreementKind>()},
            {QStringLiteral("need.state"), cobuildCodes<NeedState>()},
            {QStringLiteral("project.kind"), cobuildCodes<ProjectKind>()},
            {QStringLiteral("project.stage"), cobuildCodes<ProjectStage>()},
            {QStringLiteral("project_review.kind"), cobuildCodes<ReviewKind>()},
            {QStringLiteral("task.state"), cobuildCodes<TaskState>()},
        };
    }();
    return all;
}

const QSet<QString> &nonNegativeColumns()
{
    static const QSet<QString> all = {
        QStringLiteral("organisation.households"),    QStringLiteral("ledger_item.close_days"),
        QStringLiteral("ledger_item.reopened"),       QStringLiteral("agreement.target_per_year"),
        QStringLiteral("activity.participants"),      QStringLiteral("activity.members_taking_part"),
        QStringLiteral("project.budget"),             QStringLiteral("member_figures.active"),
        QStringLiteral("member_figures.probationary"), QStringLiteral("member_figures.flowing"),
        QStringLiteral("member_figures.in_service"),  QStringLiteral("member_figures.joined"),
        QStringLiteral("member_figures.left_party"),
    };
    return all;
}

bool isDateColumn(const QString &column)
{
    return column.endsWith(QLatin1String("_on")) || column == QLatin1String("available_from")
           || column == QLatin1String("available_to") || column == QLatin1String("suspended_since");
}

SqliteRows::Type declaredType(const QString &declared)
{
    if (declared == QLatin1String("INTEGER"))
        return SqliteRows::Type::Integer;
    if (declared == QLatin1String("REAL"))
        return SqliteRows::Type::Real;
    return SqliteRows::Type::Text;
}

QString typeName(SqliteRows::Type type)
{
    switch (type) {
    case SqliteRows::Type::Integer:
        return Text::tr("a whole number");
    case SqliteRows::Type::Real:
        return Text::tr("a decimal number");
    case SqliteRows::Type::Text:
        return Text::tr("text");
    case SqliteRows::Type::Blob:
        return Text::tr("binary data");
    case SqliteRows::Type::Null:
        break;
    }
    return Text::tr("a value of another kind");
}

QString shown(const SqliteRows &rows, int column)
{
    if (rows.type(column) == SqliteRows::Type::Blob)
        return Text::tr("%Ln byte(s)", nullptr, int(rows.bytes(column).size()));
    if (rows.type(column) == SqliteRows::Type::Integer)
        return QString::number(rows.integer(column));
    if (rows.type(column) == SqliteRows::Type::Real)
        return QString::number(rows.real(column));
    const QString text = rows.text(column);
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

/// Characters in UTF-8 text: the bytes that do not continue a character.
qsizetype characters(QByteArrayView utf8)
{
    qsizetype count = 0;
    for (const char c : utf8)
        count += (quint8(c) & 0xC0) != 0x80;
    return count;
}

} // namespace

namespace PackageRules {

bool isDate(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    return IsoDate::inRange(QDate(parts[0], parts[1], parts[2]));
}

ColumnRule ruleFor(const QString &table, const PackageSchema::Column &column)
{
    ColumnRule rule;
    rule.table = table;
    rule.column = column;
    const QString key = table + QLatin1Char('.') + column.name;
    rule.date = isDateColumn(column.name);
    rule.notNegative = nonNegativeColumns().contains(key);
    rule.flag = key == QLatin1String("project_claim.by_member");
    rule.positive = column.name == QLatin1String("id") || column.name.endsWith(QLatin1String("_id"));
    rule.codes = codeLists().value(key).values();
    rule.type = declaredType(column.type);
    return rule;
}

bool accepts(const ColumnRule &rule, const SqliteRows &rows, int column)
{
    const SqliteRows::Type type = rows.type(column);
    if (type == SqliteRows::Type::Null)
        return !rule.column.notNull;
    if (type != rule.type && !(rule.type == SqliteRows::Type::Real && type == SqliteRows::Type::Integer))
        return false;
    if (type == SqliteRows::Type::Text) {
        const QByteArrayView bytes = rows.bytes(column);
        if (bytes.size() > maxTextLength && characters(bytes) > maxTextLength)
            return false;
        if (rule.date && !isDate(bytes))
            return false;
        return rule.codes.isEmpty()
               || std::any_of(rule.codes.cbegin(), rule.codes.cend(), [bytes](const QByteArray &code) { return code == bytes; });
    }
    if (!rule.notNegative && !rule.flag && !rule.positive)
        return true;
    const double number = type == SqliteRows::Type::Integer ? double(rows.integer(column)) : rows.real(column);
    return !(rule.notNegative && number < 0) && !(rule.flag && number != 0 && number != 1) && !(rule.positive && number <= 0);
}

QString problem(const ColumnRule &rule, const SqliteRows &rows, int column)
{
    const PackageSchema::Column &declared = rule.column;
    const SqliteRows::Type type = rows.type(column);
    if (type == SqliteRows::Type::Null)
        return declared.notNull ? Text::tr("%1 is empty, but must be given").arg(declared.name) : QString();
    const SqliteRows::Type want = rule.type;
    const bool typed = type == want || (want == SqliteRows::Type::Real && type == SqliteRows::Type::Integer);
    if (!typed)
        return Text::tr("%1 holds %2 (\"%3\") where the package keeps %4")
            .arg(declared.name, typeName(type), shown(rows, column), typeName(want));
    if (type == SqliteRows::Type::Text) {
        const QByteArrayView bytes = rows.bytes(column);
        if (bytes.size() > maxTextLength && characters(bytes) > maxTextLength)
            return Text::tr("%1 holds a text of %2 characters (at most %3)").arg(declared.name).arg(characters(bytes)).arg(maxTextLength);
        if (rule.date && !isDate(bytes))
            return Text::tr("%1 holds \"%2\", which is not a date between %3 and %4")
                .arg(declared.name, shown(rows, column))
                .arg(IsoDate::minYear)
                .arg(IsoDate::maxYear);
        if (!rule.codes.isEmpty() && std::none_of(rule.codes.cbegin(), rule.codes.cend(), [bytes](const QByteArray &code) { return code == bytes; }))
            return Text::tr("%1 holds \"%2\", which this program does not know there").arg(declared.name, shown(rows, column));
        return {};
    }
    const double number = type == SqliteRows::Type::Integer ? double(rows.integer(column)) : rows.real(column);
    if ((rule.notNegative && number < 0) || (rule.flag && number != 0 && number != 1) || (rule.positive && number <= 0))
        return Text::tr("%1 holds \"%2\", which this program does not know there").arg(declared.name, shown(rows, column));
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
