#include "Workspace.h"

#include "org/OrgService.h"
#include "store/Database.h"

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_organisations(std::make_unique<OrgService>(*m_database))
{
}

Workspace::~Workspace()
{
    // Services hold queries on the connection; they go before the database closes it.
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
