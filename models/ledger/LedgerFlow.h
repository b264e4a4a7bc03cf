#pragma once

#include <QList>
#include <QString>

#include <optional>

/// Where an item of the people's ledger stands in its closed loop.
/// AwaitingSignOff: closed by whoever handled it, waiting for a leader's sign-off (领导销号) in a
/// category that asks for one.
enum class LedgerState { Recorded, Accepted, Dispatched, Escalated, InProgress, Suspended, Closed, Visited, AwaitingSignOff };

/// What can be done to an item.
/// Report: a department reports in (报到); ReportDone: it reports its part done. SignOff: a leader
/// signs the closing off; SendBack: the leader sends it back to be handled again.
enum class LedgerAction { Accept, Dispatch, Take, Escalate, Report, ReportDone, Progress, Suspend, Resume, Close, SignOff,
                          SendBack, Visit };

enum class Satisfaction { Satisfied, BasicallySatisfied, Dissatisfied };
enum class Whistle { Quick, Emergency, Tough }; ///< 快捷哨, 应急哨, 攻坚哨
enum class LedgerSource { Diary, Visit, Order, Hotline, WalkIn };
enum class Urgency { Ordinary, Urgent, Emergency };

/// What the flow needs to know of an item besides its state: the departments a whistle summoned
/// that have not reported in, or not reported done, and whether its category closes only with a
/// leader's sign-off.
struct LedgerFlowFacts
{
    int summonsToReport = 0;
    int summonsToFinish = 0;
    bool needsSignOff = false;

    bool summonsOpen() const { return summonsToReport + summonsToFinish > 0; }
};

/// The closed loop as a state machine: the transitions of the issue, and no others.
namespace LedgerFlow {

/// The state after action, or nullopt when the action is not allowed in state. A visit needs
/// the satisfaction: dissatisfied reopens the item. An item cannot close while a summoned
/// department has not reported done (事不完、人不撤); once every summoned department has reported
/// in, there is no one left to report.
std::optional<LedgerState> next(LedgerState state, LedgerAction action,
                                std::optional<Satisfaction> satisfaction = std::nullopt, const LedgerFlowFacts &facts = {});
/// The actions allowed in state, in the order buttons show them.
QList<LedgerAction> available(LedgerState state, const LedgerFlowFacts &facts = {});
/// Closed or visited: the loop is done (for now).
bool isDone(LedgerState state);
/// Still to be worked on and running on the clock (not done, not suspended).
bool isRunning(LedgerState state);

const QList<LedgerState> &states();
const QList<LedgerAction> &actions();

QString code(LedgerState state);
QString code(LedgerAction action);
QString code(Satisfaction satisfaction);
QString code(Whistle whistle);
QString code(LedgerSource source);
QString code(Urgency urgency);
std::optional<LedgerState> stateFromCode(const QString &code);
std::optional<LedgerAction> actionFromCode(const QString &code);
std::optional<Satisfaction> satisfactionFromCode(const QString &code);
std::optional<Whistle> whistleFromCode(const QString &code);
std::optional<LedgerSource> sourceFromCode(const QString &code);
std::optional<Urgency> urgencyFromCode(const QString &code);

QString displayName(LedgerState state);
QString displayName(LedgerAction action);
QString displayName(Satisfaction satisfaction);
QString displayName(Whistle whistle);
QString displayName(LedgerSource source);
QString displayName(Urgency urgency);

const QList<LedgerSource> &sources();
const QList<Urgency> &urgencies();

} // namespace LedgerFlow
