#include "Workspace.h"

#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "org/OrgService.h"
#include "points/PointsService.h"
#include "roles/RoleService.h"
#include "store/Database.h"

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_organisations(std::make_unique<OrgService>(*m_database))
    , m_members(std::make_unique<MemberService>(*m_database))
    , m_points(std::make_unique<PointsService>(*m_database))
    , m_roles(std::make_unique<RoleService>(*m_database))
    , m_ledger(std::make_unique<LedgerService>(*m_database, *m_points))
{
}

Workspace::~Workspace()
{
    // Services hold queries on the connection; they go before the database closes it.
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

bool Workspace::isEmpty() const
{
    return m_organisations->repository().isEmpty();
}
