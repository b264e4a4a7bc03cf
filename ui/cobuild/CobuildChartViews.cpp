#include "CobuildChartViews.h"

#include "cobuild/CobuildFigures.h"
#include "common/ChartSupport.h"

#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QPieSeries>

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CobuildChartViews", text);
}

QChartView *emptyView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    view->setMinimumHeight(220);
    return view;
}

} // namespace

namespace CobuildChartViews {

QChartView *needsByCategory(QWidget *parent)
{
    QChartView *view = emptyView(parent);
    view->setObjectName(QStringLiteral("needsChart"));
    return view;
}

void fillNeedsByCategory(QChartView *view, const Database &database, qint64 orgId)
{
    QChart *chart = view->chart();
    ChartSupport::clear(chart, tr("Needs by category"));
    auto *open = new QBarSet(tr("Open"));
    auto *matched = new QBarSet(tr("Matched or fulfilled"));
    open->setColor(QColor(0xe6, 0x7e, 0x22));
    matched->setColor(QColor(0x27, 0xae, 0x60));
    QStringList categories;
    int most = 0;
    QList<NeedsByCategory> rows = CobuildCharts::needsByCategory(database, orgId);
    if (rows.size() > ChartSupport::maxBars) {
        // The categories with the most needs, each named, rather than every other name.
        std::stable_sort(rows.begin(), rows.end(), [](const NeedsByCategory &a, const NeedsByCategory &b) {
            return a.open + a.matched > b.open + b.matched;
        });
        rows.resize(ChartSupport::maxBars);
        chart->setTitle(tr("Needs by category (the %1 most)").arg(ChartSupport::maxBars));
    }
    std::reverse(rows.begin(), rows.end()); // the first category at the top
    for (const NeedsByCategory &row : std::as_const(rows)) {
        categories.append(row.category);
        *open << row.open;
        *matched << row.matched;
        most = std::max(most, row.open + row.matched);
    }
    // Names on the left, one per bar: under the bars, eight category names ran into each other.
    auto *series = new QHorizontalStackedBarSeries;
    series->append(matched);
    series->append(open);
    chart->addSeries(series);
    ChartSupport::namesAxis(chart, series, categories);
    ChartSupport::valuesAxis(chart, series, most, false);
    chart->legend()->show();
    ChartSupport::markEmpty(view, most == 0);
}

QChartView *fulfilment(QWidget *parent)
{
    QChartView *view = emptyView(parent);
    view->setObjectName(QStringLiteral("fulfilmentChart"));
    view->chart()->legend()->setAlignment(Qt::AlignRight);
    return view;
}

void fillFulfilment(QChartView *view, const Database &database, qint64 orgId)
{
    QChart *chart = view->chart();
    ChartSupport::clear(chart, QString());
    const FulfilmentBands bands = CobuildCharts::fulfilment(database, orgId, QDate::currentDate());
    chart->setTitle(tr("Agreements in force: activities this year"));
    auto *series = new QPieSeries;
    const struct
    {
        QString label;
        int value;
        QColor color;
    } slices[] = {
        {tr("Target met: %1").arg(bands.met), bands.met, QColor(0x27, 0xae, 0x60)},
        {tr("On track: %1").arg(bands.onTrack), bands.onTrack, QColor(0x34, 0x98, 0xdb)},
        {tr("Behind: %1").arg(bands.behind), bands.behind, QColor(0xc0, 0x39, 0x2b)},
    };
    for (const auto &slice : slices) {
        QPieSlice *added = series->append(slice.label, slice.value);
        added->setColor(slice.color);
    }
    series->setHoleSize(0.35);
    chart->addSeries(series);
    chart->legend()->show();
    ChartSupport::markEmpty(view, bands.met + bands.onTrack + bands.behind == 0);
}

} // namespace CobuildChartViews
