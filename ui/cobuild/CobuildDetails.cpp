#include "CobuildDetails.h"

#include "common/DetailSheet.h"

#include "app/Workspace.h"
#include "cobuild/ActivityService.h"
#include "cobuild/AgreementService.h"
#include "cobuild/MeetingService.h"
#include "cobuild/NeedService.h"
#include "cobuild/ProjectService.h"
#include "cobuild/UnitService.h"
#include "core/IsoDate.h"
#include "guarantee/VenueService.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

/// The translation context of the texts in this file.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CobuildDetails)
};


QString orgPath(Workspace &ws, qint64 id)
{
    return ws.organisations().repository().pathNames(id).join(QStringLiteral(" › "));
}

QString categoryName(Workspace &ws, qint64 id)
{
    for (const CobuildCategory &c : ws.needs().categories(true)) {
        if (c.id == id)
            return c.name;
    }
    return {};
}

QString unitName(Workspace &ws, qint64 id)
{
    const auto unit = ws.units().unit(id);
    return unit ? unit->name : QString();
}

QString unitHtml(Workspace &ws, qint64 id)
{
    const auto u = ws.units().unit(id);
    if (!u)
        return {};
    return DetailSheet(u->name)
        .row(Text::tr("Type"), Cobuild::displayName(u->type))
        .row(Text::tr("Resident in"), orgPath(ws, u->orgId))
        .row(Text::tr("Address"), u->address)
        .row(Text::tr("Contact"), QStringLiteral("%1 %2").arg(u->contact, u->phone))
        .row(Text::tr("Party organisation"), u->partyOrg)
        .row(Text::tr("Secretary"), u->secretary)
        .list(Text::tr("Seats in the 大工委 or 大党委"), ws.units().seats(id))
        .html();
}

QString agreementHtml(Workspace &ws, qint64 id)
{
    const auto a = ws.agreements().agreement(id);
    if (!a)
        return {};
    const Fulfilment f = ws.agreements().fulfilment(id);
    QString warning;
    if (f.expiring)
        warning = Text::tr("The term ends within %1 days: renew or close it.").arg(Fulfilment::expiringWithinDays);
    else if (f.behind && a->endsOn >= QDate::currentDate())
        warning = Text::tr("Behind target: %1 activities held this year, %2 due by now.").arg(f.done).arg(f.expectedByNow);
    return DetailSheet(QStringLiteral("%1 ↔ %2").arg(ws.organisations().repository().pathNames(a->orgId).value(ws.organisations().repository().pathNames(a->orgId).size() - 1), unitName(ws, a->unitId)))
        .row(Text::tr("Agreement"), QStringLiteral("%1 · %2").arg(QString::number(id), Cobuild::displayName(a->kind)))
        .row(Text::tr("Organisation"), orgPath(ws, a->orgId))
        .row(Text::tr("Unit"), unitName(ws, a->unitId))
        .row(Text::tr("Term"), QStringLiteral("%1 – %2").arg(IsoDate::format(a->signedOn), IsoDate::format(a->endsOn)))
        .row(Text::tr("This year"), Text::tr("%1 of %2 joint activities (%3 %)").arg(f.done).arg(f.target).arg(f.percent()))
        .row(Text::tr("Commitments"), a->commitments)
        .warning(warning)
        .list(Text::tr("Joint activities"), ws.agreements().activities(id))
        .html();
}

QString needHtml(Workspace &ws, qint64 id)
{
    const auto n = ws.needs().need(id);
    if (!n)
        return {};
    return DetailSheet(n->title)
        .row(Text::tr("Need"), QString::number(id))
        .row(Text::tr("Posted by"), orgPath(ws, n->orgId))
        .row(Text::tr("Category"), categoryName(ws, n->categoryId))
        .row(Text::tr("Posted on"), IsoDate::format(n->postedOn))
        .row(Text::tr("State"), n->stateOn.isValid() ? QStringLiteral("%1 (%2)").arg(Cobuild::displayName(n->state), IsoDate::format(n->stateOn))
                                                : Cobuild::displayName(n->state))
        .row(Text::tr("Details"), n->description)
        .list(Text::tr("Resources matched"), ws.needs().matchedResources(id))
        .html();
}

QString resourceHtml(Workspace &ws, qint64 id)
{
    const auto r = ws.needs().resource(id);
    if (!r)
        return {};
    return DetailSheet(r->title)
        .row(Text::tr("Resource"), QString::number(id))
        .row(Text::tr("Offered by"), unitName(ws, r->unitId))
        .row(Text::tr("Category"), categoryName(ws, r->categoryId))
        .row(Text::tr("Capacity"), r->capacity)
        .row(Text::tr("Available"), QStringLiteral("%1 – %2").arg(IsoDate::format(r->availableFrom),
                                                               r->availableTo.isValid() ? IsoDate::format(r->availableTo) : Text::tr("open-ended")))
        .row(Text::tr("Withdrawn"), IsoDate::format(r->withdrawnOn))
        .html();
}

QString projectHtml(Workspace &ws, qint64 id)
{
    const auto p = ws.projects().project(id);
    if (!p)
        return {};
    QStringList stages = {Text::tr("Approved %1").arg(IsoDate::format(p->approvedOn))};
    if (p->advancingOn.isValid())
        stages.append(Text::tr("advancing %1").arg(IsoDate::format(p->advancingOn)));
    if (p->resultsOn.isValid())
        stages.append(Text::tr("results %1").arg(IsoDate::format(p->resultsOn)));
    if (p->concludedOn.isValid())
        stages.append(Text::tr("concluded %1").arg(IsoDate::format(p->concludedOn)));
    return DetailSheet(p->title)
        .row(Text::tr("Project"), QStringLiteral("%1 · %2").arg(QString::number(id), Cobuild::displayName(p->kind)))
        .row(Text::tr("Lead"), orgPath(ws, p->orgId))
        .row(Text::tr("Secretary"), p->secretary)
        .row(Text::tr("Stage"), Cobuild::displayName(p->stage))
        .row(Text::tr("Stages"), stages.join(Text::tr(", ")))
        .row(Text::tr("Budget"), p->budget >= 0 ? Text::tr("%1 yuan").arg(QLocale().toString(p->budget, 'f', 0)) : QString())
        .row(Text::tr("Description"), p->description)
        .list(Text::tr("Claimed by"), ws.projects().claims(id))
        .list(Text::tr("Needs and resources linked"), ws.projects().links(id))
        .list(Text::tr("Reviews"), ws.projects().reviews(id))
        .html();
}

QString activityHtml(Workspace &ws, qint64 id)
{
    const auto a = ws.activities().activity(id);
    if (!a)
        return {};
    const auto agreement = a->agreementId ? ws.agreements().agreement(a->agreementId) : std::nullopt;
    return DetailSheet(a->title)
        .row(Text::tr("Activity"), QStringLiteral("%1 · %2").arg(QString::number(id), Cobuild::displayName(a->kind)))
        .row(Text::tr("Held by"), orgPath(ws, a->orgId))
        .row(Text::tr("Held on"), IsoDate::format(a->heldOn))
        .row(Text::tr("Under agreement"), agreement ? Text::tr("%1 with %2").arg(a->agreementId).arg(unitName(ws, agreement->unitId)) : QString())
        .row(Text::tr("Venue"), a->venueId ? ws.venues().venue(a->venueId).value_or(Venue()).name : QString())
        .row(Text::tr("Duration"), a->hours > 0 ? Text::tr("%1 h").arg(a->hours) : QString())
        .row(Text::tr("Participants"), QString::number(a->participants))
        .row(Text::tr("Note"), a->note)
        .list(Text::tr("Members taking part"), ws.activities().membersTakingPart(id))
        .html();
}

QString meetingHtml(Workspace &ws, qint64 id)
{
    const auto m = ws.meetings().meeting(id);
    if (!m)
        return {};
    return DetailSheet(Text::tr("%1 of %2").arg(Cobuild::displayName(m->kind), orgPath(ws, m->orgId)))
        .row(Text::tr("Held on"), IsoDate::format(m->heldOn))
        .row(Text::tr("Venue"), m->venueId ? ws.venues().venue(m->venueId).value_or(Venue()).name : QString())
        .row(Text::tr("Attendees"), m->attendees)
        .row(Text::tr("Topics"), m->topics)
        .row(Text::tr("Resolutions"), m->resolutions)
        .list(Text::tr("Units attending"), ws.meetings().attendingUnits(id))
        .list(Text::tr("Resolutions not yet a task"), ws.meetings().openResolutions(id))
        .html();
}

QString taskHtml(Workspace &ws, qint64 id)
{
    const auto t = ws.meetings().task(id);
    if (!t)
        return {};
    const bool overdue = t->state == TaskState::Open && t->dueOn < QDate::currentDate();
    return DetailSheet(t->title)
        .row(Text::tr("Task"), QString::number(id))
        .row(Text::tr("Owner"), orgPath(ws, t->orgId))
        .row(Text::tr("From meeting"), t->meetingId ? QString::number(t->meetingId) : QString())
        .row(Text::tr("Set on"), IsoDate::format(t->setOn))
        .row(Text::tr("Due on"), IsoDate::format(t->dueOn))
        .row(Text::tr("State"), t->doneOn.isValid() ? QStringLiteral("%1 (%2)").arg(Cobuild::displayName(t->state), IsoDate::format(t->doneOn))
                                               : Cobuild::displayName(t->state))
        .warning(overdue ? Text::tr("Overdue by %1 days.").arg(t->dueOn.daysTo(QDate::currentDate())) : QString())
        .html();
}

} // namespace

namespace CobuildDetails {

QString html(Workspace &workspace, CobuildList list, qint64 id)
{
    if (!id)
        return QStringLiteral("<p style='color:#777'>%1</p>").arg(Text::tr("Choose a line to see it here.").toHtmlEscaped());
    switch (list) {
    case CobuildList::Units: return unitHtml(workspace, id);
    case CobuildList::Agreements: return agreementHtml(workspace, id);
    case CobuildList::Needs: return needHtml(workspace, id);
    case CobuildList::Resources: return resourceHtml(workspace, id);
    case CobuildList::Projects: return projectHtml(workspace, id);
    case CobuildList::Activities: return activityHtml(workspace, id);
    case CobuildList::Meetings: return meetingHtml(workspace, id);
    case CobuildList::Tasks: return taskHtml(workspace, id);
    default: break; // the guarantee's lists: GuaranteeDetails
    }
    return {};
}

} // namespace CobuildDetails
