#include "GridStaffDialog.h"

#include "app/Workspace.h"
#include "common/DateLineEdit.h"
#include "common/HtmlPrint.h"
#include "common/JobProgress.h"
#include "core/IsoDate.h"
#include "exchange/Quarter.h"
#include "gridstaff/AssessmentWeights.h"
#include "gridstaff/GridStaffScoreModel.h"
#include "gridstaff/GridStaffService.h"
#include "org/OrgService.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

GridStaffDialog::GridStaffDialog(Workspace &workspace, qint64 orgId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_orgId(orgId)
    , m_quarter(new QLineEdit(Quarter::containing(QDate::currentDate()).code(), this))
    , m_problem(new QLabel(this))
    , m_scores(new GridStaffScoreModel(this))
    , m_visits(new QTableWidget(0, 5, this))
    , m_staff(new QComboBox(this))
    , m_visitDay(new DateLineEdit(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_households(new QSpinBox(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Grid staff: visits and assessment"));
    const QList<qint64> lineage = m_workspace.organisations().repository().lineage(orgId);
    m_subdistrict = lineage.size() > 1 ? lineage.at(1) : 0;
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);

    // The assessment.
    auto *assessment = new QWidget(this);
    auto *top = new QHBoxLayout;
    auto *quarterLabel = new QLabel(tr("&Quarter:"), assessment);
    quarterLabel->setBuddy(m_quarter);
    m_quarter->setPlaceholderText(QStringLiteral("2026Q4"));
    m_quarter->setMaximumWidth(120);
    auto *printButton = new QPushButton(tr("&Print…"), assessment);
    top->addWidget(quarterLabel);
    top->addWidget(m_quarter);
    top->addStretch();
    top->addWidget(printButton);
    auto *table = new QTableView(assessment);
    table->setModel(m_scores);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(GridStaffScoreModel::GridColumn, QHeaderView::Stretch);
    auto *weightsRow = new QHBoxLayout;
    const QStringList weightLabels = {tr("&Hours:"), tr("&Raised:"), tr("&On time:"), tr("&Satisfaction:")};
    const AssessmentWeights weights = AssessmentWeights::of(m_workspace.database(), m_subdistrict ? m_subdistrict : orgId);
    const int values[4] = {weights.hours, weights.raised, weights.onTime, weights.satisfaction};
    weightsRow->addWidget(new QLabel(tr("Weights (%):"), assessment));
    for (int i = 0; i < 4; ++i) {
        m_weights[i] = new QSpinBox(assessment);
        m_weights[i]->setRange(0, 100);
        m_weights[i]->setValue(values[i]);
        auto *label = new QLabel(weightLabels.at(i), assessment);
        label->setBuddy(m_weights[i]);
        weightsRow->addWidget(label);
        weightsRow->addWidget(m_weights[i]);
    }
    auto *saveWeights = new QPushButton(tr("Save &weights"), assessment);
    saveWeights->setEnabled(m_subdistrict != 0);
    weightsRow->addWidget(saveWeights);
    weightsRow->addStretch();
    auto *assessmentLayout = new QVBoxLayout(assessment);
    assessmentLayout->addLayout(top);
    assessmentLayout->addWidget(table, 1);
    assessmentLayout->addLayout(weightsRow);

    // The visits, and the form to log one.
    auto *visits = new QWidget(this);
    m_visits->setHorizontalHeaderLabels({tr("Date"), tr("Staff"), tr("Hours"), tr("Households"), tr("Note")});
    m_visits->verticalHeader()->hide();
    m_visits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visits->horizontalHeader()->setStretchLastSection(true);
    // The staff of a sub-district, a community or a grid (a whole district's are too many to list).
    if (m_subdistrict != 0) {
        for (const GridStaffMember &member : m_workspace.gridStaff().staff(orgId))
            m_staff->addItem(tr("%1 (%2)").arg(member.name, member.grid), member.roleId);
    } else {
        m_staff->setPlaceholderText(tr("choose a sub-district, a community or a grid in the tree"));
    }
    m_visitDay->setDate(QDate::currentDate());
    m_hours->setRange(0.5, 24);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(2);
    m_households->setRange(0, 10000);
    m_households->setValue(5);
    auto *form = new QFormLayout;
    form->addRow(tr("Staff &member:"), m_staff);
    form->addRow(tr("&Day:"), m_visitDay);
    form->addRow(tr("Ho&urs:"), m_hours);
    form->addRow(tr("Households &visited:"), m_households);
    form->addRow(tr("&Note:"), m_note);
    auto *logButton = new QPushButton(tr("&Log the visit"), visits);
    logButton->setEnabled(m_staff->count() > 0);
    auto *visitsLayout = new QVBoxLayout(visits);
    visitsLayout->addWidget(m_visits, 1);
    visitsLayout->addLayout(form);
    visitsLayout->addWidget(logButton, 0, Qt::AlignRight);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(assessment, tr("&Assessment"));
    tabs->addTab(visits, tr("Visi&ts"));
    auto *scope = new QLabel(orgId ? m_workspace.organisations().repository().pathNames(orgId).join(QStringLiteral(" › "))
                                   : tr("All organisations"),
                             this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_quarter, &QLineEdit::editingFinished, this, &GridStaffDialog::refresh);
    connect(printButton, &QPushButton::clicked, this, &GridStaffDialog::print);
    connect(saveWeights, &QPushButton::clicked, this, &GridStaffDialog::saveWeights);
    connect(logButton, &QPushButton::clicked, this, &GridStaffDialog::logVisit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(960, 600);
}

void GridStaffDialog::refresh()
{
    const auto quarter = Quarter::parse(m_quarter->text().trimmed());
    if (!quarter) {
        m_problem->setText(tr("Write the quarter as 2026Q4."));
        return;
    }
    m_problem->clear();
    // A city's quarter takes a moment: on a worker with its own connection, the window answering.
    QList<GridStaffScore> scores;
    const Outcome assessed = JobProgress::run(this, m_workspace.database(), tr("Assessment of the grid staff"),
                                              tr("Assessing the grid staff…"), [&](Database &database, Job &) {
                                                  const auto assessed = GridStaffAssessment::compute(
                                                      database, m_orgId, quarter->first(), quarter->last());
                                                  if (!assessed)
                                                      return Outcome::failure(assessed.error());
                                                  scores = assessed.value();
                                                  return Outcome::success();
                                              });
    if (!assessed)
        m_problem->setText(assessed.error());
    m_scores->setScores(scores);
    const QList<GridVisit> visits = m_workspace.gridStaff().visits(m_orgId, quarter->first(), quarter->last(), 500);
    m_visits->setRowCount(int(visits.size()));
    for (int row = 0; row < visits.size(); ++row) {
        const GridVisit &visit = visits.at(row);
        const QStringList cells = {IsoDate::format(visit.visitedOn), visit.staff, QLocale().toString(visit.minutes / 60.0, 'f', 1),
                                   QString::number(visit.households), visit.note};
        for (int column = 0; column < cells.size(); ++column)
            m_visits->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

bool GridStaffDialog::logVisit()
{
    GridVisit visit;
    visit.roleId = m_staff->currentData().toLongLong();
    visit.visitedOn = m_visitDay->date();
    visit.minutes = int(std::lround(m_hours->value() * 60));
    visit.households = m_households->value();
    visit.note = m_note->text();
    const auto added = m_workspace.gridStaff().addVisit(visit);
    if (!added) {
        m_problem->setText(added.error());
        return false;
    }
    m_note->clear();
    m_quarter->setText(Quarter::containing(visit.visitedOn).code());
    refresh();
    return true;
}

void GridStaffDialog::saveWeights()
{
    const AssessmentWeights weights{m_weights[0]->value(), m_weights[1]->value(), m_weights[2]->value(), m_weights[3]->value()};
    if (const Outcome saved = AssessmentWeights::save(m_workspace.database(), m_subdistrict, weights); !saved) {
        m_problem->setText(saved.error());
        return;
    }
    refresh();
}

QString GridStaffDialog::html() const
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>")
                       .arg(tr("Assessment of the grid staff"), tr("%1, quarter %2").arg(
                                m_orgId ? m_workspace.organisations().repository().pathNames(m_orgId).join(QStringLiteral(" › "))
                                        : tr("All organisations"),
                                m_quarter->text().trimmed()));
    for (int column = 0; column < m_scores->columnCount(); ++column)
        html += QStringLiteral("<th>%1</th>").arg(m_scores->headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < m_scores->rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < m_scores->columnCount(); ++column)
            html += QStringLiteral("<td>%1</td>").arg(m_scores->index(row, column).data().toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

void GridStaffDialog::print()
{
    HtmlPrint::preview(this, html(), QPageLayout::Landscape);
}
