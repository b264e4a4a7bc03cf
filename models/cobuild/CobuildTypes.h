#pragma once

#include <QList>
#include <QString>

#include <optional>

/// 驻区单位 types.
enum class UnitType { Organ, Institution, Soe, Private, Social, School, Property };
/// 结对共建, 契约化共建, 项目认领书.
enum class AgreementKind { Pairing, Contract, Claim };
enum class NeedState { Open, Matched, Fulfilled, Withdrawn };
/// 书记项目, 共建项目, 民生项目.
enum class ProjectKind { Secretary, Cobuild, Livelihood };
/// 立项 → 推进 → 成效 → 结项.
enum class ProjectStage { Approved, Advancing, Results, Concluded };
/// 周调度、月通报、季点评、年考核.
enum class ReviewKind { Weekly, Monthly, Quarterly, Annual };
enum class TaskState { Open, Done, Cancelled };

/// The codes the database stores and the names the clerk reads, for every enum above.
namespace Cobuild {

template <typename E>
const QList<E> &all();
template <typename E>
QString code(E value);
template <typename E>
QString displayName(E value);
template <typename E>
std::optional<E> fromCode(const QString &code);

} // namespace Cobuild
