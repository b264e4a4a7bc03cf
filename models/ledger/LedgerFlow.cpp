#include "LedgerFlow.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LedgerFlow", text);
}

template <typename Enum>
std::optional<Enum> fromCode(const QList<Enum> &all, const QString &text)
{
    for (Enum value : all) {
        if (LedgerFlow::code(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

namespace LedgerFlow {

std::optional<LedgerState> next(LedgerState state, LedgerAction action, std::optional<Satisfaction> satisfaction,
                                const LedgerFlowFacts &facts)
{
    using S = LedgerState;
    using A = LedgerAction;
    const auto when = [](bool allowed, LedgerState to) { return allowed ? std::optional(to) : std::nullopt; };
    switch (action) {
    case A::Accept:
        return when(state == S::Recorded, S::Accepted);
    case A::Close:
        // From recorded: solved on the spot. Not while a summoned department is still at work.
        return when((state == S::Recorded || state == S::Accepted || state == S::InProgress) && !facts.summonsOpen(),
                    facts.needsSignOff ? S::AwaitingSignOff : S::Closed);
    case A::Progress:
        return when(state == S::Accepted || state == S::InProgress, S::InProgress);
    case A::Dispatch:
        return when(state == S::Accepted, S::Dispatched);
    case A::Take:
        return when(state == S::Dispatched, S::InProgress);
    case A::Escalate:
        // Also after the grid or community has tried and could not (基层解决不了的及时上报).
        return when((state == S::Accepted || state == S::InProgress) && !facts.summonsOpen(), S::Escalated);
    case A::Report:
        // The first department to report in starts the handling; the others report in after it.
        return when(state == S::Escalated || (state == S::InProgress && facts.summonsToReport > 0), S::InProgress);
    case A::ReportDone:
        return when(state == S::InProgress && facts.summonsToFinish > 0, S::InProgress);
    case A::Suspend:
        return when(state == S::InProgress, S::Suspended);
    case A::Resume:
        return when(state == S::Suspended, S::InProgress);
    case A::SignOff:
        return when(state == S::AwaitingSignOff, S::Closed);
    case A::SendBack:
        return when(state == S::AwaitingSignOff, S::InProgress);
    case A::Visit:
        if (state != S::Closed || !satisfaction)
            return std::nullopt;
        return *satisfaction == Satisfaction::Dissatisfied ? S::InProgress : S::Visited;
    }
    return std::nullopt;
}

QList<LedgerAction> available(LedgerState state, const LedgerFlowFacts &facts)
{
    QList<LedgerAction> out;
    for (LedgerAction action : actions()) {
        if (next(state, action, Satisfaction::Satisfied, facts))
            out.append(action);
    }
    return out;
}

bool isDone(LedgerState state)
{
    return state == LedgerState::Closed || state == LedgerState::Visited;
}

bool isRunning(LedgerState state)
{
    return !isDone(state) && state != LedgerState::Suspended;
}

const QList<LedgerState> &states()
{
    static const QList<LedgerState> list = {LedgerState::Recorded, LedgerState::Accepted, LedgerState::Dispatched,
                                            LedgerState::Escalated, LedgerState::InProgress, LedgerState::Suspended,
                                            LedgerState::AwaitingSignOff, LedgerState::Closed, LedgerState::Visited};
    return list;
}

const QList<LedgerAction> &actions()
{
    static const QList<LedgerAction> list = {LedgerAction::Accept, LedgerAction::Dispatch, LedgerAction::Take,
                                             LedgerAction::Escalate, LedgerAction::Report, LedgerAction::ReportDone,
                                             LedgerAction::Progress, LedgerAction::Suspend, LedgerAction::Resume,
                                             LedgerAction::Close, LedgerAction::SignOff, LedgerAction::SendBack,
                                             LedgerAction::Visit};
    return list;
}

const QList<LedgerSource> &sources()
{
    static const QList<LedgerSource> list = {LedgerSource::Diary, LedgerSource::Visit, LedgerSource::Order,
                                             LedgerSource::Hotline, LedgerSource::WalkIn};
    return list;
}

const QList<Urgency> &urgencies()
{
    static const QList<Urgency> list = {Urgency::Ordinary, Urgency::Urgent, Urgency::Emergency};
    return list;
}

QString code(LedgerState state)
{
    switch (state) {
    case LedgerState::Recorded: return QStringLiteral("recorded");
    case LedgerState::Accepted: return QStringLiteral("accepted");
    case LedgerState::Dispatched: return QStringLiteral("dispatched");
    case LedgerState::Escalated: return QStringLiteral("escalated");
    case LedgerState::InProgress: return QStringLiteral("in_progress");
    case LedgerState::Suspended: return QStringLiteral("suspended");
    case LedgerState::Closed: return QStringLiteral("closed");
    case LedgerState::Visited: return QStringLiteral("visited");
    case LedgerState::AwaitingSignOff: return QStringLiteral("awaiting_signoff");
    }
    return {};
}

QString code(LedgerAction action)
{
    switch (action) {
    case LedgerAction::Accept: return QStringLiteral("accept");
    case LedgerAction::Dispatch: return QStringLiteral("dispatch");
    case LedgerAction::Take: return QStringLiteral("take");
    case LedgerAction::Escalate: return QStringLiteral("escalate");
    case LedgerAction::Report: return QStringLiteral("report");
    case LedgerAction::ReportDone: return QStringLiteral("report_done");
    case LedgerAction::SignOff: return QStringLiteral("sign_off");
    case LedgerAction::SendBack: return QStringLiteral("send_back");
    case LedgerAction::Progress: return QStringLiteral("progress");
    case LedgerAction::Suspend: return QStringLiteral("suspend");
    case LedgerAction::Resume: return QStringLiteral("resume");
    case LedgerAction::Close: return QStringLiteral("close");
    case LedgerAction::Visit: return QStringLiteral("visit");
    }
    return {};
}

QString code(Satisfaction satisfaction)
{
    switch (satisfaction) {
    case Satisfaction::Satisfied: return QStringLiteral("satisfied");
    case Satisfaction::BasicallySatisfied: return QStringLiteral("basically_satisfied");
    case Satisfaction::Dissatisfied: return QStringLiteral("dissatisfied");
    }
    return {};
}

QString code(Whistle whistle)
{
    switch (whistle) {
    case Whistle::Quick: return QStringLiteral("quick");
    case Whistle::Emergency: return QStringLiteral("emergency");
    case Whistle::Tough: return QStringLiteral("tough");
    }
    return {};
}

QString code(LedgerSource source)
{
    switch (source) {
    case LedgerSource::Diary: return QStringLiteral("diary");
    case LedgerSource::Visit: return QStringLiteral("visit");
    case LedgerSource::Order: return QStringLiteral("order");
    case LedgerSource::Hotline: return QStringLiteral("hotline");
    case LedgerSource::WalkIn: return QStringLiteral("walk_in");
    }
    return {};
}

QString code(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Ordinary: return QStringLiteral("ordinary");
    case Urgency::Urgent: return QStringLiteral("urgent");
    case Urgency::Emergency: return QStringLiteral("emergency");
    }
    return {};
}

std::optional<LedgerState> stateFromCode(const QString &text) { return fromCode(states(), text); }
std::optional<LedgerAction> actionFromCode(const QString &text) { return fromCode(actions(), text); }
std::optional<Satisfaction> satisfactionFromCode(const QString &text)
{
    return fromCode(QList<Satisfaction>{Satisfaction::Satisfied, Satisfaction::BasicallySatisfied, Satisfaction::Dissatisfied},
                    text);
}
std::optional<Whistle> whistleFromCode(const QString &text)
{
    return fromCode(QList<Whistle>{Whistle::Quick, Whistle::Emergency, Whistle::Tough}, text);
}
std::optional<LedgerSource> sourceFromCode(const QString &text) { return fromCode(sources(), text); }
std::optional<Urgency> urgencyFromCode(const QString &text) { return fromCode(urgencies(), text); }

QString displayName(LedgerState state)
{
    switch (state) {
    case LedgerState::Recorded: return tr("Recorded");
    case LedgerState::Accepted: return tr("Accepted");
    case LedgerState::Dispatched: return tr("Dispatched");
    case LedgerState::Escalated: return tr("Escalated");
    case LedgerState::InProgress: return tr("In progress");
    case LedgerState::Suspended: return tr("Suspended");
    case LedgerState::Closed: return tr("Closed");
    case LedgerState::Visited: return tr("Visited");
    case LedgerState::AwaitingSignOff: return tr("Awaiting sign-off");
    }
    return {};
}

QString displayName(LedgerAction action)
{
    switch (action) {
    case LedgerAction::Accept: return tr("Accept");
    case LedgerAction::Dispatch: return tr("Dispatch");
    case LedgerAction::Take: return tr("Taken");
    case LedgerAction::Escalate: return tr("Escalate");
    case LedgerAction::Report: return tr("Department reports");
    case LedgerAction::ReportDone: return tr("Department done");
    case LedgerAction::SignOff: return tr("Leader signs off");
    case LedgerAction::SendBack: return tr("Send back");
    case LedgerAction::Progress: return tr("Progress");
    case LedgerAction::Suspend: return tr("Suspend");
    case LedgerAction::Resume: return tr("Resume");
    case LedgerAction::Close: return tr("Close");
    case LedgerAction::Visit: return tr("Follow-up visit");
    }
    return {};
}

QString displayName(Satisfaction satisfaction)
{
    switch (satisfaction) {
    case Satisfaction::Satisfied: return tr("Satisfied");
    case Satisfaction::BasicallySatisfied: return tr("Basically satisfied");
    case Satisfaction::Dissatisfied: return tr("Dissatisfied");
    }
    return {};
}

QString displayName(Whistle whistle)
{
    switch (whistle) {
    case Whistle::Quick: return tr("Quick whistle");
    case Whistle::Emergency: return tr("Emergency whistle");
    case Whistle::Tough: return tr("Tough-problem whistle");
    }
    return {};
}

QString displayName(LedgerSource source)
{
    switch (source) {
    case LedgerSource::Diary: return tr("Grid diary");
    case LedgerSource::Visit: return tr("Home visit");
    case LedgerSource::Order: return tr("Resident's order");
    case LedgerSource::Hotline: return tr("Hotline");
    case LedgerSource::WalkIn: return tr("Walk-in");
    }
    return {};
}

QString displayName(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Ordinary: return tr("Ordinary");
    case Urgency::Urgent: return tr("Urgent");
    case Urgency::Emergency: return tr("Emergency");
    }
    return {};
}

} // namespace LedgerFlow
