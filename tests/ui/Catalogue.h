#pragma once

// Every page and dialog of the program, made on a demo workspace, for the tests that hold rules
// over all of them (mnemonics, overlaps, clipped labels, the mouse wheel). A new dialog belongs
// here; the tests then keep it to the rules too.

#include "app/Workspace.h"
#include "cobuild/ActivityDialog.h"
#include "cobuild/AgreementDialog.h"
#include "cobuild/ClaimDialog.h"
#include "cobuild/ListCategoriesDialog.h"
#include "cobuild/MatchDialog.h"
#include "cobuild/MeetingDialog.h"
#include "guarantee/FundDialog.h"
#include "guarantee/InspectionDialog.h"
#include "guarantee/VenueDialog.h"
#include "guarantee/VenueService.h"
#include "cobuild/NeedDialog.h"
#include "cobuild/ProjectDialog.h"
#include "cobuild/ResourceDialog.h"
#include "cobuild/ReviewDialog.h"
#include "cobuild/SeatDialog.h"
#include "cobuild/TaskDialog.h"
#include "cobuild/UnitDialog.h"
#include "cobuild/UnitService.h"
#include "ledger/CalendarDialog.h"
#include "ledger/CategoriesDialog.h"
#include "ledger/LedgerStepDialog.h"
#include "ledger/WeeklySummaryDialog.h"
#include "ledger/HandlingFiguresDialog.h"
#include "ledger/WhistleCatalogueDialog.h"
#include "ledger/GridStaffDialog.h"
#include "help/HelpWindow.h"
#include "main/FirstRunDialog.h"
#include "main/ConnectServerDialog.h"
#include "main/OperatorNameDialog.h"
#include "main/SettingsDialog.h"
#include "members/MemberImportDialog.h"
#include "cobuild/UnitImportDialog.h"
#include "members/MemberPickerDialog.h"
#include "org/AddOrgDialog.h"
#include "org/AddRoleDialog.h"
#include "org/MoveOrgDialog.h"
#include "org/OrgPickerDialog.h"
#include "org/RetireOrgDialog.h"
#include "points/PointsEntryDialog.h"
#include "points/RankingDialog.h"
#include "exchange/ExportQuarterDialog.h"
#include "report/MonthlyReportDialog.h"
#include "members/ServiceCardDialog.h"
#include "review/YearReviewDialog.h"
#include "trust/SigningKeysDialog.h"

#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "org/OrgService.h"
#include "points/PointsService.h"
#include "roles/RoleService.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

namespace Catalogue {

struct Entry
{
    QString name;
    std::function<std::unique_ptr<QWidget>()> make;
};

inline qint64 firstId(Workspace &workspace, const char *sql)
{
    QSqlQuery query(workspace.database().connection());
    if (!query.exec(QLatin1String(sql)) || !query.next())
        qFatal("catalogue: no row for %s", sql);
    return query.value(0).toLongLong();
}

/// Every dialog, on a workspace with demo data.
inline QList<Entry> dialogs(Workspace &w)
{
    const qint64 sub = firstId(w, "SELECT id FROM organisation WHERE kind = 'subdistrict' ORDER BY id LIMIT 1");
    const qint64 community = firstId(w, "SELECT id FROM organisation WHERE kind = 'community' ORDER BY id LIMIT 1");
    const qint64 grid = firstId(w, "SELECT id FROM organisation WHERE kind = 'grid' ORDER BY id LIMIT 1");
    const qint64 agreement = firstId(w, "SELECT id FROM agreement ORDER BY id LIMIT 1");
    const qint64 project = firstId(w, "SELECT id FROM project ORDER BY id LIMIT 1");
    const qint64 need = firstId(w, "SELECT id FROM need ORDER BY id LIMIT 1");
    const qint64 unitId = firstId(w, "SELECT id FROM unit ORDER BY id LIMIT 1");
    const qint64 meeting = firstId(w, "SELECT id FROM meeting ORDER BY id LIMIT 1");
    const auto unit = w.units().unit(unitId).value_or(Unit());
    QList<Entry> out = {
        {QStringLiteral("ActivityDialog"), [&w, agreement, community] { return std::make_unique<ActivityDialog>(w, agreement, community); }},
        {QStringLiteral("AgreementDialog"), [&w, community] { return std::make_unique<AgreementDialog>(w, community); }},
        {QStringLiteral("ClaimDialog"), [&w, project, community] { return std::make_unique<ClaimDialog>(w, project, community); }},
        {QStringLiteral("ListCategoriesDialog"), [&w] { return std::make_unique<ListCategoriesDialog>(w.needs()); }},
        {QStringLiteral("MatchDialog"), [&w, need] { return std::make_unique<MatchDialog>(w, need, QStringLiteral("需求")); }},
        {QStringLiteral("MeetingDialog"), [&w, community] { return std::make_unique<MeetingDialog>(w, community); }},
        {QStringLiteral("NeedDialog"), [&w, community] { return std::make_unique<NeedDialog>(w, community); }},
        {QStringLiteral("ProjectDialog"), [&w, community] { return std::make_unique<ProjectDialog>(w, community); }},
        {QStringLiteral("ResourceDialog"), [&w, community] { return std::make_unique<ResourceDialog>(w, community); }},
        {QStringLiteral("ReviewDialog"), [&w, project] { return std::make_unique<ReviewDialog>(w, project); }},
        {QStringLiteral("SeatDialog"), [&w, unitId, unit, sub] { return std::make_unique<SeatDialog>(w, unitId, unit.name, sub); }},
        {QStringLiteral("TaskDialog"), [&w, community, meeting] { return std::make_unique<TaskDialog>(w, community, meeting); }},
        {QStringLiteral("UnitDialog"), [&w, unit, community] { return std::make_unique<UnitDialog>(w, unit, community); }},
        {QStringLiteral("CalendarDialog"), [&w] { return std::make_unique<CalendarDialog>(w.database()); }},
        {QStringLiteral("CategoriesDialog"), [&w] { return std::make_unique<CategoriesDialog>(w.ledger()); }},
        {QStringLiteral("WeeklySummaryDialog"), [&w, community] { return std::make_unique<WeeklySummaryDialog>(w, community); }},
        {QStringLiteral("HandlingFiguresDialog"), [&w, community] { return std::make_unique<HandlingFiguresDialog>(w, community); }},
        {QStringLiteral("WhistleCatalogueDialog"), [&w] { return std::make_unique<WhistleCatalogueDialog>(w.whistles()); }},
        {QStringLiteral("GridStaffDialog"), [&w, community] { return std::make_unique<GridStaffDialog>(w, community); }},
        {QStringLiteral("VenueDialog"), [&w, community] { return std::make_unique<VenueDialog>(w, Venue(), community); }},
        {QStringLiteral("VenueDialog (a venue)"), [&w, community] {
             const auto venues = w.venues().venues(community);
             return std::make_unique<VenueDialog>(w, venues && !venues.value().isEmpty() ? venues.value().first() : Venue(), community);
         }},
        {QStringLiteral("FundDialog (allot)"), [&w, community] { return std::make_unique<FundDialog>(w, FundEntry::Kind::Allotted, community, community, 2026); }},
        {QStringLiteral("FundDialog (spend)"), [&w, community] { return std::make_unique<FundDialog>(w, FundEntry::Kind::Spent, community, community, 2026); }},
        {QStringLiteral("InspectionDialog"), [&w, community] { return std::make_unique<InspectionDialog>(w, community); }},
        {QStringLiteral("FirstRunDialog"), [] { return std::make_unique<FirstRunDialog>(); }},
        {QStringLiteral("SettingsDialog"), [] { return std::make_unique<SettingsDialog>(); }},
        {QStringLiteral("ConnectServerDialog"), [] { return std::make_unique<ConnectServerDialog>(); }},
        {QStringLiteral("OperatorNameDialog"), [] { return std::make_unique<OperatorNameDialog>(); }},
        {QStringLiteral("HelpWindow"), [] {
             auto help = std::make_unique<HelpWindow>();
             help->open(QStringLiteral("ledger-close.html"));
             return help;
         }},
        {QStringLiteral("MemberImportDialog"), [&w] { return std::make_unique<MemberImportDialog>(w.database(), w.members()); }},
        {QStringLiteral("UnitImportDialog"), [&w] { return std::make_unique<UnitImportDialog>(w); }},
        {QStringLiteral("MemberPickerDialog"), [&w, community] { return std::make_unique<MemberPickerDialog>(w.members(), community, QStringLiteral("党员")); }},
        {QStringLiteral("AddOrgDialog"), [&w, community] { return std::make_unique<AddOrgDialog>(w.organisations(), community); }},
        {QStringLiteral("AddRoleDialog"), [&w, grid] { return std::make_unique<AddRoleDialog>(w.roles(), grid, true, nullptr, &w.members()); }},
        {QStringLiteral("MoveOrgDialog"), [&w, grid] { return std::make_unique<MoveOrgDialog>(w.organisations(), grid); }},
        {QStringLiteral("OrgPickerDialog"), [&w] { return std::make_unique<OrgPickerDialog>(w.organisations(), QStringLiteral("组织"), [](qint64) { return QString(); }); }},
        {QStringLiteral("RetireOrgDialog"), [&w, grid] { return std::make_unique<RetireOrgDialog>(w.organisations(), grid); }},
        {QStringLiteral("PointsEntryDialog"), [] { return std::make_unique<PointsEntryDialog>(PointsEntryDialog::Kind::Award, 20); }},
        {QStringLiteral("RankingDialog"), [&w, community] { return std::make_unique<RankingDialog>(w.points(), community, QStringLiteral("社区")); }},
        {QStringLiteral("ExportQuarterDialog"), [&w, sub] { return std::make_unique<ExportQuarterDialog>(w, sub); }},
        {QStringLiteral("MonthlyReportDialog"), [&w, sub] { return std::make_unique<MonthlyReportDialog>(w, sub); }},
        {QStringLiteral("ServiceCardDialog"), [&w, community] { return std::make_unique<ServiceCardDialog>(w, community); }},
        {QStringLiteral("YearReviewDialog"), [&w, community] { return std::make_unique<YearReviewDialog>(w, community); }},
        {QStringLiteral("SigningKeysDialog"), [&w] { return std::make_unique<SigningKeysDialog>(w.database()); }},
    };
    for (LedgerAction action : LedgerFlow::actions())
        out.append({QStringLiteral("LedgerStepDialog(%1)").arg(LedgerFlow::code(action)),
                    [&w, action, community] { return std::make_unique<LedgerStepDialog>(action, w.members(), community); }});
    return out;
}

} // namespace Catalogue
