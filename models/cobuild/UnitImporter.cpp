#include "UnitImporter.h"

#include "CobuildTypes.h"
#include "UnitService.h"
#include "org/OrgLookup.h"

#include <QCoreApplication>
#include <QHash>

namespace {

class UnitImport
{
    Q_DECLARE_TR_FUNCTIONS(UnitImport)
};

/// The type as the office writes it: the program's words in Chinese or English, or the code.
std::optional<UnitType> typeFromText(const QString &text)
{
    static const QHash<QString, UnitType> chinese{
        {QStringLiteral("机关"), UnitType::Organ},          {QStringLiteral("党政机关"), UnitType::Organ},
        {QStringLiteral("事业单位"), UnitType::Institution}, {QStringLiteral("国有企业"), UnitType::Soe},
        {QStringLiteral("国企"), UnitType::Soe},             {QStringLiteral("非公企业"), UnitType::Private},
        {QStringLiteral("民营企业"), UnitType::Private},     {QStringLiteral("社会组织"), UnitType::Social},
        {QStringLiteral("学校"), UnitType::School},          {QStringLiteral("物业企业"), UnitType::Property},
        {QStringLiteral("物业公司"), UnitType::Property},    {QStringLiteral("物业"), UnitType::Property},
    };
    const QString t = text.trimmed();
    if (const auto found = chinese.constFind(t); found != chinese.constEnd())
        return *found;
    for (const UnitType type : Cobuild::all<UnitType>()) {
        if (t.compare(Cobuild::code(type), Qt::CaseInsensitive) == 0 || t.compare(Cobuild::displayName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

} // namespace

const TableColumns &UnitImporter::columns()
{
    static const TableColumns table(QList<TableColumns::Column>{
        {QStringLiteral("name"), QStringLiteral("单位名称"), {QStringLiteral("名称"), QStringLiteral("单位")}, true, false},
        {QStringLiteral("type"), QStringLiteral("单位类型"), {QStringLiteral("类型"), QStringLiteral("单位性质")}, true, false},
        {QStringLiteral("organisation"), QStringLiteral("所在街道社区"),
         {QStringLiteral("驻在"), QStringLiteral("所在社区"), QStringLiteral("所在街道"), QStringLiteral("所在组织")}, true, false},
        {QStringLiteral("address"), QStringLiteral("地址"), {QStringLiteral("单位地址")}, false, false},
        {QStringLiteral("contact"), QStringLiteral("联系人"), {}, false, false},
        {QStringLiteral("phone"), QStringLiteral("联系电话"), {QStringLiteral("电话"), QStringLiteral("手机号码")}, false, false},
        {QStringLiteral("party_org"), QStringLiteral("党组织"), {QStringLiteral("单位党组织"), QStringLiteral("党组织名称")}, false, false},
        {QStringLiteral("secretary"), QStringLiteral("书记"), {QStringLiteral("党组织书记")}, false, false},
    });
    return table;
}

UnitImporter::UnitImporter(Database &database, UnitService &service)
    : m_database(database)
    , m_service(service)
{
}

UnitImporter::Check UnitImporter::check(const QString &path) const
{
    const Result<TableFile> table = TableFile::read(path);
    if (!table) {
        Check refused;
        refused.problems.append({0, QString(), table.error()});
        return refused;
    }
    return check(table.value());
}

UnitImporter::Check UnitImporter::check(const TableFile &table) const
{
    Check result;
    result.kind = table.kind;
    result.encoding = table.encoding;
    if (table.rows.isEmpty()) {
        result.problems.append({1, QString(), UnitImport::tr("The file is empty; the first line must name the columns.")});
        return result;
    }
    const TableColumns::Mapping columns = UnitImporter::columns().map(table.rows.first());
    result.problems = columns.problems;
    if (!result.problems.isEmpty())
        return result;
    result.rows = int(table.rows.size()) - 1;
    if (result.rows == 0) {
        result.problems.append({table.rows.first().line + 1, QString(), UnitImport::tr("The file holds no units below its header.")});
        return result;
    }
    const OrgLookup organisations(m_database);
    QHash<QString, int> namesSeen; // name -> line
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const CsvReader::Record &record = table.rows.at(r);
        const int line = record.line;
        QList<TableProblem> problems;
        const auto problem = [&](const QString &key, const QString &message) {
            problems.append({line, key.isEmpty() ? QString() : columns.written.value(key, UnitImporter::columns().heading(key)), message});
        };
        const auto value = [&](const QString &key) { return columns.value(record.fields, key); };
        Unit unit;
        unit.name = value(QStringLiteral("name"));
        unit.address = value(QStringLiteral("address"));
        unit.contact = value(QStringLiteral("contact"));
        unit.phone = value(QStringLiteral("phone"));
        unit.partyOrg = value(QStringLiteral("party_org"));
        unit.secretary = value(QStringLiteral("secretary"));
        if (unit.name.isEmpty())
            problem(QStringLiteral("name"), UnitImport::tr("the unit's name is missing."));
        else if (namesSeen.contains(unit.name))
            problem(QStringLiteral("name"), UnitImport::tr("%1 repeats line %2.").arg(unit.name).arg(namesSeen.value(unit.name)));
        namesSeen.insert(unit.name, line);
        if (const auto type = typeFromText(value(QStringLiteral("type"))))
            unit.type = *type;
        else
            problem(QStringLiteral("type"), UnitImport::tr("must be 机关, 事业单位, 国有企业, 非公企业, 社会组织, 学校 or 物业企业, not \"%1\".")
                                                .arg(value(QStringLiteral("type"))));
        QString path;
        if (const QString where = value(QStringLiteral("organisation")); where.isEmpty()) {
            problem(QStringLiteral("organisation"), UnitImport::tr("the sub-district or community is missing."));
        } else if (const auto found = organisations.find(where); !found) {
            problem(QStringLiteral("organisation"), found.error());
        } else {
            unit.orgId = found.value().id;
            path = found.value().path;
        }
        // The rules of the unit's form (kind of organisation, phone, a name not taken), once the
        // row's own problems are told.
        if (problems.isEmpty()) {
            if (const Outcome ok = m_service.check(unit); !ok)
                problem(QString(), ok.error());
        }
        if (problems.isEmpty())
            result.units.append({line, unit, path});
        result.problems.append(problems);
    }
    return result;
}

Result<int> UnitImporter::write(const Check &checked)
{
    if (!checked.ok())
        return Result<int>::failure(checked.problems.isEmpty() ? UnitImport::tr("The file holds no units below its header.")
                                                               : TableFile::describe(checked.problems.first(), checked.kind));
    QList<Unit> units;
    for (const Row &row : checked.units)
        units.append(row.unit);
    return m_service.addAll(units);
}
