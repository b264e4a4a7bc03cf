#include "GuaranteeDetails.h"

#include "app/Workspace.h"
#include "common/DetailSheet.h"
#include "core/IsoDate.h"
#include "guarantee/GuaranteeService.h"
#include "guarantee/Money.h"
#include "guarantee/SpaceStandard.h"
#include "guarantee/VenueService.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(GuaranteeDetails)
};

QString venueHtml(Workspace &ws, qint64 id)
{
    const auto v = ws.venues().venue(id);
    if (!v)
        return {};
    const auto uses = ws.venues().usesOf(id);
    DetailSheet sheet(v->name);
    sheet.row(Text::tr("Kind"), VenueKinds::displayName(v->kind))
        .row(Text::tr("Belongs to"), ws.organisations().repository().pathNames(v->orgId).join(QStringLiteral(" › ")))
        .row(Text::tr("Address"), v->address)
        .row(Text::tr("Area"), Text::tr("%L1 m²").arg(v->area))
        .row(Text::tr("Service facility"), v->serviceFacility ? Text::tr("Counts towards the community's service facilities")
                                                              : Text::tr("Does not count towards the service facilities"))
        .row(Text::tr("Opening hours"), v->openingHours)
        .row(Text::tr("Offers"), v->offers)
        .row(Text::tr("Opened"), IsoDate::format(v->openedOn))
        .row(Text::tr("Closed"), IsoDate::format(v->closedOn));
    if (uses)
        sheet.list(Text::tr("Held here"), uses.value());
    else
        sheet.warning(uses.error());
    return sheet.html();
}

QString spaceHtml(Workspace &ws, qint64 communityId, const QDate &asOf)
{
    const auto space = SpaceStandard::compute(ws.database().connection(), communityId, asOf);
    const auto venues = VenueService::venues(ws.database().connection(), communityId, false);
    if (!space || space.value().isEmpty())
        return {};
    const CommunitySpace &c = space.value().first();
    DetailSheet sheet(c.name);
    sheet.row(Text::tr("Households"), c.known() ? QLocale().toString(c.households) : Text::tr("not given"))
        .row(Text::tr("Standard"), Text::tr("%1 m² of service facilities per 100 households").arg(SpaceStandard::squareMetresPerHundredHouseholds))
        .row(Text::tr("Required"), c.known() ? Text::tr("%L1 m²").arg(c.required()) : QString())
        .row(Text::tr("Facilities"), Text::tr("%L1 m² in %Ln venue(s)", nullptr, c.venues).arg(c.area));
    if (c.known() && !c.meets())
        sheet.warning(Text::tr("Short by %L1 m²").arg(c.shortBy()));
    else if (!c.known())
        sheet.warning(Text::tr("Give the community's or its grids' households to judge the standard."));
    QStringList lines;
    if (venues) {
        for (const Venue &v : venues.value()) {
            if (v.isOpenOn(asOf))
                lines.append(Text::tr("%1 (%2), %L3 m²%4")
                                 .arg(v.name, v.orgName)
                                 .arg(v.area)
                                 .arg(v.serviceFacility ? QString() : Text::tr(", not counted")));
        }
        sheet.list(Text::tr("Venues"), lines);
    } else {
        sheet.warning(venues.error());
    }
    return sheet.html();
}

QString fundsHtml(Workspace &ws, qint64 orgId, const QDate &asOf)
{
    const auto use = ws.guarantee().fundsOf(orgId, asOf.year());
    const auto entries = ws.guarantee().fundEntries(orgId, asOf.year());
    if (!use)
        return {};
    DetailSheet sheet(Text::tr("Work funds of %1, %2").arg(ws.organisations().repository().pathNames(orgId).value(
                                                               ws.organisations().repository().pathNames(orgId).size() - 1))
                          .arg(asOf.year()));
    sheet.row(Text::tr("Allotted"), Text::tr("%1 yuan").arg(Money::yuan(use.value().allotted)))
        .row(Text::tr("Spent"), Text::tr("%1 yuan").arg(Money::yuan(use.value().spent)))
        .row(Text::tr("Balance"), Text::tr("%1 yuan").arg(Money::yuan(use.value().balance())));
    QStringList lines;
    if (entries) {
        for (const FundEntry &e : entries.value()) {
            if (e.orgId != orgId)
                continue;
            lines.append(e.kind == FundEntry::Kind::Allotted
                             ? Text::tr("%1 allotted %2 yuan (%3)").arg(IsoDate::format(e.on), Money::yuan(e.amount), e.source)
                             : Text::tr("%1 spent %2 yuan on %3").arg(IsoDate::format(e.on), Money::yuan(e.amount), e.purpose));
        }
        sheet.list(Text::tr("Entries"), lines);
    } else {
        sheet.warning(entries.error());
    }
    return sheet.html();
}

QString inspectionHtml(Workspace &ws, qint64 id)
{
    const auto i = ws.guarantee().inspection(id);
    if (!i)
        return {};
    QStringList tasks;
    for (const FollowUp &f : i->followUps) {
        const QString state = f.state == QLatin1String("done")        ? Text::tr("done %1").arg(IsoDate::format(f.doneOn))
                              : f.state == QLatin1String("cancelled") ? Text::tr("cancelled")
                                                                      : Text::tr("due %1").arg(IsoDate::format(f.dueOn));
        tasks.append(Text::tr("%1 — %2").arg(f.title, state));
    }
    return DetailSheet(Text::tr("Inspection of %1").arg(i->orgName))
        .row(Text::tr("Inspected on"), IsoDate::format(i->inspectedOn))
        .row(Text::tr("Inspectors"), i->inspectors)
        .row(Text::tr("Findings"), i->findings)
        .list(Text::tr("Follow-up tasks"), tasks)
        .html();
}

} // namespace

namespace GuaranteeDetails {

QString html(Workspace &workspace, CobuildList list, qint64 id, const QDate &asOf)
{
    if (!id)
        return QStringLiteral("<p style='color:#777'>%1</p>").arg(Text::tr("Choose a line to see it here.").toHtmlEscaped());
    switch (list) {
    case CobuildList::Venues: return venueHtml(workspace, id);
    case CobuildList::Space: return spaceHtml(workspace, id, asOf);
    case CobuildList::Funds: return fundsHtml(workspace, id, asOf);
    case CobuildList::Inspections: return inspectionHtml(workspace, id);
    default: return {};
    }
}

} // namespace GuaranteeDetails
