#pragma once

#include <QList>
#include <QString>

#include <optional>

/// Where an item of the people's ledger stands in its closed loop.
enum class LedgerState { Recorded, Accepted, Dispatched, Escalated, InProgress, Suspended, Closed, Visited };

/// What can be done to an item.
enum class LedgerAction { Accept, Dispatch, Take, Escalate, Report, Progress, Suspend, Resume, Close, Visit };

enum class Satisfaction { Satisfied, BasicallySatisfied, Dissatisfied };
enum class Whistle { Quick, Emergency, Tough }; ///< 快捷哨, 应急哨, 攻坚哨
enum class LedgerSource { Diary, Visit, Order, Hotline, WalkIn };
enum class Urgency { Ordinary, Urgent, Emergency };

/// The closed loop as a state machine: the transitions of the issue, and no others.
namespace LedgerFlow {

/// The state after action, or nullopt when the action is not allowed in state. A visit needs
/// the satisfaction: dissatisfied reopens the item.
std::optional<LedgerState> next(LedgerState state, LedgerAction action,
                                std::optional<Satisfaction> satisfaction = std::nullopt);
/// The actions allowed in state, in the order buttons show them.
QList<LedgerAction> available(LedgerState state);
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
