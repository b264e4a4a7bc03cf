#include "GuaranteePage.h"

#include "FundDialog.h"
#include "GuaranteeDetails.h"
#include "InspectionDialog.h"
#include "VenueDialog.h"
#include "app/Workspace.h"
#include "cobuild/CobuildListTab.h"
#include "cobuild/CobuildTableModel.h"
#include "cobuild/MeetingService.h"
#include "guarantee/GuaranteeFigures.h"
#include "guarantee/GuaranteeRows.h"
#include "guarantee/GuaranteeService.h"
#include "guarantee/Money.h"
#include "guarantee/VenueService.h"
#include "org/OrgService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

GuaranteePage::GuaranteePage(Workspace &workspace, QWidget *parent)
    : ListsPage(workspace, GuaranteeRows::lists(), QStringLiteral("guaranteePage"), parent)
    , m_year(new QSpinBox(this))
    , m_yearLabel(new QLabel(this))
{
    m_attention->setObjectName(QStringLiteral("guaranteeAttention"));
    m_tabWidget->setObjectName(QStringLiteral("guaranteeTabs"));
    buildVenuesTab();
    buildFundsTab();
    buildInspectionsTab();
    connect(&workspace.venues(), &VenueService::changed, this, &GuaranteePage::refreshLater);
    connect(&workspace.guarantee(), &GuaranteeService::fundsChanged, this, &GuaranteePage::refreshLater);
    connect(&workspace.guarantee(), &GuaranteeService::inspectionsChanged, this, &GuaranteePage::refreshLater);
    // An inspection's tasks are ended on the co-building page's task list.
    connect(&workspace.meetings(), &MeetingService::changed, this, &GuaranteePage::refreshLater);
    // The households of a community are its own or its grids'; grids come and go.
    connect(&workspace.organisations(), &OrgService::reset, this, &GuaranteePage::refreshLater);
    connect(&workspace.organisations(), &OrgService::changed, this, &GuaranteePage::refreshLater);
    connect(&workspace.organisations(), &OrgService::added, this, &GuaranteePage::refreshLater);
    connect(&workspace.organisations(), &OrgService::moved, this, &GuaranteePage::refreshLater);
    connect(&workspace.organisations(), &OrgService::removed, this, &GuaranteePage::refreshLater);
    retranslate();
}

QString GuaranteePage::detailHtml(CobuildList list, qint64 id)
{
    return GuaranteeDetails::html(m_workspace, list, id, list == CobuildList::Funds ? fundsAsOf() : QDate::currentDate());
}

QDate GuaranteePage::fundsAsOf() const
{
    const QDate today = QDate::currentDate();
    return m_year->value() == today.year() ? today : QDate(m_year->value(), 12, 31);
}

void GuaranteePage::buildVenuesTab()
{
    button(CobuildList::Venues, QT_TR_NOOP("&Register a venue…"), false, [this](qint64) {
        VenueDialog dialog(m_workspace, Venue(), m_scope, this);
        runForm(dialog, CobuildList::Venues);
    });
    button(CobuildList::Venues, QT_TR_NOOP("&Change…"), true, [this](qint64 id) {
        const auto venue = m_workspace.venues().venue(id);
        if (!venue)
            return;
        VenueDialog dialog(m_workspace, *venue, m_scope, this);
        runForm(dialog, CobuildList::Venues);
    });
    button(CobuildList::Venues, QT_TR_NOOP("C&lose…"), true, [this](qint64 id) {
        askDateAndRun(tr("Close the venue"), tr("From which day is the venue closed?"),
                      [this, id](const QDate &on) { return m_workspace.venues().close(id, on); });
    });
    // The space tab: a venue is what a community short of space registers.
    button(CobuildList::Space, QT_TR_NOOP("&Add a venue here…"), false, [this](qint64 communityId) {
        VenueDialog dialog(m_workspace, Venue(), communityId ? communityId : m_scope, this);
        runForm(dialog, CobuildList::Venues);
    });
}

void GuaranteePage::buildFundsTab()
{
    m_year->setObjectName(QStringLiteral("fundsYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_yearLabel->setBuddy(m_year);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_yearLabel);
    layout->addWidget(m_year);
    layout->addStretch();
    button(CobuildList::Funds, QT_TR_NOOP("&Allot funds…"), false, [this](qint64 orgId) {
        FundDialog dialog(m_workspace, FundEntry::Kind::Allotted, m_scope, orgId ? orgId : m_scope, m_year->value(), this);
        runForm(dialog, CobuildList::Funds);
    });
    button(CobuildList::Funds, QT_TR_NOOP("Record &spending…"), false, [this](qint64 orgId) {
        FundDialog dialog(m_workspace, FundEntry::Kind::Spent, m_scope, orgId ? orgId : m_scope, m_year->value(), this);
        runForm(dialog, CobuildList::Funds);
    });
    m_tabs.value(CobuildList::Funds)->addButton(row);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        m_tabs.value(CobuildList::Funds)->model()->setAsOf(fundsAsOf()); // reads the year's funds
    });
}

void GuaranteePage::buildInspectionsTab()
{
    button(CobuildList::Inspections, QT_TR_NOOP("&Record an inspection…"), false, [this](qint64) {
        InspectionDialog dialog(m_workspace, m_scope, this);
        runForm(dialog, CobuildList::Inspections);
    });
}

void GuaranteePage::refresh()
{
    // The funds of the year chosen, read once with the other lists below.
    m_tabs.value(CobuildList::Funds)->model()->setAsOfQuietly(fundsAsOf());
    ListsPage::refresh();
    const auto figures = GuaranteeFigures::compute(m_workspace.database(), m_scope, QDate::currentDate());
    if (!figures) {
        setAttention({figures.error()}, true);
        return;
    }
    const GuaranteeFigures &f = figures.value();
    QStringList parts;
    if (!f.belowStandard.isEmpty()) {
        QStringList names;
        for (const CommunitySpace &c : f.belowStandard)
            names.append(tr("%1 (%L2 m² short)").arg(c.name).arg(c.shortBy()));
        parts.append(tr("%Ln community(ies) below the space standard: %1", nullptr, int(f.belowStandard.size()))
                         .arg(names.mid(0, 5).join(tr(", ")) + (names.size() > 5 ? QStringLiteral("…") : QString())));
    }
    if (f.householdsUnknown > 0)
        parts.append(tr("%Ln community(ies) without households", nullptr, int(f.householdsUnknown)));
    if (f.allotted > 0)
        parts.append(tr("funds %1: %2 of %3 yuan spent (%4%)")
                         .arg(f.year)
                         .arg(Money::yuan(f.spent), Money::yuan(f.allotted))
                         .arg(f.spentRate() * 100.0, 0, 'f', 1));
    if (f.inspectionTasksOpen > 0)
        parts.append(tr("%Ln inspection task(s) open", nullptr, int(f.inspectionTasksOpen)));
    setAttention(parts, !f.belowStandard.isEmpty());
}

void GuaranteePage::retranslate()
{
    ListsPage::retranslate();
    setTitle(tr("Places and guarantees"));
    const QStringList titles = {tr("Venues"), tr("Space standard"), tr("Work funds"), tr("Inspections")};
    for (int i = 0; i < titles.size() && i < m_tabWidget->count(); ++i)
        m_tabWidget->setTabText(i, titles.at(i));
    m_yearLabel->setText(tr("&Year:"));
}
