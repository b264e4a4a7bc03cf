#include "ChartSupport.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <QCoreApplication>
#include <QFontInfo>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

const char *emptyMarkName = "chartEmptyMark";

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartSupport", text);
}

} // namespace

namespace ChartSupport {

void clear(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
}

QBarCategoryAxis *namesAxis(QChart *chart, QAbstractBarSeries *series, const QStringList &names)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    axis->setTruncateLabels(false);
    // Qt Charts hides a name that would touch the next: a font that gives each name its line in
    // the height the chart has (some 100 px go to its title, value axis and legend), a little
    // smaller than the window's at most; and no more bars than maxBars.
    QFont font = axis->labelsFont();
    const int usual = int(QFontInfo(font).pixelSize() * 0.9);
    const qreal plot = chart->size().height() - 100;
    const int fits = names.isEmpty() || plot <= 0 ? usual : int(plot / names.size() / 1.5);
    font.setPixelSize(std::clamp(fits, 9, std::max(9, usual)));
    axis->setLabelsFont(font);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    return axis;
}

void valuesAxis(QChart *chart, QAbstractBarSeries *series, double most, bool percent, Qt::Alignment where)
{
    auto *axis = new QValueAxis;
    if (percent) {
        axis->setRange(0, 100);
        axis->setLabelFormat(QStringLiteral("%d%%"));
    } else if (most < 5) {
        const int top = std::max(1, int(std::ceil(most)));
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
        axis->setLabelFormat(QStringLiteral("%d"));
    } else {
        axis->setRange(0, most);
        axis->applyNiceNumbers();
        axis->setLabelFormat(QStringLiteral("%d"));
    }
    chart->addAxis(axis, where);
    series->attachAxis(axis);
}

void markEmpty(QChartView *view, bool empty, const QString &text)
{
    auto *mark = view->viewport()->findChild<QLabel *>(QLatin1String(emptyMarkName));
    if (!mark && empty) {
        mark = new QLabel(view->viewport());
        mark->setObjectName(QLatin1String(emptyMarkName));
        mark->setAlignment(Qt::AlignCenter);
        mark->setStyleSheet(QStringLiteral("color: #7f8c8d;"));
        auto *layout = new QVBoxLayout(view->viewport());
        layout->addWidget(mark);
    }
    if (mark) {
        mark->setText(text.isEmpty() ? tr("No data") : text);
        mark->setVisible(empty);
    }
    for (QAbstractAxis *axis : view->chart()->axes())
        axis->setVisible(!empty);
    if (empty)
        view->chart()->legend()->hide(); // the drawing shows it again with data
}

bool isMarkedEmpty(const QChartView *view)
{
    const auto *mark = view->viewport()->findChild<QLabel *>(QLatin1String(emptyMarkName));
    return mark && mark->isVisibleTo(view);
}

} // namespace ChartSupport
