#include "MemberTemplate.h"

#include "MemberColumns.h"
#include "core/Language.h"
#include "org/OrgRepository.h"
#include "store/FileOps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

#include <vector>

namespace {

class TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(MemberTemplate)
};

/// A list validation with its values given in the cell rule (at most 255 characters in all).
void choiceList(lxw_worksheet *sheet, int column, const QList<QByteArray> &values)
{
    // libxlsxwriter 1.1 takes char pointers it only reads.
    std::vector<char *> list;
    for (const QByteArray &value : values)
        list.push_back(const_cast<char *>(value.constData()));
    list.push_back(nullptr);
    lxw_data_validation validation = {};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = list.data();
    worksheet_data_validation_range(sheet, 1, lxw_col_t(column), 10000, lxw_col_t(column), &validation);
}

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
    const QString temporary = FileOps::temporaryPathFor(path);
    lxw_workbook *workbook = workbook_new(QFile::encodeName(temporary).constData());
    if (!workbook)
        return Outcome::failure(TemplateText::tr("The workbook %1 cannot be created.").arg(QDir::toNativeSeparators(path)));
    const QByteArray membersTitle = TemplateText::tr("Members").toUtf8();
    const QByteArray orgsTitle = TemplateText::tr("Organisations").toUtf8();
    const QByteArray helpTitle = TemplateText::tr("How to fill").toUtf8();
    lxw_worksheet *members = workbook_add_worksheet(workbook, membersTitle.constData());
    lxw_worksheet *orgs = workbook_add_worksheet(workbook, orgsTitle.constData());
    lxw_worksheet *help = workbook_add_worksheet(workbook, helpTitle.constData());

    lxw_format *required = workbook_add_format(workbook);
    format_set_bold(required);
    format_set_bg_color(required, 0xFCE4D6);
    lxw_format *optional = workbook_add_format(workbook);
    format_set_bold(optional);
    format_set_bg_color(optional, 0xEEEEEE);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@"); // phone and ID numbers stay text: no 1.39E+10, no lost last digits

    const QStringList paths = organisations(database);
    const auto &columns = MemberColumns::all();
    for (int c = 0; c < columns.size(); ++c) {
        const MemberColumns::Column &column = columns.at(c);
        const QByteArray heading = MemberColumns::heading(column.key).toUtf8();
        worksheet_write_string(members, 0, lxw_col_t(c), heading.constData(), column.required ? required : optional);
        const bool wide = column.key == QLatin1String("organisation") || column.key == QLatin1String("reported_to")
                          || column.key == QLatin1String("notes") || column.key == QLatin1String("employer");
        const bool digits = column.key == QLatin1String("phone") || column.key == QLatin1String("id_number");
        worksheet_set_column(members, lxw_col_t(c), lxw_col_t(c), wide ? 36 : column.key == QLatin1String("id_number") ? 22 : 14,
                             column.date ? date : digits ? text : nullptr);
        if (column.key == QLatin1String("gender"))
            choiceList(members, c, chinese ? QList<QByteArray>{"男", "女"} : QList<QByteArray>{"male", "female"});
        else if (column.key == QLatin1String("category"))
            choiceList(members, c, chinese ? QList<QByteArray>{"在册", "流动", "在职"} : QList<QByteArray>{"registered", "flowing", "in_service"});
        else if ((column.key == QLatin1String("organisation") || column.key == QLatin1String("reported_to")) && !paths.isEmpty()) {
            const QByteArray range = QStringLiteral("='%1'!$A$2:$A$%2").arg(TemplateText::tr("Organisations")).arg(paths.size() + 1).toUtf8();
            lxw_data_validation validation = {};
            validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            validation.value_formula = const_cast<char *>(range.constData());
            worksheet_data_validation_range(members, 1, lxw_col_t(c), 10000, lxw_col_t(c), &validation);
        }
    }
    worksheet_freeze_panes(members, 1, 0);

    worksheet_write_string(orgs, 0, 0, TemplateText::tr("Organisation (path)").toUtf8().constData(), optional);
    worksheet_set_column(orgs, 0, 0, 48, nullptr);
    for (int r = 0; r < paths.size(); ++r)
        worksheet_write_string(orgs, lxw_row_t(r + 1), 0, paths.at(r).toUtf8().constData(), nullptr);

    const QStringList lines{
        TemplateText::tr("One member per row of the first sheet, below its headings; leave the headings as they are."),
        TemplateText::tr("Coloured headings must be filled in every row; the grey ones may stay empty."),
        TemplateText::tr("Dates as 1975-03-08, 1975/3/8 or 1975年3月8日, or as Excel's dates."),
        TemplateText::tr("Gender 男 or 女; category 在册, 流动 or 在职 (chosen from the list of the cell)."),
        TemplateText::tr("The organisation as the sheet of organisations writes it, or its name when no other organisation has it."),
        TemplateText::tr("Import it on the Members page with Import…: the first rows and every problem are shown before anything is saved; "
                         "one bad row saves nothing."),
    };
    worksheet_set_column(help, 0, 0, 110, nullptr);
    for (int r = 0; r < lines.size(); ++r)
        worksheet_write_string(help, lxw_row_t(r), 0, lines.at(r).toUtf8().constData(), nullptr);

    if (workbook_close(workbook) != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Outcome::failure(TemplateText::tr("The workbook %1 could not be written (is the disk full?).").arg(QDir::toNativeSeparators(path)));
    }
    return FileOps::commitFile(temporary, path);
}

} // namespace MemberTemplate
