#include "MemberTemplate.h"

#include "MemberColumns.h"
#include "core/Language.h"
#include "org/OrgRepository.h"
#include "core/TemplateWorkbook.h"

#include <QCoreApplication>

namespace {

class TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(MemberTemplate)
};

} // namespace

namespace MemberTemplate {

QStringList organisations(const Database &database)
{
    QStringList paths;
    for (const OrgPathEntry &entry : OrgRepository(database).listAll()) {
        if (entry.active && entry.path.contains(QLatin1Char('/')))
            paths.append(entry.path);
    }
    return paths;
}

Outcome write(const Database &database, const QString &path)
{
    const bool chinese = Language::current() == QLatin1String("zh_CN");
    TemplateWorkbook workbook;
    workbook.sheetTitle = TemplateText::tr("Members");
    workbook.columns = &MemberColumns::columns();
    workbook.choices.insert(QStringLiteral("gender"), chinese ? QStringList{QStringLiteral("男"), QStringLiteral("女")}
                                                              : QStringList{QStringLiteral("male"), QStringLiteral("female")});
    workbook.choices.insert(QStringLiteral("category"), chinese ? QStringList{QStringLiteral("在册"), QStringLiteral("流动"), QStringLiteral("在职")}
                                                                : QStringList{QStringLiteral("registered"), QStringLiteral("flowing"), QStringLiteral("in_service")});
    workbook.organisationKeys = {QStringLiteral("organisation"), QStringLiteral("reported_to")};
    workbook.organisations = organisations(database);
    workbook.textKeys = {QStringLiteral("phone"), QStringLiteral("id_number")};
    workbook.wideKeys = {QStringLiteral("organisation"), QStringLiteral("reported_to"), QStringLiteral("notes"), QStringLiteral("employer")};
    workbook.help = {
        TemplateText::tr("One member per row of the first sheet, below its headings; leave the headings as they are."),
        TemplateText::tr("Coloured headings must be filled in every row; the grey ones may stay empty."),
        TemplateText::tr("Dates as 1975-03-08, 1975/3/8 or 1975年3月8日, or as Excel's dates."),
        TemplateText::tr("Gender 男 or 女; category 在册, 流动 or 在职 (chosen from the list of the cell)."),
        TemplateText::tr("The organisation as the sheet of organisations writes it, or its name when no other organisation has it."),
        TemplateText::tr("Import it on the Members page with Import…: the first rows and every problem are shown before anything is saved; "
                         "one bad row saves nothing."),
    };
    return workbook.write(path);
}

} // namespace MemberTemplate
