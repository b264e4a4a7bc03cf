#include "QuarterWorkbook.h"

#include "PackageChecksum.h"
#include "cobuild/CobuildTypes.h"
#include "core/IsoDate.h"
#include "ledger/LedgerFlow.h"
#include "org/OrgKind.h"
#include "store/FileOps.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <xlsxwriter.h>

#include <algorithm>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(QuarterWorkbook)
};

template <typename E>
QString enumName(const QString &code)
{
    const auto value = Cobuild::fromCode<E>(code);
    return value ? Cobuild::displayName(*value) : code;
}

template <typename E, typename From>
QString ledgerName(const QString &code, From from)
{
    const std::optional<E> value = from(code);
    return value ? LedgerFlow::displayName(*value) : code;
}

/// Codes as the clerk reads them.
QString displayValue(const QString &table, const QString &column, const QString &code)
{
    if (column == QLatin1String("kind") && table == QLatin1String("organisation")) {
        const auto kind = OrgKinds::fromCode(code);
        return kind ? OrgKinds::displayName(*kind) : code;
    }
    if (table == QLatin1String("ledger_item") || table == QLatin1String("ledger_event")) {
        if (column == QLatin1String("state") || column == QLatin1String("from_state") || column == QLatin1String("to_state"))
            return ledgerName<LedgerState>(code, LedgerFlow::stateFromCode);
        if (column == QLatin1String("source"))
            return ledgerName<LedgerSource>(code, LedgerFlow::sourceFromCode);
        if (column == QLatin1String("urgency"))
            return ledgerName<Urgency>(code, LedgerFlow::urgencyFromCode);
        if (column == QLatin1String("satisfaction"))
            return ledgerName<Satisfaction>(code, LedgerFlow::satisfactionFromCode);
        if (column == QLatin1String("action"))
            return ledgerName<LedgerAction>(code, LedgerFlow::actionFromCode);
    }
    if (table == QLatin1String("unit") && column == QLatin1String("type"))
        return enumName<UnitType>(code);
    if (table == QLatin1String("agreement") && column == QLatin1String("kind"))
        return enumName<AgreementKind>(code);
    if (table == QLatin1String("need") && column == QLatin1String("state"))
        return enumName<NeedState>(code);
    if (table == QLatin1String("project") && column == QLatin1String("kind"))
        return enumName<ProjectKind>(code);
    if (table == QLatin1String("project") && column == QLatin1String("stage"))
        return enumName<ProjectStage>(code);
    if (table == QLatin1String("project_review") && column == QLatin1String("kind"))
        return enumName<ReviewKind>(code);
    if (table == QLatin1String("task") && column == QLatin1String("state"))
        return enumName<TaskState>(code);
    return code;
}

bool isDateColumn(const QString &column)
{
    return column.endsWith(QLatin1String("_on")) || column == QLatin1String("available_from")
           || column == QLatin1String("available_to") || column == QLatin1String("suspended_since");
}

/// Display width in Excel's units: a CJK character takes two.
int widthOf(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

} // namespace

namespace QuarterWorkbook {

QString sheetTitle(const QString &table)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisations")},
        {QStringLiteral("member_figures"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Member figures")},
        {QStringLiteral("ledger_category"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Ledger categories")},
        {QStringLiteral("ledger_item"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Ledger items")},
        {QStringLiteral("ledger_event"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Ledger steps")},
        {QStringLiteral("cobuild_category"), QT_TRANSLATE_NOOP("QuarterWorkbook", "List categories")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Units")},
        {QStringLiteral("agreement"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Agreements")},
        {QStringLiteral("activity"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Joint activities")},
        {QStringLiteral("need"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Needs")},
        {QStringLiteral("resource"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Resources")},
        {QStringLiteral("need_resource"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Needs matched")},
        {QStringLiteral("project"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Projects")},
        {QStringLiteral("project_claim"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Project claims")},
        {QStringLiteral("project_review"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Project reviews")},
        {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Joint meetings")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Tasks")},
    };
    const char *title = titles.value(table);
    return title ? QCoreApplication::translate("QuarterWorkbook", title) : table;
}

QString heading(const QString &column)
{
    static const QHash<QString, const char *> headings = {
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "No.")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Parent no.")},
        {QStringLiteral("org_id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation no.")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Kind")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Name")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Code")},
        {QStringLiteral("secretary"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Secretary")},
        {QStringLiteral("households"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Households")},
        {QStringLiteral("established_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Established")},
        {QStringLiteral("dissolved_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Retired")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Active members")},
        {QStringLiteral("probationary"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Probationary")},
        {QStringLiteral("flowing"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Flowing")},
        {QStringLiteral("in_service"), QT_TRANSLATE_NOOP("QuarterWorkbook", "In service")},
        {QStringLiteral("joined"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Joined in the quarter")},
        {QStringLiteral("left_party"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Left in the quarter")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Source")},
        {QStringLiteral("category_id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Category no.")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Title")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Details")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Place")},
        {QStringLiteral("resident_name"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Resident")},
        {QStringLiteral("resident_phone"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Resident's phone")},
        {QStringLiteral("urgency"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Urgency")},
        {QStringLiteral("recorded_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Recorded")},
        {QStringLiteral("due_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Due")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("QuarterWorkbook", "State")},
        {QStringLiteral("holder"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Held by")},
        {QStringLiteral("suspended_since"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Suspended since")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Closed")},
        {QStringLiteral("close_days"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Working days to close")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Result")},
        {QStringLiteral("visited_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Visited")},
        {QStringLiteral("satisfaction"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Satisfaction")},
        {QStringLiteral("reopened"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Reopened")},
        {QStringLiteral("item_id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Item no.")},
        {QStringLiteral("happened_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Date")},
        {QStringLiteral("who"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Who")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Step")},
        {QStringLiteral("from_state"), QT_TRANSLATE_NOOP("QuarterWorkbook", "From")},
        {QStringLiteral("to_state"), QT_TRANSLATE_NOOP("QuarterWorkbook", "To")},
        {QStringLiteral("detail"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Detail")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Note")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Type")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Address")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Contact")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Phone")},
        {QStringLiteral("party_org"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Party organisation")},
        {QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Unit no.")},
        {QStringLiteral("signed_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Signed")},
        {QStringLiteral("ends_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Term ends")},
        {QStringLiteral("commitments"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Commitments")},
        {QStringLiteral("target_per_year"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Activities a year")},
        {QStringLiteral("agreement_id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Agreement no.")},
        {QStringLiteral("held_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Held")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Participants")},
        {QStringLiteral("members_taking_part"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Members taking part")},
        {QStringLiteral("posted_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Posted")},
        {QStringLiteral("state_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "State since")},
        {QStringLiteral("capacity"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Capacity")},
        {QStringLiteral("available_from"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Available from")},
        {QStringLiteral("available_to"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Available until")},
        {QStringLiteral("withdrawn_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Withdrawn")},
        {QStringLiteral("need_id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Need no.")},
        {QStringLiteral("resource_id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Resource no.")},
        {QStringLiteral("matched_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Matched")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Stage")},
        {QStringLiteral("approved_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Approved")},
        {QStringLiteral("advancing_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Advancing")},
        {QStringLiteral("results_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Showing results")},
        {QStringLiteral("concluded_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Concluded")},
        {QStringLiteral("budget"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Budget (yuan)")},
        {QStringLiteral("project_id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Project no.")},
        {QStringLiteral("by_member"), QT_TRANSLATE_NOOP("QuarterWorkbook", "By a member")},
        {QStringLiteral("claimed_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Claimed")},
        {QStringLiteral("attendees"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Attendees")},
        {QStringLiteral("topics"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Topics")},
        {QStringLiteral("resolutions"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Resolutions")},
        {QStringLiteral("meeting_id"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Meeting no.")},
        {QStringLiteral("set_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Set")},
        {QStringLiteral("done_on"), QT_TRANSLATE_NOOP("QuarterWorkbook", "Done")},
    };
    const char *text = headings.value(column);
    return text ? QCoreApplication::translate("QuarterWorkbook", text) : column;
}

Outcome write(const QSqlDatabase &package, const QString &path)
{
    const QString temporary = FileOps::temporaryPathFor(path);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // rows go straight to disk: a city's quarter stays small in memory
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(temporary).constData(), &options);
    if (!workbook)
        return Outcome::failure(Text::tr("The workbook %1 cannot be created.").arg(path));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xEEEEEE);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");

    for (const QString &table : PackageChecksum::tables()) {
        const QByteArray title = sheetTitle(table).left(31).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, title.constData());
        QSqlQuery query(package);
        query.setForwardOnly(true);
        if (!sheet || !query.exec(QStringLiteral("SELECT * FROM main.%1 ORDER BY 1").arg(table))) {
            workbook_close(workbook);
            QFile::remove(temporary);
            return Outcome::failure(Text::tr("The sheet for %1 cannot be written.").arg(table));
        }
        const QSqlRecord record = query.record();
        QList<int> widths;
        for (int c = 0; c < record.count(); ++c) {
            const QString head = heading(record.fieldName(c));
            worksheet_write_string(sheet, 0, lxw_col_t(c), head.toUtf8().constData(), bold);
            widths.append(widthOf(head) + 2);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        lxw_row_t row = 1;
        while (query.next()) {
            for (int c = 0; c < record.count(); ++c) {
                const QVariant value = query.value(c);
                if (value.isNull())
                    continue;
                const QString column = record.fieldName(c);
                if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double) {
                    worksheet_write_number(sheet, row, lxw_col_t(c), value.toDouble(), nullptr);
                    widths[c] = std::max(widths[c], int(value.toString().size()) + 2);
                    continue;
                }
                const QString text = value.toString();
                const auto date = isDateColumn(column) ? IsoDate::parse(text) : std::nullopt;
                if (date) {
                    lxw_datetime when = {date->year(), date->month(), date->day(), 0, 0, 0};
                    worksheet_write_datetime(sheet, row, lxw_col_t(c), &when, dateFormat);
                    widths[c] = std::max(widths[c], 12);
                    continue;
                }
                const QString shown = displayValue(table, column, text);
                worksheet_write_string(sheet, row, lxw_col_t(c), shown.toUtf8().constData(), nullptr);
                widths[c] = std::max(widths[c], std::min(60, widthOf(shown) + 2));
            }
            ++row;
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Outcome::failure(Text::tr("The workbook %1 could not be written (is the disk full?).").arg(path));
    }
    return FileOps::commitFile(temporary, path);
}

} // namespace QuarterWorkbook
