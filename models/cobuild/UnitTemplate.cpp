#include "UnitTemplate.h"

#include "CobuildTypes.h"
#include "UnitImporter.h"
#include "core/Language.h"
#include "core/TemplateWorkbook.h"
#include "org/OrgRepository.h"

#include <QCoreApplication>

namespace {

class TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(UnitTemplate)
};

} // namespace

namespace UnitTemplate {

Outcome write(const Database &database, const QString &path)
{
    TemplateWorkbook workbook;
    workbook.sheetTitle = TemplateText::tr("Units");
    workbook.columns = &UnitImporter::columns();
    QStringList types;
    for (const UnitType type : Cobuild::all<UnitType>())
        types.append(Language::current() == QLatin1String("zh_CN") ? Cobuild::displayName(type) : Cobuild::code(type));
    workbook.choices.insert(QStringLiteral("type"), types);
    // A unit is resident in a sub-district or a community.
    for (const OrgPathEntry &entry : OrgRepository(database).listAll()) {
        if (entry.active && (entry.kind == OrgKind::Subdistrict || entry.kind == OrgKind::Community))
            workbook.organisations.append(entry.path);
    }
    workbook.organisationKeys = {QStringLiteral("organisation")};
    workbook.textKeys = {QStringLiteral("phone")};
    workbook.wideKeys = {QStringLiteral("name"), QStringLiteral("organisation"), QStringLiteral("address"), QStringLiteral("party_org")};
    workbook.help = {
        TemplateText::tr("One unit per row of the first sheet, below its headings; leave the headings as they are."),
        TemplateText::tr("Coloured headings must be filled in every row; the grey ones may stay empty."),
        TemplateText::tr("The type is chosen from the list of the cell; the sub-district or community as the sheet of organisations "
                         "writes it, or its name when no other organisation has it."),
        TemplateText::tr("Import it on the Co-building page, Units, with Import…: every problem is shown before anything is saved; "
                         "one bad row saves nothing."),
    };
    return workbook.write(path);
}

} // namespace UnitTemplate
