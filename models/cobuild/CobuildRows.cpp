#include "CobuildList.h"

#include "CobuildTypes.h"
#include "Fulfilment.h"
#include "guarantee/GuaranteeRows.h"
#include "MeetingRhythm.h"
#include "core/IsoDate.h"
#include "org/OrgKind.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace {

/// The translation context of the texts in this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CobuildRows)
};

template <typename E>
QString nameOf(const QVariant &code)
{
    const auto value = Cobuild::fromCode<E>(code.toString());
    return value ? Cobuild::displayName(*value) : code.toString();
}

struct ListSql
{
    QString select; ///< SELECT … FROM … (the row id first)
    QString scopeColumn;
    QString order;
};

ListSql sqlFor(CobuildList list)
{
    switch (list) {
    case CobuildList::Units:
        return {QStringLiteral("SELECT u.id, u.name, u.type, o.name, u.party_org, u.secretary, u.contact, u.phone, "
                               "(SELECT count(*) FROM unit_membership m WHERE m.unit_id = u.id AND (m.left_on IS NULL OR m.left_on >= :asOf)), "
                               "(SELECT count(*) FROM agreement a WHERE a.unit_id = u.id AND a.ends_on >= :asOf) "
                               "FROM unit u JOIN organisation o ON o.id = u.org_id"),
                QStringLiteral("u.org_id"), QStringLiteral("u.name")};
    case CobuildList::Agreements:
        return {QStringLiteral("SELECT a.id, o.name, u.name, a.kind, a.signed_on, a.ends_on, a.target_per_year, "
                               "(SELECT count(*) FROM activity t WHERE t.agreement_id = a.id AND t.held_on >= :yearStart AND t.held_on <= :asOf) "
                               "FROM agreement a JOIN organisation o ON o.id = a.org_id JOIN unit u ON u.id = a.unit_id"),
                QStringLiteral("a.org_id"), QStringLiteral("a.ends_on < :asOf, a.signed_on DESC, a.id DESC")};
    case CobuildList::Activities:
        return {QStringLiteral("SELECT t.id, t.held_on, o.name, t.kind, t.title, u.name, t.participants, "
                               "(SELECT count(*) FROM activity_member m WHERE m.activity_id = t.id), t.hours, v.name "
                               "FROM activity t JOIN organisation o ON o.id = t.org_id "
                               "LEFT JOIN agreement a ON a.id = t.agreement_id LEFT JOIN unit u ON u.id = a.unit_id "
                               "LEFT JOIN venue v ON v.id = t.venue_id"),
                QStringLiteral("t.org_id"), QStringLiteral("t.held_on DESC, t.id DESC")};
    case CobuildList::Needs:
        return {QStringLiteral("SELECT n.id, n.posted_on, o.name, c.name, n.title, n.state, "
                               "(SELECT count(*) FROM need_resource l WHERE l.need_id = n.id) "
                               "FROM need n JOIN organisation o ON o.id = n.org_id JOIN cobuild_category c ON c.id = n.category_id"),
                QStringLiteral("n.org_id"), QStringLiteral("n.posted_on DESC, n.id DESC")};
    case CobuildList::Resources:
        return {QStringLiteral("SELECT r.id, u.name, c.name, r.title, r.capacity, r.available_from, r.available_to, r.withdrawn_on, "
                               "(SELECT count(*) FROM need_resource l WHERE l.resource_id = r.id) "
                               "FROM resource r JOIN unit u ON u.id = r.unit_id JOIN cobuild_category c ON c.id = r.category_id"),
                QStringLiteral("u.org_id"), QStringLiteral("r.available_from DESC, r.id DESC")};
    case CobuildList::Projects:
        return {QStringLiteral("SELECT p.id, p.kind, p.title, o.name, p.secretary, p.stage, p.approved_on, "
                               "(SELECT count(*) FROM project_claim c WHERE c.project_id = p.id), p.budget, "
                               "(SELECT max(held_on) FROM project_review r WHERE r.project_id = p.id) "
                               "FROM project p JOIN organisation o ON o.id = p.org_id"),
                QStringLiteral("p.org_id"), QStringLiteral("p.approved_on DESC, p.id DESC")};
    case CobuildList::Meetings:
        return {QStringLiteral("SELECT m.id, m.held_on, o.name, o.kind, m.topics, m.kind, "
                               "(SELECT count(*) FROM meeting_unit mu WHERE mu.meeting_id = m.id), "
                               "(SELECT count(*) FROM task t WHERE t.meeting_id = m.id) "
                               "FROM meeting m JOIN organisation o ON o.id = m.org_id"),
                QStringLiteral("m.org_id"), QStringLiteral("m.held_on DESC, m.id DESC")};
    case CobuildList::Tasks:
        return {QStringLiteral("SELECT t.id, o.name, t.title, t.set_on, t.due_on, t.state, t.done_on "
                               "FROM task t JOIN organisation o ON o.id = t.org_id"),
                QStringLiteral("t.org_id"), QStringLiteral("t.state <> 'open', t.due_on, t.id")};
    default:
        break;
    }
    return {};
}

CobuildRow rowFrom(CobuildList list, const QSqlQuery &q, const QDate &asOf)
{
    CobuildRow row;
    row.id = q.value(0).toLongLong();
    const auto text = [&](int i) { return q.value(i).toString(); };
    switch (list) {
    case CobuildList::Units:
        row.cells = {text(1), nameOf<UnitType>(q.value(2)), text(3), text(4), text(5),
                     q.value(7).toString().isEmpty() ? text(6) : QStringLiteral("%1 %2").arg(text(6), text(7)).trimmed(),
                     q.value(8).toInt(), q.value(9).toInt()};
        break;
    case CobuildList::Agreements: {
        const Fulfilment f = Fulfilment::compute(IsoDate::fromSql(q.value(4)), IsoDate::fromSql(q.value(5)), q.value(6).toInt(),
                                                 q.value(7).toInt(), asOf);
        const bool ended = IsoDate::fromSql(q.value(5)) < asOf;
        QStringList notes;
        if (f.expiring)
            notes.append(Text::tr("Expires within %1 days").arg(Fulfilment::expiringWithinDays));
        if (f.behind && !ended)
            notes.append(Text::tr("Behind target: %1 of %2 due by now").arg(f.done).arg(f.expectedByNow));
        if (ended)
            notes.append(Text::tr("Ended"));
        row.cells = {row.id, text(1), text(2), nameOf<AgreementKind>(q.value(3)), text(4), text(5),
                     ended ? QString() : QStringLiteral("%1 / %2").arg(f.done).arg(f.target), notes.join(QStringLiteral("; "))};
        row.flagged = !ended && (f.expiring || f.behind);
        row.flagNote = notes.join(QLatin1Char('\n'));
        break;
    }
    case CobuildList::Needs:
        row.cells = {row.id, text(1), text(2), text(3), text(4), nameOf<NeedState>(q.value(5)), q.value(6).toInt()};
        break;
    case CobuildList::Resources: {
        const QDate to = IsoDate::fromSql(q.value(6));
        const QDate withdrawn = IsoDate::fromSql(q.value(7));
        const QString state = withdrawn.isValid() ? Text::tr("Withdrawn %1").arg(IsoDate::format(withdrawn))
                              : (to.isValid() && to < asOf) ? Text::tr("Ended")
                              : IsoDate::fromSql(q.value(5)) > asOf ? Text::tr("From %1").arg(text(5))
                                                                     : Text::tr("Available");
        row.cells = {row.id, text(1), text(2), text(3), text(4), text(5), to.isValid() ? text(6) : Text::tr("open-ended"), state,
                     q.value(8).toInt()};
        break;
    }
    case CobuildList::Projects: {
        row.cells = {row.id, nameOf<ProjectKind>(q.value(1)), text(2), text(3), text(4), nameOf<ProjectStage>(q.value(5)),
                     text(6), q.value(7).toInt(), q.value(8).isNull() ? QVariant() : QVariant(q.value(8).toDouble()), text(9)};
        break;
    }
    case CobuildList::Meetings: {
        const auto kind = OrgKinds::fromCode(text(3));
        row.cells = {row.id, text(1), nameOf<MeetingKind>(q.value(5)), text(2), kind ? OrgKinds::displayName(*kind) : text(3), text(4),
                     q.value(6).toInt(), q.value(7).toInt()};
        break;
    }
    case CobuildList::Activities:
        row.cells = {row.id, text(1), text(2), nameOf<ActivityKind>(q.value(3)), text(4), text(5), q.value(6).toInt(), q.value(7).toInt(),
                     q.value(8).isNull() ? QVariant() : QVariant(q.value(8).toDouble()), text(9)};
        break;
    case CobuildList::Tasks: {
        const QDate due = IsoDate::fromSql(q.value(4));
        const bool open = q.value(5).toString() == QLatin1String("open");
        row.flagged = open && due < asOf;
        if (row.flagged)
            row.flagNote = Text::tr("Overdue by %1 days").arg(due.daysTo(asOf));
        row.cells = {row.id, text(1), text(2), text(3), text(4),
                     row.flagged ? Text::tr("Overdue") : nameOf<TaskState>(q.value(5)), text(6)};
        break;
    }
    default:
        break;
    }
    return row;
}

} // namespace

namespace CobuildRows {

const QList<CobuildList> &lists()
{
    static const QList<CobuildList> all = {CobuildList::Units,    CobuildList::Agreements, CobuildList::Activities, CobuildList::Needs,
                                           CobuildList::Resources, CobuildList::Projects,  CobuildList::Meetings,
                                           CobuildList::Tasks};
    return all;
}

QStringList headers(CobuildList list)
{
    switch (list) {
    case CobuildList::Units:
        return {Text::tr("Unit"), Text::tr("Type"), Text::tr("Resident in"), Text::tr("Party organisation"), Text::tr("Secretary"), Text::tr("Contact"),
                Text::tr("Committee seats"), Text::tr("Agreements in force")};
    case CobuildList::Agreements:
        return {Text::tr("No."), Text::tr("Organisation"), Text::tr("Unit"), Text::tr("Kind"), Text::tr("Signed"), Text::tr("Term ends"), Text::tr("Activities this year"),
                Text::tr("Attention")};
    case CobuildList::Needs:
        return {Text::tr("No."), Text::tr("Posted"), Text::tr("Posted by"), Text::tr("Category"), Text::tr("Need"), Text::tr("State"), Text::tr("Resources")};
    case CobuildList::Resources:
        return {Text::tr("No."), Text::tr("Unit"), Text::tr("Category"), Text::tr("Resource"), Text::tr("Capacity"), Text::tr("Available from"), Text::tr("Until"),
                Text::tr("State"), Text::tr("Needs met")};
    case CobuildList::Projects:
        return {Text::tr("No."), Text::tr("Kind"), Text::tr("Project"), Text::tr("Lead"), Text::tr("Secretary"), Text::tr("Stage"), Text::tr("Approved"), Text::tr("Claims"),
                Text::tr("Budget (yuan)"), Text::tr("Last review")};
    case CobuildList::Activities:
        return {Text::tr("No."), Text::tr("Held"), Text::tr("Organisation"), Text::tr("Kind"), Text::tr("Activity"), Text::tr("Agreement with"),
                Text::tr("Participants"), Text::tr("Members"), Text::tr("Hours"), Text::tr("Venue")};
    case CobuildList::Meetings:
        return {Text::tr("No."), Text::tr("Held"), Text::tr("Kind"), Text::tr("Organisation"), Text::tr("Level"), Text::tr("Topics"), Text::tr("Units"),
                Text::tr("Tasks")};
    case CobuildList::Tasks:
        return {Text::tr("No."), Text::tr("Owner"), Text::tr("Task"), Text::tr("Set"), Text::tr("Due"), Text::tr("State"), Text::tr("Done")};
    default:
        return GuaranteeRows::headers(list);
    }
}

int flagColumn(CobuildList list)
{
    switch (list) {
    case CobuildList::Agreements: return 7;
    case CobuildList::Tasks: return 5;
    default: return GuaranteeRows::flagColumn(list);
    }
}

QList<CobuildRow> read(const QSqlDatabase &db, CobuildList list, qint64 orgId, const QDate &asOf)
{
    if (GuaranteeRows::lists().contains(list))
        return GuaranteeRows::read(db, list, orgId, asOf);
    const ListSql sql = sqlFor(list);
    SqlCondition condition;
    condition.addSubtree(db, orgId, sql.scopeColumn);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql.select + condition.sql() + QStringLiteral(" ORDER BY ") + sql.order);
    condition.bind(query);
    if (sql.select.contains(QLatin1String(":asOf")) || sql.order.contains(QLatin1String(":asOf")))
        query.bindValue(QStringLiteral(":asOf"), IsoDate::format(asOf));
    if (sql.select.contains(QLatin1String(":yearStart")))
        query.bindValue(QStringLiteral(":yearStart"), IsoDate::format(QDate(asOf.year(), 1, 1)));
    QList<CobuildRow> rows;
    if (!SqlRead::run(query))
        return rows;
    while (query.next())
        rows.append(rowFrom(list, query, asOf));
    SqlRead::finished(query);
    return rows;
}

} // namespace CobuildRows
