#include "LedgerHandling.h"

#include "LedgerService.h"
#include "WhistleCatalogue.h"
#include "calendar/WorkCalendar.h"
#include "core/IsoDate.h"
#include "members/MemberRepository.h"
#include "store/Database.h"
#include "store/SqlRead.h"

#include <QCoreApplication>
#include <QVariant>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LedgerHandling", text);
}

using Prepared = LedgerHandling::Prepared;
using R = Result<Prepared>;

} // namespace

LedgerHandling::LedgerHandling(Database &database)
    : m_database(database)
{
}

bool LedgerHandling::handles(LedgerAction action)
{
    switch (action) {
    case LedgerAction::Dispatch:
    case LedgerAction::Escalate:
    case LedgerAction::Report:
    case LedgerAction::ReportDone:
    case LedgerAction::SignOff:
    case LedgerAction::SendBack:
        return true;
    default:
        return false;
    }
}

Result<Prepared> LedgerHandling::prepare(LedgerItem &item, const LedgerStep &step, const QList<Summons> &summons) const
{
    switch (step.action) {
    case LedgerAction::Dispatch:
        return dispatch(item, step);
    case LedgerAction::Escalate:
        return escalate(item, step);
    case LedgerAction::Report:
    case LedgerAction::ReportDone: {
        const bool reportIn = step.action == LedgerAction::Report;
        if (summons.isEmpty() || (reportIn && item.state == LedgerState::Escalated && LedgerSummons::facts(summons).summonsToReport == 0)) {
            // Whistled without the catalogue: the department is named freely.
            if (!reportIn)
                return R::failure(tr("No department was summoned to the item."));
            Prepared prepared;
            prepared.note = step.note.trimmed();
            if (!step.to.trimmed().isEmpty()) {
                item.holder = step.to.trimmed();
                prepared.detail = item.holder;
            }
            return prepared;
        }
        const auto picked = LedgerSummons::pick(summons, step.to, reportIn);
        if (!picked)
            return R::failure(picked.error());
        Prepared prepared;
        prepared.detail = picked.value().department;
        prepared.note = step.note.trimmed();
        prepared.summonsId = picked.value().id;
        // The first department to report in holds the item, as a department always did.
        if (reportIn && item.state == LedgerState::Escalated)
            item.holder = picked.value().department;
        return prepared;
    }
    case LedgerAction::SignOff: {
        if (step.to.trimmed().isEmpty())
            return R::failure(tr("Name the leader who signs the item off."));
        Prepared prepared;
        prepared.detail = step.to.trimmed();
        prepared.note = step.note.trimmed();
        return prepared;
    }
    case LedgerAction::SendBack:
        if (step.note.trimmed().isEmpty())
            return R::failure(tr("Say why the item goes back to be handled again."));
        item.result.clear(); // the closing sent back is no result
        return Prepared{step.to.trimmed(), step.note.trimmed(), {}, {}, 0};
    default:
        return Prepared{{}, step.note.trimmed(), {}, {}, 0};
    }
}

Result<Prepared> LedgerHandling::dispatch(LedgerItem &item, const LedgerStep &step) const
{
    Prepared prepared;
    prepared.note = step.note.trimmed();
    item.holderMemberId = 0;
    item.holderUnitId = 0;
    if (step.toMemberId) {
        const auto member = MemberRepository(m_database).row(step.toMemberId);
        if (!member)
            return R::failure(tr("There is no member with number %1.").arg(step.toMemberId));
        if (member->status != MemberStatus::Active)
            return R::failure(tr("%1 is no longer an active member.").arg(member->name));
        item.holder = member->name;
        item.holderMemberId = step.toMemberId;
    } else if (step.toUnitId) {
        const auto name = SqlRead::value(m_database.connection(), QStringLiteral("SELECT name FROM unit WHERE id = :id"),
                                         {{QStringLiteral(":id"), step.toUnitId}});
        if (!name)
            return R::failure(name.error());
        if (!name.value().isValid())
            return R::failure(tr("There is no unit with number %1.").arg(step.toUnitId));
        item.holder = name.value().toString();
        item.holderUnitId = step.toUnitId;
    } else if (!step.to.trimmed().isEmpty()) {
        item.holder = step.to.trimmed();
    } else {
        return R::failure(tr("Say to whom the item is dispatched (a member, a unit or a volunteer)."));
    }
    // A unit is given a time limit (限时办理): the one asked for, else the item's own due date.
    item.holderDueOn = step.limit.isValid() ? step.limit : item.holderUnitId ? item.dueOn : QDate();
    if (item.holderDueOn.isValid() && item.holderDueOn < step.on)
        return R::failure(tr("The time limit (%1) lies before the day of the dispatch.").arg(IsoDate::format(item.holderDueOn)));
    prepared.detail = item.holder;
    return prepared;
}

Result<Prepared> LedgerHandling::escalate(LedgerItem &item, const LedgerStep &step) const
{
    Prepared prepared;
    prepared.note = step.note.trimmed();
    // The unit it was dispatched to stays on record (its figures); the sub-district holds it now.
    item.holderMemberId = 0;
    const WhistleCatalogue catalogue(m_database);
    if (step.matterId == 0) {
        const auto matters = catalogue.readMatters(false);
        if (!matters)
            return R::failure(matters.error());
        if (!matters.value().isEmpty())
            return R::failure(tr("Choose the matter of the whistle catalogue the item is escalated for."));
        if (!step.whistle)
            return R::failure(tr("Choose the whistle: quick, emergency or tough."));
        prepared.detail = LedgerFlow::code(*step.whistle);
        item.holder = tr("sub-district (%1)").arg(LedgerFlow::displayName(*step.whistle));
        item.whistleMatterId = 0;
        return prepared;
    }
    const auto matter = catalogue.matter(step.matterId);
    if (!matter)
        return R::failure(tr("There is no whistle matter with number %1.").arg(step.matterId));
    if (matter->retired)
        return R::failure(tr("The whistle matter %1 is no longer in use.").arg(matter->name));
    if (matter->departmentIds.isEmpty())
        return R::failure(tr("The whistle matter %1 summons no department.").arg(matter->name));
    const QDate due = WorkCalendar::load(m_database).addWorkingDays(step.on, matter->days);
    if (!due.isValid())
        return R::failure(tr("The departments' time limit lies beyond the years the calendar keeps."));
    prepared.detail = LedgerFlow::code(matter->whistle);
    // The matter in the history; the departments in the summons.
    prepared.note = prepared.note.isEmpty() ? matter->name : matter->name + QStringLiteral(" — ") + prepared.note;
    prepared.summon = matter->departmentIds;
    prepared.summonsDue = due;
    item.holder = tr("sub-district (%1)").arg(LedgerFlow::displayName(matter->whistle));
    item.whistleMatterId = matter->id;
    return prepared;
}

Outcome LedgerHandling::write(const LedgerItem &item, const LedgerStep &step, const Prepared &prepared) const
{
    const LedgerSummons summons(m_database);
    switch (step.action) {
    case LedgerAction::Escalate:
        return prepared.summon.isEmpty() ? Outcome::success()
                                         : summons.summon(item.id, prepared.summon, step.on, prepared.summonsDue);
    case LedgerAction::Report:
        return prepared.summonsId ? summons.reportIn(prepared.summonsId, step.on) : Outcome::success();
    case LedgerAction::ReportDone:
        return summons.reportDone(prepared.summonsId, step.on);
    default:
        return Outcome::success();
    }
}
