#pragma once

#include "core/Result.h"

#include <QSet>
#include <QString>

#include <memory>

class ActivityService;
class AgreementService;
class ChangeNotices;
class Database;
class LedgerService;
class MeetingService;
class MemberService;
class NeedService;
class OrgService;
class PointsService;
class ProjectService;
class RoleService;
class UnitService;
class WhistleCatalogue;
class GridStaffService;
class GuaranteeService;
class VenueService;

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
    WhistleCatalogue &whistles() { return *m_whistles; }
    GridStaffService &gridStaff() { return *m_gridStaff; }
    UnitService &units() { return *m_units; }
    AgreementService &agreements() { return *m_agreements; }
    ActivityService &activities() { return *m_activities; }
    NeedService &needs() { return *m_needs; }
    ProjectService &projects() { return *m_projects; }
    MeetingService &meetings() { return *m_meetings; }
    VenueService &venues() { return *m_venues; }
    GuaranteeService &guarantee() { return *m_guarantee; }
    /// Other clerks' commits on a server database, told to the services as they arrive; the
    /// connection's state (reachable or not). Quiet on a file.
    ChangeNotices &notices() { return *m_notices; }

    /// Tells every view that the rows of these tables changed without this program's services
    /// (another clerk's commit on the server, a bulk job, a merge): each service whose records
    /// they are announces a reset, and the views read again. No tables: all of them (after a
    /// reconnect, when what was missed is unknown).
    void announceChanges(const QSet<QString> &tables = {});

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
    std::unique_ptr<WhistleCatalogue> m_whistles;
    std::unique_ptr<GridStaffService> m_gridStaff;
    std::unique_ptr<UnitService> m_units;
    std::unique_ptr<AgreementService> m_agreements;
    std::unique_ptr<ActivityService> m_activities;
    std::unique_ptr<NeedService> m_needs;
    std::unique_ptr<ProjectService> m_projects;
    std::unique_ptr<MeetingService> m_meetings;
    std::unique_ptr<VenueService> m_venues;
    std::unique_ptr<GuaranteeService> m_guarantee;
    std::unique_ptr<ChangeNotices> m_notices;
};
