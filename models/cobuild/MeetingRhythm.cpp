#include "MeetingRhythm.h"

#include "core/IsoDate.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace MeetingRhythm {

std::optional<MeetingCadence> cadenceFor(OrgKind kind)
{
    switch (kind) {
    case OrgKind::District: return MeetingCadence::Monthly;
    case OrgKind::Subdistrict:
    case OrgKind::Community: return MeetingCadence::Quarterly;
    default: return std::nullopt;
    }
}

QDate periodStart(MeetingCadence cadence, const QDate &date)
{
    if (cadence == MeetingCadence::Monthly)
        return QDate(date.year(), date.month(), 1);
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

QDate periodEnd(MeetingCadence cadence, const QDate &date)
{
    const QDate start = periodStart(cadence, date);
    return start.addMonths(cadence == MeetingCadence::Monthly ? 1 : 3).addDays(-1);
}

MeetingStanding standing(MeetingCadence cadence, const QDate &lastHeld, const QDate &established, const QDate &asOf)
{
    const QDate current = periodStart(cadence, asOf);
    const QDate previous = periodStart(cadence, current.addDays(-1));
    if (lastHeld.isValid() && lastHeld >= current)
        return MeetingStanding::OnRhythm;
    if (lastHeld.isValid() && lastHeld >= previous)
        return MeetingStanding::Due;
    // Never met since the previous period began: late, unless it was founded since then.
    if (established.isValid() && established >= previous)
        return MeetingStanding::Due;
    return MeetingStanding::Overdue;
}

QDate dueBy(MeetingCadence cadence, MeetingStanding standing, const QDate &asOf)
{
    if (standing == MeetingStanding::Overdue)
        return periodStart(cadence, asOf).addDays(-1);
    return periodEnd(cadence, asOf);
}

QList<MeetingDue> due(const QSqlDatabase &db, const QDate &asOf, qint64 orgId)
{
    SqlCondition condition;
    condition.add(QStringLiteral("o.kind IN ('district', 'subdistrict', 'community')"));
    condition.add(QStringLiteral("o.dissolved_on IS NULL"));
    condition.addSubtree(db, orgId, QStringLiteral("o.id"));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT o.id, o.name, o.kind, o.established_on, date(o.created_at), "
                                 "(SELECT max(held_on) FROM meeting m WHERE m.org_id = o.id AND m.kind = 'joint' AND m.held_on <= :asOf) "
                                 "FROM organisation o%1 ORDER BY o.lineage")
                      .arg(condition.sql()));
    condition.bind(query);
    query.bindValue(QStringLiteral(":asOf"), IsoDate::format(asOf));
    QList<MeetingDue> list;
    if (!SqlRead::run(query))
        return list;
    while (query.next()) {
        const auto kind = OrgKinds::fromCode(query.value(2).toString());
        const auto cadence = kind ? cadenceFor(*kind) : std::nullopt;
        if (!cadence)
            continue;
        MeetingDue entry;
        entry.orgId = query.value(0).toLongLong();
        entry.name = query.value(1).toString();
        entry.level = *kind;
        entry.lastHeld = IsoDate::fromSql(query.value(5));
        // Without a founding date, an organisation that never met counts from the day it was entered.
        QDate established = IsoDate::fromSql(query.value(3));
        if (!established.isValid() && !entry.lastHeld.isValid())
            established = IsoDate::fromSql(query.value(4));
        entry.standing = standing(*cadence, entry.lastHeld, established, asOf);
        if (entry.standing == MeetingStanding::OnRhythm)
            continue;
        entry.dueBy = dueBy(*cadence, entry.standing, asOf);
        list.append(entry);
    }
    SqlRead::finished(query);
    std::stable_sort(list.begin(), list.end(), [](const MeetingDue &a, const MeetingDue &b) {
        return (a.standing == MeetingStanding::Overdue) > (b.standing == MeetingStanding::Overdue);
    });
    return list;
}

QString displayName(MeetingStanding standing)
{
    switch (standing) {
    case MeetingStanding::OnRhythm: return QCoreApplication::translate("MeetingRhythm", "On rhythm");
    case MeetingStanding::Due: return QCoreApplication::translate("MeetingRhythm", "Due");
    case MeetingStanding::Overdue: return QCoreApplication::translate("MeetingRhythm", "Overdue");
    }
    return {};
}

QString code(MeetingStanding standing)
{
    switch (standing) {
    case MeetingStanding::OnRhythm: return QStringLiteral("on_rhythm");
    case MeetingStanding::Due: return QStringLiteral("due");
    case MeetingStanding::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

} // namespace MeetingRhythm
