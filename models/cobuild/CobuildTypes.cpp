#include "CobuildTypes.h"

#include <QCoreApplication>

namespace {

template <typename E>
struct Entry
{
    E value;
    const char *code;
    const char *name; ///< translated in the context "Cobuild"
};

template <typename E>
struct Table;

template <>
struct Table<UnitType>
{
    static inline const QList<Entry<UnitType>> entries = {
        {UnitType::Organ, "organ", QT_TRANSLATE_NOOP("Cobuild", "Organ")},
        {UnitType::Institution, "institution", QT_TRANSLATE_NOOP("Cobuild", "Public institution")},
        {UnitType::Soe, "soe", QT_TRANSLATE_NOOP("Cobuild", "State-owned enterprise")},
        {UnitType::Private, "private", QT_TRANSLATE_NOOP("Cobuild", "Non-public enterprise")},
        {UnitType::Social, "social", QT_TRANSLATE_NOOP("Cobuild", "Social organisation")},
        {UnitType::School, "school", QT_TRANSLATE_NOOP("Cobuild", "School")},
        {UnitType::Property, "property", QT_TRANSLATE_NOOP("Cobuild", "Property company")},
        {UnitType::OwnersCommittee, "owners_committee", QT_TRANSLATE_NOOP("Cobuild", "Owners' committee")},
    };
};

template <>
struct Table<AgreementKind>
{
    static inline const QList<Entry<AgreementKind>> entries = {
        {AgreementKind::Pairing, "pairing", QT_TRANSLATE_NOOP("Cobuild", "Pairing")},
        {AgreementKind::Contract, "contract", QT_TRANSLATE_NOOP("Cobuild", "Contract")},
        {AgreementKind::Claim, "claim", QT_TRANSLATE_NOOP("Cobuild", "Project claim")},
    };
};

template <>
struct Table<NeedState>
{
    static inline const QList<Entry<NeedState>> entries = {
        {NeedState::Open, "open", QT_TRANSLATE_NOOP("Cobuild", "Open")},
        {NeedState::Matched, "matched", QT_TRANSLATE_NOOP("Cobuild", "Matched")},
        {NeedState::Fulfilled, "fulfilled", QT_TRANSLATE_NOOP("Cobuild", "Fulfilled")},
        {NeedState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Cobuild", "Withdrawn")},
    };
};

template <>
struct Table<ProjectKind>
{
    static inline const QList<Entry<ProjectKind>> entries = {
        {ProjectKind::Secretary, "secretary", QT_TRANSLATE_NOOP("Cobuild", "Secretary project")},
        {ProjectKind::Cobuild, "cobuild", QT_TRANSLATE_NOOP("Cobuild", "Co-building project")},
        {ProjectKind::Livelihood, "livelihood", QT_TRANSLATE_NOOP("Cobuild", "Livelihood project")},
    };
};

template <>
struct Table<ProjectStage>
{
    static inline const QList<Entry<ProjectStage>> entries = {
        {ProjectStage::Approved, "approved", QT_TRANSLATE_NOOP("Cobuild", "Approved")},
        {ProjectStage::Advancing, "advancing", QT_TRANSLATE_NOOP("Cobuild", "Advancing")},
        {ProjectStage::Results, "results", QT_TRANSLATE_NOOP("Cobuild", "Showing results")},
        {ProjectStage::Concluded, "concluded", QT_TRANSLATE_NOOP("Cobuild", "Concluded")},
    };
};

template <>
struct Table<ReviewKind>
{
    static inline const QList<Entry<ReviewKind>> entries = {
        {ReviewKind::Weekly, "weekly", QT_TRANSLATE_NOOP("Cobuild", "Weekly scheduling")},
        {ReviewKind::Monthly, "monthly", QT_TRANSLATE_NOOP("Cobuild", "Monthly bulletin")},
        {ReviewKind::Quarterly, "quarterly", QT_TRANSLATE_NOOP("Cobuild", "Quarterly review")},
        {ReviewKind::Annual, "annual", QT_TRANSLATE_NOOP("Cobuild", "Annual assessment")},
    };
};

template <>
struct Table<TaskState>
{
    static inline const QList<Entry<TaskState>> entries = {
        {TaskState::Open, "open", QT_TRANSLATE_NOOP("Cobuild", "Under way")},
        {TaskState::Done, "done", QT_TRANSLATE_NOOP("Cobuild", "Done")},
        {TaskState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Cobuild", "Cancelled")},
    };
};

template <>
struct Table<ActivityKind>
{
    static inline const QList<Entry<ActivityKind>> entries = {
        {ActivityKind::Joint, "joint", QT_TRANSLATE_NOOP("Cobuild", "Joint activity")},
        {ActivityKind::OrganisationalLife, "organisational_life", QT_TRANSLATE_NOOP("Cobuild", "Organisational life")},
        {ActivityKind::Theme, "theme", QT_TRANSLATE_NOOP("Cobuild", "Theme activity")},
        {ActivityKind::VolunteerService, "volunteer_service", QT_TRANSLATE_NOOP("Cobuild", "Volunteer service")},
    };
};

template <>
struct Table<MeetingKind>
{
    static inline const QList<Entry<MeetingKind>> entries = {
        {MeetingKind::Joint, "joint", QT_TRANSLATE_NOOP("Cobuild", "Joint meeting")},
        {MeetingKind::LongBench, "long_bench", QT_TRANSLATE_NOOP("Cobuild", "Long-bench council")},
        {MeetingKind::PartyMass, "party_mass", QT_TRANSLATE_NOOP("Cobuild", "Party-and-people council")},
        {MeetingKind::GridPartyMass, "grid_party_mass", QT_TRANSLATE_NOOP("Cobuild", "Grid party-and-people council")},
        {MeetingKind::RedHall, "red_hall", QT_TRANSLATE_NOOP("Cobuild", "Red council hall")},
        {MeetingKind::Tripartite, "tripartite", QT_TRANSLATE_NOOP("Cobuild", "Tripartite council")},
    };
};

} // namespace

namespace Cobuild {

template <typename E>
const QList<E> &all()
{
    static const QList<E> values = [] {
        QList<E> list;
        for (const auto &entry : Table<E>::entries)
            list.append(entry.value);
        return list;
    }();
    return values;
}

template <typename E>
QString code(E value)
{
    for (const auto &entry : Table<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template <typename E>
QString displayName(E value)
{
    for (const auto &entry : Table<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("Cobuild", entry.name);
    }
    return {};
}

template <typename E>
std::optional<E> fromCode(const QString &text)
{
    for (const auto &entry : Table<E>::entries) {
        if (text == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

#define ZH_COBUILD_ENUM(E)                                                                                        \
    template const QList<E> &all<E>();                                                                           \
    template QString code<E>(E);                                                                                  \
    template QString displayName<E>(E);                                                                           \
    template std::optional<E> fromCode<E>(const QString &);

ZH_COBUILD_ENUM(UnitType)
ZH_COBUILD_ENUM(AgreementKind)
ZH_COBUILD_ENUM(NeedState)
ZH_COBUILD_ENUM(ProjectKind)
ZH_COBUILD_ENUM(ProjectStage)
ZH_COBUILD_ENUM(ReviewKind)
ZH_COBUILD_ENUM(TaskState)
ZH_COBUILD_ENUM(ActivityKind)
ZH_COBUILD_ENUM(MeetingKind)

#undef ZH_COBUILD_ENUM

} // namespace Cobuild
