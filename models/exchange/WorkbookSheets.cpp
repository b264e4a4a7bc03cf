#include "WorkbookSheets.h"

#include "cobuild/CobuildTypes.h"
#include "core/IsoDate.h"
#include "ledger/LedgerFlow.h"
#include "org/OrgKind.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(QuarterWorkbook)
};

using WorkbookSheets::Cell;

/// How a column's value is shown.
enum class Show {
    Plain,    ///< text or number as it is
    Date,     ///< a real date
    Path,     ///< an organisation id, shown as its path within the package
    Seq,      ///< the row's number in the sheet (what steps refer to)
    ItemSeq,  ///< a ledger item id, shown as that item's number in the items sheet
    YesNo,    ///< 0/1 as 否/是
    OrgKind,
    LedgerState,
    LedgerSource,
    Urgency,
    Satisfaction,
    LedgerAction, ///< record included
    StepDetail,   ///< a step's detail: the whistle or satisfaction it names, in words
    UnitType,
    AgreementKind,
    NeedState,
    ProjectKind,
    ProjectStage,
    ReviewKind,
    TaskState,
};

struct Column
{
    const char *heading;
    Show show = Show::Plain;
};

struct Spec
{
    const char *title;
    QString sql;
    QList<Column> columns;
};

template <typename E>
QString cobuildWord(const QString &code)
{
    const auto value = Cobuild::fromCode<E>(code);
    return value ? Cobuild::displayName(*value) : code;
}

template <typename E, typename From>
QString ledgerWord(const QString &code, From from)
{
    const std::optional<E> value = from(code);
    return value ? LedgerFlow::displayName(*value) : code;
}

QString word(Show show, const QString &code, const QString &action)
{
    switch (show) {
    case Show::OrgKind: {
        const auto kind = OrgKinds::fromCode(code);
        return kind ? OrgKinds::displayName(*kind) : code;
    }
    case Show::LedgerState:
        return ledgerWord<LedgerState>(code, LedgerFlow::stateFromCode);
    case Show::LedgerSource:
        return ledgerWord<LedgerSource>(code, LedgerFlow::sourceFromCode);
    case Show::Urgency:
        return ledgerWord<Urgency>(code, LedgerFlow::urgencyFromCode);
    case Show::Satisfaction:
        return ledgerWord<Satisfaction>(code, LedgerFlow::satisfactionFromCode);
    case Show::LedgerAction:
        return code == QLatin1String("record") ? Text::tr("Record") : ledgerWord<LedgerAction>(code, LedgerFlow::actionFromCode);
    case Show::StepDetail:
        if (action == QLatin1String("escalate"))
            return ledgerWord<Whistle>(code, LedgerFlow::whistleFromCode);
        if (action == QLatin1String("visit"))
            return ledgerWord<Satisfaction>(code, LedgerFlow::satisfactionFromCode);
        if (action == QLatin1String("resume"))
            return Text::tr("%1 working days lost").arg(code);
        return code;
    case Show::UnitType:
        return cobuildWord<UnitType>(code);
    case Show::AgreementKind:
        return cobuildWord<AgreementKind>(code);
    case Show::NeedState:
        return cobuildWord<NeedState>(code);
    case Show::ProjectKind:
        return cobuildWord<ProjectKind>(code);
    case Show::ProjectStage:
        return cobuildWord<ProjectStage>(code);
    case Show::ReviewKind:
        return cobuildWord<ReviewKind>(code);
    case Show::TaskState:
        return cobuildWord<TaskState>(code);
    default:
        return code;
    }
}

QList<Spec> specs()
{
    return {
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisations"),
         QStringLiteral("SELECT id, kind, name, code, secretary, households, established_on, dissolved_on FROM organisation ORDER BY id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Kind"), Show::OrgKind},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Name")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Code")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Secretary")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Households")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Established"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Retired"), Show::Date}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Member figures"),
         QStringLiteral("SELECT org_id, active, probationary, flowing, in_service, joined, left_party FROM member_figures ORDER BY org_id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Active members")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Probationary")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Flowing")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "In service")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Joined in the quarter")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Left in the quarter")}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Ledger items"),
         QStringLiteral("SELECT i.id, i.org_id, c.name, i.source, i.title, i.description, i.location, i.resident_name, i.resident_phone, "
                        "i.urgency, i.recorded_on, i.due_on, i.state, i.holder, i.suspended_since, i.closed_on, i.close_days, i.result, "
                        "i.visited_on, i.satisfaction, i.reopened FROM ledger_item i LEFT JOIN ledger_category c ON c.id = i.category_id "
                        "ORDER BY i.id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "No."), Show::Seq},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Category")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Source"), Show::LedgerSource},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Title")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Details")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Place")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Resident")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Resident's phone")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Urgency"), Show::Urgency},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Recorded"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Due"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "State"), Show::LedgerState},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Held by")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Suspended since"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Closed"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Working days to close")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Result")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Visited"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Satisfaction"), Show::Satisfaction},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Times reopened")}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Ledger steps"),
         QStringLiteral("SELECT e.item_id, i.title, e.happened_on, e.who, e.action, e.from_state, e.to_state, e.detail, e.note, e.action "
                        "FROM ledger_event e JOIN ledger_item i ON i.id = e.item_id ORDER BY e.item_id, e.id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Item no."), Show::ItemSeq},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Item")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Date"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Who")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Step"), Show::LedgerAction},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "From"), Show::LedgerState},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "To"), Show::LedgerState},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Detail"), Show::StepDetail},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Note")}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Units"),
         QStringLiteral("SELECT org_id, name, type, address, contact, phone, party_org, secretary FROM unit ORDER BY name, id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Name")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Type"), Show::UnitType},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Address")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Contact")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Phone")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Party organisation")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Secretary")}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Agreements"),
         QStringLiteral("SELECT a.org_id, u.name, a.kind, a.signed_on, a.ends_on, a.commitments, a.target_per_year FROM agreement a "
                        "JOIN unit u ON u.id = a.unit_id ORDER BY a.id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Unit")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Kind"), Show::AgreementKind},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Signed"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Term ends"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Commitments")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Activities a year")}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Joint activities"),
         QStringLiteral("SELECT a.org_id, u.name, t.held_on, t.title, t.participants, t.members_taking_part FROM activity t "
                        "JOIN agreement a ON a.id = t.agreement_id JOIN unit u ON u.id = a.unit_id ORDER BY t.held_on, t.id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Unit")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Held"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Title")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Participants")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Members taking part")}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Needs"),
         QStringLiteral("SELECT n.org_id, c.name, n.title, n.description, n.posted_on, n.state, n.state_on FROM need n "
                        "LEFT JOIN cobuild_category c ON c.id = n.category_id ORDER BY n.id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Category")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Title")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Details")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Posted"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "State"), Show::NeedState},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "State since"), Show::Date}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Resources"),
         QStringLiteral("SELECT u.name, c.name, r.title, r.capacity, r.available_from, r.available_to, r.withdrawn_on FROM resource r "
                        "JOIN unit u ON u.id = r.unit_id LEFT JOIN cobuild_category c ON c.id = r.category_id ORDER BY r.id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Unit")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Category")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Title")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Capacity")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Available from"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Available until"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Withdrawn"), Show::Date}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Needs matched"),
         QStringLiteral("SELECT n.org_id, n.title, r.title, u.name, l.matched_on FROM need_resource l JOIN need n ON n.id = l.need_id "
                        "JOIN resource r ON r.id = l.resource_id JOIN unit u ON u.id = r.unit_id ORDER BY l.matched_on, n.id, r.id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Need")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Resource")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Unit")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Matched"), Show::Date}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Projects"),
         QStringLiteral("SELECT org_id, kind, title, secretary, stage, approved_on, advancing_on, results_on, concluded_on, budget, "
                        "description FROM project ORDER BY id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Kind"), Show::ProjectKind},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Title")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Secretary")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Stage"), Show::ProjectStage},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Approved"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Advancing"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Showing results"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Concluded"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Budget (yuan)")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Details")}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Project claims"),
         QStringLiteral("SELECT p.title, u.name, c.by_member, c.claimed_on FROM project_claim c JOIN project p ON p.id = c.project_id "
                        "LEFT JOIN unit u ON u.id = c.unit_id ORDER BY c.claimed_on, c.id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Project")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Unit")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "By a member"), Show::YesNo},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Claimed"), Show::Date}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Project reviews"),
         QStringLiteral("SELECT p.title, r.kind, r.held_on, r.note FROM project_review r JOIN project p ON p.id = r.project_id "
                        "ORDER BY r.held_on, r.id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Project")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Kind"), Show::ReviewKind},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Held"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Note")}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Joint meetings"),
         QStringLiteral("SELECT org_id, held_on, attendees, topics, resolutions FROM meeting ORDER BY held_on, id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Held"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Attendees")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Topics")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Resolutions")}}},
        {QT_TRANSLATE_NOOP("QuarterWorkbook", "Tasks"),
         QStringLiteral("SELECT t.org_id, m.held_on, t.title, t.set_on, t.due_on, t.state, t.done_on FROM task t "
                        "LEFT JOIN meeting m ON m.id = t.meeting_id ORDER BY t.id"),
         {{QT_TRANSLATE_NOOP("QuarterWorkbook", "Organisation"), Show::Path},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "From the meeting of"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Title")},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Set"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Due"), Show::Date},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "State"), Show::TaskState},
          {QT_TRANSLATE_NOOP("QuarterWorkbook", "Done"), Show::Date}}},
    };
}

/// Each organisation's path of names within the package (its top first).
Result<QHash<qint64, QString>> paths(const QSqlDatabase &package)
{
    QSqlQuery query(package);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("WITH RECURSIVE tree (id, path) AS (SELECT id, name FROM organisation WHERE parent_id IS NULL "
                                   "UNION SELECT o.id, tree.path || '/' || o.name FROM organisation o JOIN tree ON o.parent_id = tree.id) "
                                   "SELECT id, path FROM tree")))
        return Result<QHash<qint64, QString>>::failure(StoreHealth::describe(query.lastError()));
    QHash<qint64, QString> out;
    while (query.next())
        out.insert(query.value(0).toLongLong(), query.value(1).toString());
    return out;
}

} // namespace

namespace WorkbookSheets {

QString text(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Text:
        return cell.text;
    case Cell::Kind::Number:
        return QString::number(cell.number, 'g', 15);
    case Cell::Kind::Date:
        return IsoDate::format(cell.date);
    }
    return {};
}

Outcome read(const QSqlDatabase &package, const Visitor &visitor)
{
    const auto orgPaths = paths(package);
    if (!orgPaths)
        return Outcome::failure(orgPaths.error());
    QHash<qint64, qint64> itemSeq; // ledger item id → its number in the items sheet
    for (const Spec &spec : specs()) {
        Sheet sheet{QCoreApplication::translate("QuarterWorkbook", spec.title), {}};
        for (const Column &column : spec.columns)
            sheet.headings.append(QCoreApplication::translate("QuarterWorkbook", column.heading));
        if (!visitor.sheet(sheet))
            return Outcome::success();
        QSqlQuery query(package);
        query.setForwardOnly(true);
        if (!query.exec(spec.sql))
            return Outcome::failure(Text::tr("The sheet %1 cannot be read: %2").arg(sheet.title, StoreHealth::describe(query.lastError())));
        qint64 seq = 0;
        QList<Cell> row(spec.columns.size());
        // The step's action rides along after its columns, for the detail's words.
        const bool withAction = query.record().count() > spec.columns.size();
        while (query.next()) {
            ++seq;
            const QString action = withAction ? query.value(int(spec.columns.size())).toString() : QString();
            for (int c = 0; c < spec.columns.size(); ++c) {
                const QVariant value = query.value(c);
                Cell &cell = row[c];
                cell = Cell();
                const Show show = spec.columns.at(c).show;
                if (show == Show::Seq) {
                    itemSeq.insert(value.toLongLong(), seq);
                    cell = {Cell::Kind::Number, {}, double(seq), {}};
                    continue;
                }
                if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
                    continue;
                switch (show) {
                case Show::Path:
                    cell = {Cell::Kind::Text, orgPaths.value().value(value.toLongLong()), 0, {}};
                    break;
                case Show::ItemSeq:
                    cell = {Cell::Kind::Number, {}, double(itemSeq.value(value.toLongLong())), {}};
                    break;
                case Show::Date:
                    if (const auto date = IsoDate::parse(value.toString()))
                        cell = {Cell::Kind::Date, {}, 0, *date};
                    break;
                case Show::YesNo:
                    cell = {Cell::Kind::Text, value.toLongLong() ? Text::tr("Yes") : Text::tr("No"), 0, {}};
                    break;
                case Show::Plain:
                    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double)
                        cell = {Cell::Kind::Number, {}, value.toDouble(), {}};
                    else
                        cell = {Cell::Kind::Text, value.toString(), 0, {}};
                    break;
                default:
                    cell = {Cell::Kind::Text, word(show, value.toString(), action), 0, {}};
                    break;
                }
            }
            if (!visitor.row(row))
                return Outcome::success();
        }
        if (query.lastError().isValid())
            return Outcome::failure(Text::tr("The sheet %1 cannot be read: %2").arg(sheet.title, StoreHealth::describe(query.lastError())));
    }
    return Outcome::success();
}

} // namespace WorkbookSheets
