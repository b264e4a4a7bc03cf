#include "HelpTopics.h"

#include <QHash>
#include <QWidget>

namespace HelpTopics {

QString forClass(const QString &className)
{
    // Kept in step with the table in resources/help/README.md.
    static const QHash<QString, QString> pages = {
        {QStringLiteral("OverviewPage"), QStringLiteral("overview.html")},
        {QStringLiteral("DashboardView"), QStringLiteral("overview.html")},
        {QStringLiteral("OrgPage"), QStringLiteral("organisations.html")},
        {QStringLiteral("OrgTreeDock"), QStringLiteral("organisations.html#tree")},
        {QStringLiteral("AddOrgDialog"), QStringLiteral("organisations.html#add")},
        {QStringLiteral("MoveOrgDialog"), QStringLiteral("organisations.html#move")},
        {QStringLiteral("OrgPickerDialog"), QStringLiteral("organisations.html#move")},
        {QStringLiteral("RetireOrgDialog"), QStringLiteral("organisations.html#retire")},
        {QStringLiteral("AddRoleDialog"), QStringLiteral("organisations.html#roles")},
        {QStringLiteral("MembersPage"), QStringLiteral("members.html")},
        {QStringLiteral("MemberForm"), QStringLiteral("members.html")},
        {QStringLiteral("MemberPickerDialog"), QStringLiteral("members.html")},
        {QStringLiteral("MemberImportDialog"), QStringLiteral("members-import.html")},
        {QStringLiteral("ServiceCardDialog"), QStringLiteral("members.html#cards")},
        {QStringLiteral("YearReviewDialog"), QStringLiteral("review.html")},
        {QStringLiteral("PointsPanel"), QStringLiteral("points.html")},
        {QStringLiteral("PointsEntryDialog"), QStringLiteral("points.html")},
        {QStringLiteral("RankingDialog"), QStringLiteral("points.html")},
        {QStringLiteral("LedgerPage"), QStringLiteral("ledger.html")},
        {QStringLiteral("LedgerQuickEntry"), QStringLiteral("ledger-entry.html")},
        {QStringLiteral("LedgerStepDialog"), QStringLiteral("ledger-close.html#steps")},
        {QStringLiteral("WeeklySummaryDialog"), QStringLiteral("weekly-summary.html")},
        {QStringLiteral("CategoriesDialog"), QStringLiteral("categories.html#ledger")},
        {QStringLiteral("WhistleCatalogueDialog"), QStringLiteral("ledger-close.html#whistle")},
        {QStringLiteral("HandlingFiguresDialog"), QStringLiteral("ledger-close.html#handling")},
        {QStringLiteral("GridStaffDialog"), QStringLiteral("ledger-close.html#gridstaff")},
        {QStringLiteral("ListCategoriesDialog"), QStringLiteral("categories.html#cobuild")},
        {QStringLiteral("CalendarDialog"), QStringLiteral("calendar.html")},
        {QStringLiteral("CobuildPage"), QStringLiteral("cobuilding.html")},
        {QStringLiteral("UnitDialog"), QStringLiteral("cobuilding.html#units")},
        {QStringLiteral("UnitImportDialog"), QStringLiteral("cobuilding.html#units-import")},
        {QStringLiteral("SeatDialog"), QStringLiteral("cobuilding.html#units")},
        {QStringLiteral("AgreementDialog"), QStringLiteral("cobuilding.html#agreements")},
        {QStringLiteral("ActivityDialog"), QStringLiteral("cobuilding.html#activities")},
        {QStringLiteral("NeedDialog"), QStringLiteral("cobuilding.html#needs")},
        {QStringLiteral("MatchDialog"), QStringLiteral("cobuilding.html#needs")},
        {QStringLiteral("ResourceDialog"), QStringLiteral("cobuilding.html#resources")},
        {QStringLiteral("ProjectDialog"), QStringLiteral("cobuilding.html#projects")},
        {QStringLiteral("ClaimDialog"), QStringLiteral("cobuilding.html#projects")},
        {QStringLiteral("ReviewDialog"), QStringLiteral("cobuilding.html#projects")},
        {QStringLiteral("MeetingDialog"), QStringLiteral("cobuilding.html#meetings")},
        {QStringLiteral("TaskDialog"), QStringLiteral("cobuilding.html#tasks")},
        {QStringLiteral("GuaranteePage"), QStringLiteral("guarantee.html")},
        {QStringLiteral("VenueDialog"), QStringLiteral("guarantee.html#venues")},
        {QStringLiteral("FundDialog"), QStringLiteral("guarantee.html#funds")},
        {QStringLiteral("InspectionDialog"), QStringLiteral("guarantee.html#inspections")},
        {QStringLiteral("MonthlyReportDialog"), QStringLiteral("monthly-report.html")},
        {QStringLiteral("QPrintPreviewDialog"), QStringLiteral("monthly-report.html")},
        {QStringLiteral("ExportQuarterDialog"), QStringLiteral("quarterly-export.html")},
        {QStringLiteral("SigningKeysDialog"), QStringLiteral("keys.html")},
        {QStringLiteral("AddSenderKeyDialog"), QStringLiteral("district-merge.html#register")},
        {QStringLiteral("SettingsDialog"), QStringLiteral("settings.html")},
        {QStringLiteral("OperatorNameDialog"), QStringLiteral("settings.html")},
        {QStringLiteral("ConnectServerDialog"), QStringLiteral("start.html#server")},
        {QStringLiteral("FirstRunDialog"), QStringLiteral("start.html")},
    };
    return pages.value(className);
}

QString forWidget(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString page = forClass(QString::fromLatin1(w->metaObject()->className()));
        if (!page.isEmpty())
            return page;
    }
    return QStringLiteral("index.html");
}

} // namespace HelpTopics
