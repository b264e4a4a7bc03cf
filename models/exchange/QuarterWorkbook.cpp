#include "QuarterWorkbook.h"

#include "WorkbookSheets.h"
#include "store/FileOps.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(QuarterWorkbook)
};

/// Display width in Excel's units: a CJK character takes two.
int widthOf(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

/// Writes the sheets as they come, each column as wide as its widest cell (up to a limit).
class Writer
{
public:
    explicit Writer(lxw_workbook *workbook)
        : m_workbook(workbook)
        , m_bold(workbook_add_format(workbook))
        , m_date(workbook_add_format(workbook))
    {
        format_set_bold(m_bold);
        format_set_bg_color(m_bold, 0xEEEEEE);
        format_set_num_format(m_date, "yyyy-mm-dd");
    }

    bool sheet(const WorkbookSheets::Sheet &sheet)
    {
        finishSheet();
        const QByteArray title = sheet.title.left(31).toUtf8();
        m_sheet = workbook_add_worksheet(m_workbook, title.constData());
        if (!m_sheet)
            return false;
        m_widths.clear();
        for (int c = 0; c < sheet.headings.size(); ++c) {
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), sheet.headings.at(c).toUtf8().constData(), m_bold);
            m_widths.append(widthOf(sheet.headings.at(c)) + 2);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_row = 1;
        return true;
    }

    bool row(const QList<WorkbookSheets::Cell> &cells)
    {
        using Kind = WorkbookSheets::Cell::Kind;
        for (int c = 0; c < cells.size(); ++c) {
            const WorkbookSheets::Cell &cell = cells.at(c);
            switch (cell.kind) {
            case Kind::Empty:
                break;
            case Kind::Number:
                worksheet_write_number(m_sheet, m_row, lxw_col_t(c), cell.number, nullptr);
                m_widths[c] = std::max(m_widths[c], int(QString::number(cell.number).size()) + 2);
                break;
            case Kind::Date: {
                lxw_datetime when = {cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
                worksheet_write_datetime(m_sheet, m_row, lxw_col_t(c), &when, m_date);
                m_widths[c] = std::max(m_widths[c], 12);
                break;
            }
            case Kind::Text:
                worksheet_write_string(m_sheet, m_row, lxw_col_t(c), cell.text.toUtf8().constData(), nullptr);
                m_widths[c] = std::max(m_widths[c], std::min(60, widthOf(cell.text) + 2));
                break;
            }
        }
        ++m_row;
        return true;
    }

    void finishSheet()
    {
        if (!m_sheet)
            return;
        for (int c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c), nullptr);
        m_sheet = nullptr;
    }

private:
    lxw_workbook *m_workbook;
    lxw_format *m_bold;
    lxw_format *m_date;
    lxw_worksheet *m_sheet = nullptr;
    lxw_row_t m_row = 1;
    QList<int> m_widths;
};

} // namespace

namespace QuarterWorkbook {

Outcome write(const QSqlDatabase &package, const QString &path)
{
    const QString temporary = FileOps::temporaryPathFor(path);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // rows go straight to disk: a city's quarter stays small in memory
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(temporary).constData(), &options);
    if (!workbook)
        return Outcome::failure(Text::tr("The workbook %1 cannot be created.").arg(path));
    Writer writer(workbook);
    bool written = true;
    const Outcome read = WorkbookSheets::read(package, {[&](const WorkbookSheets::Sheet &sheet) { return written = writer.sheet(sheet); },
                                                        [&](const QList<WorkbookSheets::Cell> &row) { return writer.row(row); }});
    writer.finishSheet();
    if (!read || !written) {
        workbook_close(workbook);
        QFile::remove(temporary);
        return Outcome::failure(read ? Text::tr("A sheet of the workbook %1 cannot be written.").arg(path) : read.error());
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Outcome::failure(Text::tr("The workbook %1 could not be written (is the disk full?).").arg(path));
    }
    return FileOps::commitFile(temporary, path);
}

} // namespace QuarterWorkbook
