#include "CobuildChartViews.h"

#include "cobuild/CobuildFigures.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QValueAxis>

#include <QCoreApplication>

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
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Needs by category"));
    auto *open = new QBarSet(tr("Open"));
    auto *matched = new QBarSet(tr("Matched or fulfilled"));
    open->setColor(QColor(0xe6, 0x7e, 0x22));
    matched->setColor(QColor(0x27, 0xae, 0x60));
    QStringList categories;
    int most = 0;
    for (const NeedsByCategory &row : CobuildCharts::needsByCategory(database, orgId)) {
        categories.append(row.category);
        *open << row.open;
        *matched << row.matched;
        most = std::max(most, row.open + row.matched);
    }
    auto *series = new QStackedBarSeries;
    series->append(matched);
    series->append(open);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    // Category names are four characters or so: shown whole, a little smaller, never cut to "…".
    axisX->setTruncateLabels(false);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axisX->setLabelsFont(small);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    // Whole numbers only, even when the largest count is 0 or 1.
    if (most < 5) {
        axisY->setRange(0, std::max(1, most));
        axisY->setTickCount(std::max(1, most) + 1);
    } else {
        axisY->setRange(0, most);
        axisY->applyNiceNumbers();
    }
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
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
    chart->removeAllSeries();
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
}

} // namespace CobuildChartViews
