#pragma once

#include <QString>
#include <Qt>
#include <QStringList>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QAbstractBarSeries;

/// One place for what every chart of the program does alike: clearing, the category axis that
/// shows every name, the count axis in whole numbers, and "暂无数据" in place of bare axes.
namespace ChartSupport {

/// Removes the series and axes and sets the title.
void clear(QChart *chart, const QString &title);

/// The most bars a chart of the dashboard shows with every name readable at 1366×768 (some
/// 160 px for the bars): more, and Qt Charts would name only every other one.
constexpr int maxBars = 8;

/// Names on the left, one per bar, in a font that keeps maxBars of them apart.
QBarCategoryAxis *namesAxis(QChart *chart, QAbstractBarSeries *series, const QStringList &names);

/// A value axis (along the bottom, or where told): counts in whole numbers (even when the most is
/// 0 or 1), or percentages 0–100.
void valuesAxis(QChart *chart, QAbstractBarSeries *series, double most, bool percent, Qt::Alignment where = Qt::AlignBottom);

/// Shows text ("暂无数据" by default) over an empty chart, its axes and legend hidden; or
/// takes it away (the drawing sets the legend).
void markEmpty(QChartView *view, bool empty, const QString &text = QString());

/// Whether the view shows the empty mark now.
bool isMarkedEmpty(const QChartView *view);

} // namespace ChartSupport
