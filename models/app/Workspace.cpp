#include "Workspace.h"

#include "cobuild/ActivityService.h"
#include "cobuild/AgreementService.h"
#include "cobuild/MeetingService.h"
#include "cobuild/NeedService.h"
#include "cobuild/ProjectService.h"
#include "cobuild/UnitService.h"
#include "ledger/LedgerService.h"
#include "ledger/WhistleCatalogue.h"
#include "gridstaff/GridStaffService.h"
#include "guarantee/GuaranteeService.h"
#include "guarantee/VenueService.h"
#include "members/MemberService.h"
#include "org/OrgService.h"
#include "points/PointsService.h"
#include "roles/RoleService.h"
#include "store/ChangeNotices.h"
#include "store/Database.h"

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_organisations(std::make_unique<OrgService>(*m_database))
    , m_members(std::make_unique<MemberService>(*m_database))
    , m_points(std::make_unique<PointsService>(*m_database))
    , m_roles(std::make_unique<RoleService>(*m_database))
    , m_ledger(std::make_unique<LedgerService>(*m_database, *m_points))
    , m_whistles(std::make_unique<WhistleCatalogue>(*m_database))
    , m_gridStaff(std::make_unique<GridStaffService>(*m_database))
    , m_units(std::make_unique<UnitService>(*m_database, *m_roles))
    , m_agreements(std::make_unique<AgreementService>(*m_database))
    , m_activities(std::make_unique<ActivityService>(*m_database, *m_points))
    , m_needs(std::make_unique<NeedService>(*m_database))
    , m_projects(std::make_unique<ProjectService>(*m_database))
    , m_meetings(std::make_unique<MeetingService>(*m_database))
    , m_venues(std::make_unique<VenueService>(*m_database))
    , m_guarantee(std::make_unique<GuaranteeService>(*m_database))
    , m_notices(std::make_unique<ChangeNotices>(*m_database))
{
    QObject::connect(m_notices.get(), &ChangeNotices::changed, m_notices.get(),
                     [this](const QSet<QString> &tables) { announceChanges(tables); });
}

Workspace::~Workspace()
{
    // Services hold queries on the connection; they go before the database closes it.
    m_notices.reset();
    m_guarantee.reset();
    m_venues.reset();
    m_meetings.reset();
    m_projects.reset();
    m_needs.reset();
    m_activities.reset();
    m_agreements.reset();
    m_units.reset();
    m_gridStaff.reset();
    m_whistles.reset();
    m_ledger.reset();
    m_roles.reset();
    m_points.reset();
    m_members.reset();
    m_organisations.reset();
    m_database.reset();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    auto database = Database::open(path, Database::Access::ReadWrite);
    if (!database)
        return Result<std::unique_ptr<Workspace>>::failure(database.error());
    return std::unique_ptr<Workspace>(new Workspace(std::move(database.value())));
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path)
{
    auto database = Database::create(path);
    if (!database)
        return Result<std::unique_ptr<Workspace>>::failure(database.error());
    return std::unique_ptr<Workspace>(new Workspace(std::move(database.value())));
}

void Workspace::announceChanges(const QSet<QString> &tables)
{
    const auto any = [&tables](std::initializer_list<const char *> names) {
        if (tables.isEmpty())
            return true;
        for (const char *name : names) {
            if (tables.contains(QLatin1String(name)))
                return true;
        }
        return false;
    };
    if (any({"organisation", "role", "calendar_day"}))
        m_organisations->announceReset();
    if (any({"member", "points_entry", "member_figures"}))
        m_members->announceReset();
    if (any({"ledger_category"}))
        Q_EMIT m_ledger->categoriesChanged();
    if (any({"ledger_item", "ledger_event", "ledger_summons"}))
        m_ledger->announceReset();
    if (any({"department", "whistle_matter", "whistle_matter_department"}))
        Q_EMIT m_whistles->changed();
    if (any({"grid_visit", "assessment_weight", "role"}))
        Q_EMIT m_gridStaff->changed();
    if (any({"unit", "unit_membership"}))
        Q_EMIT m_units->changed();
    if (any({"agreement", "activity", "activity_member"}))
        Q_EMIT m_agreements->changed();
    if (any({"activity", "activity_member"}))
        Q_EMIT m_activities->changed();
    if (any({"need", "resource", "need_resource", "cobuild_category"}))
        Q_EMIT m_needs->changed();
    if (any({"project", "project_claim", "project_need", "project_resource", "project_review"}))
        Q_EMIT m_projects->changed();
    if (any({"meeting", "meeting_unit", "task"}))
        Q_EMIT m_meetings->changed();
    if (any({"venue", "activity", "meeting"}))
        Q_EMIT m_venues->changed();
    if (any({"fund_entry"}))
        Q_EMIT m_guarantee->fundsChanged();
    if (any({"inspection", "task"}))
        Q_EMIT m_guarantee->inspectionsChanged();
}

bool Workspace::isEmpty() const
{
    return m_organisations->repository().isEmpty();
}
