#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class Database;
class LedgerService;
class MemberService;
class OrgService;
class PointsService;
class RoleService;

/// An open database with the services that work on it: what a window shows and edits.
class Workspace
{
public:
    /// Opens an existing file for writing (the GUI is a writer), or creates it when asked to.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    static Result<std::unique_ptr<Workspace>> create(const QString &path);

    ~Workspace();

    Database &database() { return *m_database; }
    const Database &database() const { return *m_database; }
    OrgService &organisations() { return *m_organisations; }
    MemberService &members() { return *m_members; }
    PointsService &points() { return *m_points; }
    RoleService &roles() { return *m_roles; }
    LedgerService &ledger() { return *m_ledger; }

    /// Whether the file has no organisations yet (a first start).
    bool isEmpty() const;

private:
    explicit Workspace(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<OrgService> m_organisations;
    std::unique_ptr<MemberService> m_members;
    std::unique_ptr<PointsService> m_points;
    std::unique_ptr<RoleService> m_roles;
    std::unique_ptr<LedgerService> m_ledger;
};
