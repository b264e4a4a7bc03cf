// The overview's dashboard: its figures add up to the ledger's own for the period and scope, the
// charts are filled, and a click on a bar asks for the ledger filtered to it.

#include "TestSupport.h"

#include "cobuild/CobuildFigures.h"
#include "common/ChartSupport.h"
#include "demo/DemoGenerator.h"
#include "ledger/LedgerFigures.h"
#include "org/OrgRepository.h"
#include "overview/DashboardView.h"
#include "overview/OverviewPage.h"
#include "exchange/ExportQuarterDialog.h"
#include "report/MonthlyReportDialog.h"
#include "overview/Dashboard.h"

#include <QtCharts/QBarSet>
#include <QtCharts/QBarSeries>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QCheckBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

using namespace TestSupport;

namespace {

/// How many of names the chart shows now as labels.
int shownLabels(QChartView *view, const QStringList &names)
{
    QSet<QString> shown;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            shown.insert(text->toPlainText());
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            shown.insert(simple->text());
    }
    int count = 0;
    for (const QString &name : names)
        count += shown.contains(name) ? 1 : 0;
    return count;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    const QDate m_today = QDate::currentDate();

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("dashboard.db")));
        DemoGenerator::Options options;
        options.profile = QStringLiteral("small");
        options.asOf = m_today;
        QVERIFY(DemoGenerator::run(m_workspace->database(), options));
        m_workspace->organisations().announceReset();
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void figuresAddUp_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("district") << QStringLiteral("迎江区");
        QTest::newRow("sub-district") << QStringLiteral("迎江区/新河路街道");
        QTest::newRow("community") << QStringLiteral("迎江区/新河路街道/龙狮桥社区");
    }

    void figuresAddUp()
    {
        QFETCH(QString, path);
        const qint64 org = *OrgRepository(m_workspace->database()).findByPath(path);
        const QDate from(m_today.year(), 1, 1);
        const Dashboard d = Dashboard::compute(m_workspace->database(), org, from, m_today, m_today);
        const LedgerFigures period = LedgerFigures::compute(m_workspace->database(), org, from, m_today, m_today);
        qint64 recorded = 0, closed = 0, overdue = 0, visited = 0, satisfied = 0;
        for (const Dashboard::Child &child : d.children) {
            recorded += child.recorded;
            closed += child.closed;
            overdue += child.overdue;
            visited += child.visited;
            satisfied += child.satisfied;
        }
        QVERIFY(!d.children.isEmpty());
        QVERIFY(period.recorded > 0);
        // Items hang on grids (or the community itself): the children hold them all.
        QVERIFY(recorded <= period.recorded);
        QVERIFY(recorded >= period.recorded * 9 / 10);
        QVERIFY(closed <= period.closed && overdue <= period.overdue && satisfied <= visited);
        qint64 byCategory = 0;
        for (const Dashboard::Category &c : d.categories)
            byCategory += c.items;
        QCOMPARE(byCategory, period.recorded);
        for (int i = 1; i < d.categories.size(); ++i)
            QVERIFY(d.categories.at(i - 1).items >= d.categories.at(i).items);
        QCOMPARE(d.months.size(), 12);
        QCOMPARE(d.months.last().month, QDate(m_today.year(), m_today.month(), 1));
        const LedgerFigures thisMonth = LedgerFigures::compute(m_workspace->database(), org, d.months.last().month, m_today, m_today);
        QCOMPARE(d.months.last().recorded, thisMonth.recorded);
        QCOMPARE(d.months.last().closed, thisMonth.closed);
        QVERIFY(d.meetingsOnRhythm + d.meetingsDue + d.meetingsOverdue > 0);
    }

    void reportAndExportDialogs();

    /// As many names as a chart of the dashboard holds, at its size at 1366×768: every one shown.
    void chartsLabelEveryBar()
    {
        QChartView view(new QChart);
        view.resize(440, 270);
        QStringList names;
        auto *bars = new QBarSet(QStringLiteral("n"));
        for (int i = 1; i <= ChartSupport::maxBars; ++i) {
            names.append(QStringLiteral("第%1街道办事处").arg(i));
            *bars << i;
        }
        auto *series = new QHorizontalBarSeries;
        series->append(bars);
        view.chart()->addSeries(series);
        ChartSupport::namesAxis(view.chart(), series, names);
        ChartSupport::valuesAxis(view.chart(), series, ChartSupport::maxBars, false);
        view.chart()->setTitle(QStringLiteral("办结率与满意率（最低的 8 个）"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(shownLabels(&view, names), names.size());
    }

    /// The dashboard's needs chart shows every category's name; a grid's empty charts say so.
    void chartsNameCategoriesAndSayWhenEmpty()
    {
        OverviewPage page(m_workspace->database(), m_workspace->organisations());
        const qint64 sub = *OrgRepository(m_workspace->database()).findByPath(QStringLiteral("迎江区/新河路街道"));
        page.setScope(sub);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DashboardView *dashboard = page.dashboard();
        QTRY_COMPARE(dashboard->dashboard().orgId, sub);
        QChartView *needs = dashboard->charts().at(4);
        QStringList categories;
        for (const NeedsByCategory &row : CobuildCharts::needsByCategory(m_workspace->database(), sub))
            categories.append(row.category);
        QVERIFY(categories.size() >= 5);
        QTRY_COMPARE(shownLabels(needs, categories), categories.size());
        for (QChartView *view : dashboard->charts())
            QVERIFY2(!ChartSupport::isMarkedEmpty(view), qPrintable(view->objectName()));

        // A new grid with nothing in it: no bare axes, but "no data".
        Organisation grid;
        grid.parentId = *OrgRepository(m_workspace->database()).findByPath(QStringLiteral("迎江区/新河路街道/龙狮桥社区"));
        grid.kind = OrgKind::Grid;
        grid.name = QStringLiteral("新设网格");
        const qint64 empty = m_workspace->organisations().add(grid).value();
        page.setScope(empty);
        QTRY_COMPARE(dashboard->dashboard().orgId, empty);
        for (int chart : {0, 1, 2, 3}) {
            QVERIFY2(ChartSupport::isMarkedEmpty(dashboard->charts().at(chart)), qPrintable(dashboard->charts().at(chart)->objectName()));
            for (QAbstractAxis *axis : dashboard->charts().at(chart)->chart()->axes())
                QVERIFY(!axis->isVisible());
        }
    }

    void barsOpenTheLedger()
    {
        OverviewPage page(m_workspace->database(), m_workspace->organisations());
        const qint64 sub = *OrgRepository(m_workspace->database()).findByPath(QStringLiteral("迎江区/新河路街道"));
        page.setScope(sub);
        page.resize(1300, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DashboardView *dashboard = page.dashboard();
        QTRY_VERIFY(!dashboard->dashboard().months.isEmpty());
        QCOMPARE(dashboard->dashboard().orgId, sub);
        for (QChartView *view : dashboard->charts())
            QVERIFY2(!view->chart()->series().isEmpty(), qPrintable(view->objectName()));
        QSignalSpy spy(&page, &OverviewPage::ledgerRequested);

        // The last month's bar: the ledger for that month, in the scope.
        auto *months = qobject_cast<QBarSeries *>(dashboard->charts().at(0)->chart()->series().first());
        QVERIFY(months);
        Q_EMIT months->barSets().first()->clicked(11);
        QCOMPARE(spy.count(), 1);
        LedgerFilter filter = spy.takeFirst().first().value<LedgerFilter>();
        QCOMPARE(filter.orgId, sub);
        QCOMPARE(filter.recordedFrom, QDate(m_today.year(), m_today.month(), 1));
        QCOMPARE(filter.recordedTo, filter.recordedFrom.addMonths(1).addDays(-1));

        // A category's bar: that category over the period.
        auto *categories = qobject_cast<QHorizontalBarSeries *>(dashboard->charts().at(2)->chart()->series().first());
        QVERIFY(categories);
        const int last = int(categories->barSets().first()->count()) - 1;
        Q_EMIT categories->barSets().first()->clicked(last); // the top bar: the most frequent category
        filter = spy.takeFirst().first().value<LedgerFilter>();
        QCOMPARE(filter.categoryId, dashboard->dashboard().categories.first().id);
        QCOMPARE(filter.recordedFrom, dashboard->period().first);

        // An overdue bar: that community's overdue items.
        auto *overdue = qobject_cast<QHorizontalBarSeries *>(dashboard->charts().at(3)->chart()->series().first());
        QVERIFY(overdue);
        if (overdue->barSets().first()->count() > 0) {
            Q_EMIT overdue->barSets().first()->clicked(0);
            filter = spy.takeFirst().first().value<LedgerFilter>();
            QVERIFY(filter.overdueOnly);
            QVERIFY(filter.orgId != sub);
        }

        // Another period: the figures follow.
        dashboard->periodCombo()->setCurrentIndex(4); // last month
        QTRY_COMPARE(dashboard->dashboard().from, dashboard->period().first);
    }
};

void TestDashboard::reportAndExportDialogs()
{
    const qint64 root = OrgRepository(m_workspace->database()).rootId();
    // The monthly report for the sub-district, saved as a PDF without asking where.
    MonthlyReportDialog report(*m_workspace, *OrgRepository(m_workspace->database()).findByPath(QStringLiteral("迎江区/新河路街道")));
    const QString pdf = m_dir.filePath(QStringLiteral("月报.pdf"));
    QVERIFY(report.savePdf(pdf));
    QVERIFY(QFileInfo(pdf).size() > 10000);

    // The export from the top of the tree goes for the sub-district, never the whole district.
    ExportQuarterDialog dialog(*m_workspace, root);
    dialog.folderEdit()->setText(m_dir.filePath(QStringLiteral("exports")));
    QVERIFY(!dialog.personalBox()->isChecked());
    QVERIFY2(dialog.exportNow(), qPrintable(dialog.statusLabel()->text()));
    const QStringList files = QDir(m_dir.filePath(QStringLiteral("exports"))).entryList({QStringLiteral("*.zhq"), QStringLiteral("*.xlsx")});
    QCOMPARE(files.size(), 2);
    QVERIFY2(files.first().startsWith(QStringLiteral("新河路街道-")), qPrintable(files.first()));
}

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
