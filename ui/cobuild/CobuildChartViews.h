#pragma once

#include <QtCharts/QChartView>

class Database;

/// The two small charts of the co-building page, redrawn for the scope.
namespace CobuildChartViews {

/// Needs by category: still open against matched or fulfilled, as stacked bars.
QChartView *needsByCategory(QWidget *parent);
void fillNeedsByCategory(QChartView *view, const Database &database, qint64 orgId);

/// Agreements in force by this year's fulfilment: behind, on track, target met.
QChartView *fulfilment(QWidget *parent);
void fillFulfilment(QChartView *view, const Database &database, qint64 orgId);

} // namespace CobuildChartViews
