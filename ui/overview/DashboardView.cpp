#include "DashboardView.h"

#include "cobuild/CobuildChartViews.h"
#include "common/ChartSupport.h"
#include "core/IsoDate.h"
#include "guarantee/Money.h"
#include "store/Database.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QPieSeries>

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

using ChartSupport::maxBars;
const QColor recordedColour(0x34, 0x98, 0xdb);
const QColor closedColour(0x27, 0xae, 0x60);
const QColor warnColour(0xc0, 0x39, 0x2b);

QChartView *chartView(QWidget *parent, const QString &name)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(2, 2, 2, 2));
    view->setMinimumHeight(230);
    return view;
}

/// Horizontal bars with names on the left, values along the bottom.
void horizontal(QChart *chart, QHorizontalBarSeries *series, const QStringList &names, double most, bool percent)
{
    chart->addSeries(series);
    ChartSupport::namesAxis(chart, series, names);
    ChartSupport::valuesAxis(chart, series, most, percent);
}

} // namespace

DashboardView::DashboardView(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_period(new QComboBox(this))
    , m_later(new QTimer(this))
    , m_guarantee(new QLabel(this))
    , m_work(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    for (int i = 0; i < 5; ++i)
        m_period->addItem(QString(), i);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::refreshLater);
    const QStringList names = {QStringLiteral("monthsChart"), QStringLiteral("ratesChart"), QStringLiteral("categoriesChart"),
                               QStringLiteral("overdueChart"), QStringLiteral("needsDashboardChart"), QStringLiteral("meetingsChart")};
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    for (int i = 0; i < names.size(); ++i) {
        QChartView *view = i == 4 ? CobuildChartViews::needsByCategory(this) : chartView(this, names.at(i));
        view->setObjectName(names.at(i));
        view->setMinimumHeight(230);
        m_charts.append(view);
        grid->addWidget(view, i / 3, i % 3);
    }
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("periodLabel"));
    label->setBuddy(m_period);
    top->addWidget(label);
    top->addWidget(m_period);
    top->addSpacing(16);
    m_guarantee->setObjectName(QStringLiteral("guaranteeLine"));
    m_guarantee->setWordWrap(true);
    m_guarantee->setTextFormat(Qt::RichText);
    connect(m_guarantee, &QLabel::linkActivated, this, &DashboardView::guaranteeRequested);
    top->addWidget(m_guarantee, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    m_work->setObjectName(QStringLiteral("workLine"));
    m_work->setWordWrap(true);
    m_work->setTextFormat(Qt::PlainText);
    layout->addWidget(m_work);
    layout->addLayout(grid, 1);
    m_later->setSingleShot(true);
    m_later->setInterval(0);
    connect(m_later, &QTimer::timeout, this, &DashboardView::refresh);
    retranslate();
}

std::pair<QDate, QDate> DashboardView::period() const
{
    const QDate today = QDate::currentDate();
    switch (m_period->currentIndex()) {
    case 1: return {QDate(today.year(), 1, 1), today};
    case 2: return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case 3: return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case 4: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    default: return {QDate(today.year(), today.month(), 1).addMonths(-11), today};
    }
}

void DashboardView::setScope(qint64 orgId)
{
    if (orgId == m_scope && !m_dirty)
        return;
    m_scope = orgId;
    refreshLater();
}

void DashboardView::refreshLater()
{
    m_dirty = true;
    if (isVisible())
        m_later->start();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the window is on screen and painted: the figures never hold up the start.
    if (m_dirty)
        m_later->start(m_dashboard.months.isEmpty() ? 150 : 0);
}

void DashboardView::refresh()
{
    m_dirty = false;
    const auto [from, to] = period();
    m_dashboard = Dashboard::compute(m_database, m_scope, from, to);
    drawMonths();
    drawChildren();
    drawCategories();
    drawOverdue();
    CobuildChartViews::fillNeedsByCategory(m_charts.at(4), m_database, m_scope);
    drawMeetings();
    drawGuarantee();
    drawWork();
}

void DashboardView::drawWork()
{
    const WorkFigures &w = m_dashboard.work;
    if (!m_dashboard.workError.isEmpty()) {
        m_work->setText(m_dashboard.workError);
        return;
    }
    const auto coverage = [](const WorkFigures::Units &u) {
        return u.units ? QStringLiteral("%1/%2 (%3%)").arg(u.withPartyOrg).arg(u.units).arg(u.coverage() * 100.0, 0, 'f', 1)
                       : QStringLiteral("—");
    };
    qint64 orders = 0;
    for (const WorkFigures::Count &c : w.itemsBySource) {
        if (c.code == QLatin1String("order"))
            orders = c.count;
    }
    m_work->setText(tr("Party organisations in property companies %1, non-public enterprises %2, social organisations %3 · "
                       "%Ln part-time committee member(s) · residents' orders %4 · activities %5 (joint %6), participants %7",
                       nullptr, int(w.partTimeMembers))
                        .arg(coverage(w.unitsOf(QStringLiteral("property"))), coverage(w.unitsOf(QStringLiteral("private"))),
                             coverage(w.unitsOf(QStringLiteral("social"))))
                        .arg(orders)
                        .arg(w.activities)
                        .arg(w.jointActivities)
                        .arg(w.participants));
}

void DashboardView::drawGuarantee()
{
    const GuaranteeFigures &g = m_dashboard.guarantee;
    QStringList parts;
    if (!m_dashboard.guaranteeError.isEmpty()) {
        parts.append(m_dashboard.guaranteeError.toHtmlEscaped());
    } else {
        if (!g.belowStandard.isEmpty())
            parts.append(QStringLiteral("<span style='color:#c0392b'>%1</span>")
                             .arg(tr("%Ln community(ies) below the space standard, %L1 m² short", nullptr, int(g.belowStandard.size()))
                                      .arg(g.shortTotal())
                                      .toHtmlEscaped()));
        else if (g.communities > 0)
            parts.append(tr("every community meets the space standard").toHtmlEscaped());
        if (g.allotted > 0)
            parts.append(tr("work funds %1: %2 of %3 yuan spent (%4%)")
                             .arg(g.year)
                             .arg(Money::yuan(g.spent), Money::yuan(g.allotted))
                             .arg(g.spentRate() * 100.0, 0, 'f', 1)
                             .toHtmlEscaped());
    }
    m_guarantee->setVisible(!parts.isEmpty());
    m_guarantee->setText(tr("Guarantee list: %1 — <a href='guarantee'>see</a>").arg(parts.join(QStringLiteral(" · "))));
}

void DashboardView::drawMonths()
{
    QChart *chart = m_charts.at(0)->chart();
    ChartSupport::clear(chart, tr("Ledger items recorded and closed, by month"));
    auto *recorded = new QBarSet(tr("Recorded"));
    auto *closed = new QBarSet(tr("Closed"));
    recorded->setColor(recordedColour);
    closed->setColor(closedColour);
    QStringList months;
    double most = 0;
    // Month numbers: twelve names ("10月", "Oct") do not fit under twelve pairs of bars.
    for (const Dashboard::Month &m : m_dashboard.months) {
        months.append(QString::number(m.month.month()));
        *recorded << double(m.recorded);
        *closed << double(m.closed);
        most = std::max({most, double(m.recorded), double(m.closed)});
    }
    auto *series = new QBarSeries;
    series->append(recorded);
    series->append(closed);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    axisX->setTruncateLabels(false);
    if (!m_dashboard.months.isEmpty())
        axisX->setTitleText(tr("Month, %1 to %2")
                                .arg(m_dashboard.months.first().month.toString(QStringLiteral("yyyy-MM")),
                                     m_dashboard.months.last().month.toString(QStringLiteral("yyyy-MM"))));
    QFont small = axisX->titleFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(false);
    axisX->setTitleFont(small);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    ChartSupport::valuesAxis(chart, series, most, false, Qt::AlignLeft);
    chart->legend()->show();
    ChartSupport::markEmpty(m_charts.at(0), most == 0);
    const auto open = [this](int index) {
        if (index < 0 || index >= m_dashboard.months.size())
            return;
        LedgerFilter filter;
        filter.orgId = m_dashboard.orgId;
        filter.recordedFrom = m_dashboard.months.at(index).month;
        filter.recordedTo = filter.recordedFrom.addMonths(1).addDays(-1);
        Q_EMIT ledgerRequested(filter);
    };
    connect(recorded, &QBarSet::clicked, this, open);
    connect(closed, &QBarSet::clicked, this, open);
}

void DashboardView::drawChildren()
{
    QChart *chart = m_charts.at(1)->chart();
    ChartSupport::clear(chart, tr("Completion and satisfaction (the %1 lowest)").arg(maxBars));
    QList<Dashboard::Child> children;
    for (const Dashboard::Child &child : m_dashboard.children) {
        if (child.recorded > 0)
            children.append(child);
    }
    std::stable_sort(children.begin(), children.end(),
                     [](const Dashboard::Child &a, const Dashboard::Child &b) { return a.completionRate() < b.completionRate(); });
    if (children.size() > maxBars)
        children.resize(maxBars);
    std::reverse(children.begin(), children.end()); // the lowest at the top
    auto *completion = new QBarSet(tr("Completion"));
    auto *satisfaction = new QBarSet(tr("Satisfaction"));
    completion->setColor(closedColour);
    satisfaction->setColor(recordedColour);
    QStringList names;
    for (const Dashboard::Child &child : children) {
        names.append(child.name);
        *completion << child.completionRate() * 100;
        *satisfaction << child.satisfactionRate() * 100;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(completion);
    series->append(satisfaction);
    horizontal(chart, series, names, 100, true);
    chart->legend()->show();
    ChartSupport::markEmpty(m_charts.at(1), children.isEmpty());
    const auto open = [this, children](int index) {
        if (index < 0 || index >= children.size())
            return;
        LedgerFilter filter;
        filter.orgId = children.at(index).orgId;
        const auto [from, to] = period();
        filter.recordedFrom = from;
        filter.recordedTo = to;
        Q_EMIT ledgerRequested(filter);
    };
    connect(completion, &QBarSet::clicked, this, open);
    connect(satisfaction, &QBarSet::clicked, this, open);
}

void DashboardView::drawCategories()
{
    QChart *chart = m_charts.at(2)->chart();
    ChartSupport::clear(chart, tr("Items by category (the %1 most)").arg(maxBars));
    QList<Dashboard::Category> categories = m_dashboard.categories;
    if (categories.size() > maxBars)
        categories.resize(maxBars);
    std::reverse(categories.begin(), categories.end());
    auto *items = new QBarSet(tr("Items"));
    items->setColor(recordedColour);
    QStringList names;
    double most = 1;
    for (const Dashboard::Category &category : categories) {
        names.append(category.name);
        *items << double(category.items);
        most = std::max(most, double(category.items));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(items);
    horizontal(chart, series, names, most, false);
    chart->legend()->hide();
    ChartSupport::markEmpty(m_charts.at(2), categories.isEmpty());
    connect(items, &QBarSet::clicked, this, [this, categories](int index) {
        if (index < 0 || index >= categories.size())
            return;
        LedgerFilter filter;
        filter.orgId = m_dashboard.orgId;
        filter.categoryId = categories.at(index).id;
        const auto [from, to] = period();
        filter.recordedFrom = from;
        filter.recordedTo = to;
        Q_EMIT ledgerRequested(filter);
    });
}

void DashboardView::drawOverdue()
{
    QChart *chart = m_charts.at(3)->chart();
    ChartSupport::clear(chart, tr("Overdue items on %1 (the %2 most)").arg(IsoDate::format(m_dashboard.asOf)).arg(maxBars));
    QList<Dashboard::Child> children;
    for (const Dashboard::Child &child : m_dashboard.children) {
        if (child.overdue > 0)
            children.append(child);
    }
    std::stable_sort(children.begin(), children.end(), [](const Dashboard::Child &a, const Dashboard::Child &b) { return a.overdue > b.overdue; });
    if (children.size() > maxBars)
        children.resize(maxBars);
    std::reverse(children.begin(), children.end());
    auto *overdue = new QBarSet(tr("Overdue"));
    overdue->setColor(warnColour);
    QStringList names;
    double most = 1;
    for (const Dashboard::Child &child : children) {
        names.append(child.name);
        *overdue << double(child.overdue);
        most = std::max(most, double(child.overdue));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(overdue);
    horizontal(chart, series, names, most, false);
    chart->legend()->hide();
    ChartSupport::markEmpty(m_charts.at(3), children.isEmpty(), tr("Nothing is overdue"));
    connect(overdue, &QBarSet::clicked, this, [this, children](int index) {
        if (index < 0 || index >= children.size())
            return;
        LedgerFilter filter;
        filter.orgId = children.at(index).orgId;
        // As the bar counts them: every item in hand overdue, whenever recorded.
        filter.overdueOnly = true;
        Q_EMIT ledgerRequested(filter);
    });
}

void DashboardView::drawMeetings()
{
    QChart *chart = m_charts.at(5)->chart();
    ChartSupport::clear(chart, tr("Joint meetings on rhythm"));
    auto *series = new QPieSeries;
    const struct
    {
        QString label;
        int value;
        QColor colour;
    } slices[] = {
        {tr("On rhythm: %1").arg(m_dashboard.meetingsOnRhythm), m_dashboard.meetingsOnRhythm, closedColour},
        {tr("Due: %1").arg(m_dashboard.meetingsDue), m_dashboard.meetingsDue, QColor(0xe6, 0x7e, 0x22)},
        {tr("Overdue: %1").arg(m_dashboard.meetingsOverdue), m_dashboard.meetingsOverdue, warnColour},
    };
    for (const auto &slice : slices)
        series->append(slice.label, slice.value)->setColor(slice.colour);
    series->setHoleSize(0.35);
    chart->addSeries(series);
    // Below the ring: on the right, "应召开：3" is cut in a third of 1366 px.
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->legend()->font();
    small.setPointSizeF(QFont().pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    chart->legend()->show();
    ChartSupport::markEmpty(m_charts.at(5),
                            m_dashboard.meetingsOnRhythm + m_dashboard.meetingsDue + m_dashboard.meetingsOverdue == 0);
}

void DashboardView::retranslate()
{
    const QStringList periods = {tr("Last 12 months"), tr("This year"), tr("Last year"), tr("This quarter"), tr("Last month")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods.at(i));
    if (auto *label = findChild<QLabel *>(QStringLiteral("periodLabel")))
        label->setText(tr("&Period:"));
    if (!m_dirty)
        refresh();
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
