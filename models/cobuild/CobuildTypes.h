#pragma once

#include <QList>
#include <QString>

#include <optional>

/// 驻区单位 types.
/// (业委会: the owners' committee of a residential compound.)
enum class UnitType { Organ, Institution, Soe, Private, Social, School, Property, OwnersCommittee };
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
/// 共建活动 (under an agreement), 组织生活, 主题活动, 志愿服务.
enum class ActivityKind { Joint, OrganisationalLife, Theme, VolunteerService };
/// 党建联席会议 (which keeps the rhythm) and the deliberation meetings (议事会): 长板凳议事会, 党群议事会,
/// 网格党群议事会, 红色议事厅, 三方议事会.
enum class MeetingKind { Joint, LongBench, PartyMass, GridPartyMass, RedHall, Tripartite };

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
