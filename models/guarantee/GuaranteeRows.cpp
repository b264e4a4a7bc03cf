#include "GuaranteeRows.h"

#include "GuaranteeService.h"
#include "SpaceStandard.h"
#include "VenueService.h"
#include "core/IsoDate.h"

#include <QCoreApplication>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(GuaranteeRows)
};

/// Whole yuan, for a list's column (the detail gives the fen).
qint64 wholeYuan(qint64 fen)
{
    return qRound64(double(fen) / 100.0); // half away from zero, a deficit as well
}

QList<CobuildRow> venueRows(const QSqlDatabase &db, qint64 orgId, const QDate &asOf)
{
    QList<CobuildRow> rows;
    const auto venues = VenueService::venues(db, orgId, true);
    if (!venues)
        return rows;
    for (const Venue &v : venues.value()) {
        CobuildRow row;
        row.id = v.id;
        const QString state = v.closedOn.isValid() && v.closedOn <= asOf ? Text::tr("Closed %1").arg(IsoDate::format(v.closedOn))
                              : v.openedOn.isValid() && v.openedOn > asOf ? Text::tr("Opens %1").arg(IsoDate::format(v.openedOn))
                                                                          : Text::tr("Open");
        row.cells = {v.id, v.orgName, VenueKinds::displayName(v.kind), v.name, v.area,
                     v.serviceFacility ? Text::tr("Yes") : Text::tr("No"), v.openingHours, v.offers, state, v.uses};
        rows.append(row);
    }
    return rows;
}

QList<CobuildRow> spaceRows(const QSqlDatabase &db, qint64 orgId, const QDate &asOf)
{
    QList<CobuildRow> rows;
    const auto space = SpaceStandard::compute(db, orgId, asOf);
    if (!space)
        return rows;
    for (const CommunitySpace &c : space.value()) {
        CobuildRow row;
        row.id = c.orgId;
        QString result;
        if (!c.known()) {
            result = Text::tr("Households not given");
        } else if (c.meets()) {
            result = Text::tr("Meets the standard");
        } else {
            result = Text::tr("Short by %L1 m²").arg(c.shortBy());
            row.flagged = true;
            row.flagNote = Text::tr("%1 has %L2 m² of service facilities for %L3 households; the standard asks %L4 m² "
                                    "(%5 m² per 100 households).")
                               .arg(c.name)
                               .arg(c.area)
                               .arg(c.households)
                               .arg(c.required())
                               .arg(SpaceStandard::squareMetresPerHundredHouseholds);
        }
        row.cells = {c.name, c.parentName, c.known() ? QVariant(c.households) : QVariant(),
                     c.known() ? QVariant(c.required()) : QVariant(), c.area, c.venues, result};
        rows.append(row);
    }
    return rows;
}

QList<CobuildRow> fundRows(const QSqlDatabase &db, qint64 orgId, const QDate &asOf)
{
    QList<CobuildRow> rows;
    const auto use = GuaranteeService::fundUse(db, orgId, asOf.year());
    if (!use)
        return rows;
    for (const FundUse &u : use.value()) {
        CobuildRow row;
        row.id = u.orgId;
        row.flagged = u.balance() < 0;
        if (row.flagged)
            row.flagNote = Text::tr("More spent than allotted");
        row.cells = {u.name, u.year, wholeYuan(u.allotted), wholeYuan(u.spent), wholeYuan(u.balance()),
                     u.allotted ? QStringLiteral("%1%").arg(u.rate() * 100.0, 0, 'f', 1) : QString()};
        rows.append(row);
    }
    return rows;
}

QList<CobuildRow> inspectionRows(const QSqlDatabase &db, qint64 orgId, const QDate &asOf)
{
    QList<CobuildRow> rows;
    // The last two years' inspections: what a follow-up still waits on is rarely older.
    const auto inspections = GuaranteeService::inspections(db, orgId, QDate(asOf.year() - 1, 1, 1), asOf);
    if (!inspections)
        return rows;
    for (const Inspection &i : inspections.value()) {
        CobuildRow row;
        row.id = i.id;
        QString findings = i.findings.section(QLatin1Char('\n'), 0, 0);
        if (findings.size() > 60)
            findings = findings.left(59) + QChar(0x2026);
        row.flagged = i.tasksOpen > 0;
        if (row.flagged)
            row.flagNote = Text::tr("%Ln follow-up task(s) still open", nullptr, i.tasksOpen);
        row.cells = {i.id, IsoDate::format(i.inspectedOn), i.orgName, i.inspectors, findings, i.tasks, i.tasksOpen};
        rows.append(row);
    }
    return rows;
}

} // namespace

namespace GuaranteeRows {

const QList<CobuildList> &lists()
{
    static const QList<CobuildList> all = {CobuildList::Venues, CobuildList::Space, CobuildList::Funds, CobuildList::Inspections};
    return all;
}

QStringList headers(CobuildList list)
{
    switch (list) {
    case CobuildList::Venues:
        return {Text::tr("No."), Text::tr("Organisation"), Text::tr("Kind"), Text::tr("Venue name"), Text::tr("Area (m²)"),
                Text::tr("Service facility"), Text::tr("Opening hours"), Text::tr("Offers"), Text::tr("State"), Text::tr("Used")};
    case CobuildList::Space:
        return {Text::tr("Community"), Text::tr("Sub-district"), Text::tr("Households"), Text::tr("Required (m²)"),
                Text::tr("Facilities (m²)"), Text::tr("Venues"), Text::tr("Standard")};
    case CobuildList::Funds:
        return {Text::tr("Organisation"), Text::tr("Year"), Text::tr("Allotted (yuan)"), Text::tr("Spent (yuan)"),
                Text::tr("Balance (yuan)"), Text::tr("Used")};
    case CobuildList::Inspections:
        return {Text::tr("No."), Text::tr("Inspected"), Text::tr("Organisation"), Text::tr("Inspectors"), Text::tr("Findings"),
                Text::tr("Tasks"), Text::tr("Open")};
    default:
        return {};
    }
}

int flagColumn(CobuildList list)
{
    switch (list) {
    case CobuildList::Space: return 6;
    case CobuildList::Funds: return 4;
    case CobuildList::Inspections: return 6;
    default: return -1;
    }
}

QList<CobuildRow> read(const QSqlDatabase &db, CobuildList list, qint64 orgId, const QDate &asOf)
{
    switch (list) {
    case CobuildList::Venues: return venueRows(db, orgId, asOf);
    case CobuildList::Space: return spaceRows(db, orgId, asOf);
    case CobuildList::Funds: return fundRows(db, orgId, asOf);
    case CobuildList::Inspections: return inspectionRows(db, orgId, asOf);
    default: return {};
    }
}

} // namespace GuaranteeRows
