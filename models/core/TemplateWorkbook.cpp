#include "TemplateWorkbook.h"

#include "store/FileOps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

#include <vector>

namespace {

class TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateWorkbook)
};

constexpr lxw_row_t lastRow = 10000;

/// A list validation with its values given in the cell rule (at most 255 characters in all).
void choiceList(lxw_worksheet *sheet, int column, const QStringList &values)
{
    QList<QByteArray> bytes;
    for (const QString &value : values)
        bytes.append(value.toUtf8());
    // libxlsxwriter 1.1 takes char pointers it only reads.
    std::vector<char *> list;
    for (const QByteArray &value : bytes)
        list.push_back(const_cast<char *>(value.constData()));
    list.push_back(nullptr);
    lxw_data_validation validation = {};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = list.data();
    worksheet_data_validation_range(sheet, 1, lxw_col_t(column), lastRow, lxw_col_t(column), &validation);
}

} // namespace

Outcome TemplateWorkbook::write(const QString &path) const
{
    const QString temporary = FileOps::temporaryPathFor(path);
    lxw_workbook *workbook = workbook_new(QFile::encodeName(temporary).constData());
    if (!workbook)
        return Outcome::failure(TemplateText::tr("The workbook %1 cannot be created.").arg(QDir::toNativeSeparators(path)));
    const QString orgsTitle = TemplateText::tr("Organisations");
    lxw_worksheet *list = workbook_add_worksheet(workbook, sheetTitle.toUtf8().constData());
    lxw_worksheet *orgs = workbook_add_worksheet(workbook, orgsTitle.toUtf8().constData());
    lxw_worksheet *notes = workbook_add_worksheet(workbook, TemplateText::tr("How to fill").toUtf8().constData());

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

    const auto &all = columns->all();
    for (int c = 0; c < all.size(); ++c) {
        const TableColumns::Column &column = all.at(c);
        worksheet_write_string(list, 0, lxw_col_t(c), columns->heading(column.key).toUtf8().constData(), column.required ? required : optional);
        const double width = wideKeys.contains(column.key) ? 36 : textKeys.contains(column.key) ? 22 : 14;
        worksheet_set_column(list, lxw_col_t(c), lxw_col_t(c), width, column.date ? date : textKeys.contains(column.key) ? text : nullptr);
        if (choices.contains(column.key)) {
            choiceList(list, c, choices.value(column.key));
        } else if (organisationKeys.contains(column.key) && !organisations.isEmpty()) {
            const QByteArray range = QStringLiteral("='%1'!$A$2:$A$%2").arg(orgsTitle).arg(organisations.size() + 1).toUtf8();
            lxw_data_validation validation = {};
            validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            validation.value_formula = const_cast<char *>(range.constData());
            worksheet_data_validation_range(list, 1, lxw_col_t(c), lastRow, lxw_col_t(c), &validation);
        }
    }
    worksheet_freeze_panes(list, 1, 0);

    worksheet_write_string(orgs, 0, 0, TemplateText::tr("Organisation (path)").toUtf8().constData(), optional);
    worksheet_set_column(orgs, 0, 0, 48, nullptr);
    for (int r = 0; r < organisations.size(); ++r)
        worksheet_write_string(orgs, lxw_row_t(r + 1), 0, organisations.at(r).toUtf8().constData(), nullptr);

    worksheet_set_column(notes, 0, 0, 110, nullptr);
    for (int r = 0; r < help.size(); ++r)
        worksheet_write_string(notes, lxw_row_t(r), 0, help.at(r).toUtf8().constData(), nullptr);

    if (workbook_close(workbook) != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Outcome::failure(TemplateText::tr("The workbook %1 could not be written (is the disk full?).").arg(QDir::toNativeSeparators(path)));
    }
    return FileOps::commitFile(temporary, path);
}
