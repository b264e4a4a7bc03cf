#include "YearReviewDialog.h"

#include "app/Workspace.h"
#include "common/DateLineEdit.h"
#include "common/JobProgress.h"
#include "common/OrgCombo.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"
#include "report/ReviewSheetDocument.h"
#include "review/ReviewService.h"
#include "review/ReviewTableModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {

std::optional<double> scoreOf(const QDoubleSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<double>(box->value());
}

} // namespace

YearReviewDialog::YearReviewDialog(Workspace &workspace, qint64 scopeId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_scope(new OrgCombo(workspace.organisations(), {OrgKind::District, OrgKind::Subdistrict}, scopeId, this))
    , m_year(new QSpinBox(this))
    , m_model(new ReviewTableModel(this))
    , m_table(new QTableView(this))
    , m_chosen(new QLabel(this))
    , m_report(new QPlainTextEdit(this))
    , m_reviewedOn(new DateLineEdit(this))
    , m_save(new QPushButton(tr("&Save the review"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Year-end review"));
    // Chosen in the tree: a community or below stands for its sub-district.
    const OrgRepository &organisations = workspace.organisations().repository();
    const QList<qint64> lineage = organisations.lineage(scopeId);
    for (auto it = lineage.crbegin(); it != lineage.crend(); ++it) {
        const auto node = organisations.node(*it);
        if (node && (node->kind == OrgKind::Subdistrict || node->kind == OrgKind::District)) {
            m_scope->setCurrentId(*it);
            break;
        }
    }
    if (!m_scope->currentId() && m_scope->count() > 0)
        m_scope->setCurrentIndex(0);
    m_scope->setObjectName(QStringLiteral("reviewScope"));
    m_year->setObjectName(QStringLiteral("reviewYear"));
    m_year->setRange(2000, QDate::currentDate().year());
    m_year->setValue(QDate::currentDate().year() - 1); // reviewed at the start of the next year
    auto *top = new QFormLayout;
    top->addRow(tr("&Within:"), m_scope);
    top->addRow(tr("&Year:"), m_year);

    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReviewTableModel::Organisation, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &YearReviewDialog::showChosen);

    // The chosen organisation's review.
    auto *form = new QFormLayout;
    m_chosen->setWordWrap(true);
    form->addRow(m_chosen);
    m_report->setObjectName(QStringLiteral("reviewReport"));
    m_report->setPlaceholderText(tr("The report to the level above: what was done, what fell short, what comes next"));
    m_report->setTabChangesFocus(true);
    form->addRow(tr("Re&port:"), m_report);
    const char *labels[3] = {QT_TR_NOOP("Level &above:"), QT_TR_NOOP("Co-building &units:"), QT_TR_NOOP("&Members:")};
    for (int i = 0; i < 3; ++i) {
        m_scores[i] = new QDoubleSpinBox(this);
        m_scores[i]->setObjectName(QStringLiteral("reviewScore%1").arg(i));
        m_scores[i]->setRange(-1, 100);
        m_scores[i]->setDecimals(1);
        m_scores[i]->setSpecialValueText(tr("not scored"));
        m_scores[i]->setValue(-1);
        // Below zero is "not scored": typed -0.5 shows as that, not as a number saved as nothing.
        connect(m_scores[i], &QDoubleSpinBox::editingFinished, this, [box = m_scores[i]] {
            if (box->value() < 0)
                box->setValue(-1);
        });
        form->addRow(tr(labels[i]), m_scores[i]);
    }
    form->addRow(tr("Reviewed &on:"), m_reviewedOn);
    form->addRow(QString(), m_save);
    connect(m_save, &QPushButton::clicked, this, &YearReviewDialog::saveReview);
    QWidget::setTabOrder(m_report, m_scores[0]);
    QWidget::setTabOrder(m_scores[0], m_scores[1]);
    QWidget::setTabOrder(m_scores[1], m_scores[2]);
    QWidget::setTabOrder(m_scores[2], m_reviewedOn);
    QWidget::setTabOrder(m_reviewedOn, m_save);
    auto *reviewBox = new QGroupBox(tr("The organisation's review"), this);
    reviewBox->setLayout(form);

    // The weights of the scope's sub-district (or the district's).
    auto *weightsBox = new QGroupBox(tr("Weights of the three scores (per cent)"), this);
    auto *weights = new QHBoxLayout(weightsBox);
    const char *weightLabels[3] = {QT_TR_NOOP("Above"), QT_TR_NOOP("Service objects"), QT_TR_NOOP("Members")};
    for (int i = 0; i < 3; ++i) {
        m_weights[i] = new QSpinBox(this);
        m_weights[i]->setObjectName(QStringLiteral("reviewWeight%1").arg(i));
        m_weights[i]->setRange(0, 100);
        m_weights[i]->setSuffix(QStringLiteral(" %"));
        auto *label = new QLabel(tr(weightLabels[i]), this);
        label->setBuddy(m_weights[i]);
        weights->addWidget(label);
        weights->addWidget(m_weights[i]);
    }
    auto *saveWeightsButton = new QPushButton(tr("Save w&eights"), this);
    weights->addWidget(saveWeightsButton);
    weights->addStretch();
    connect(saveWeightsButton, &QPushButton::clicked, this, &YearReviewDialog::saveWeights);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *sheets = buttons->addButton(tr("Review s&heets as PDF…"), QDialogButtonBox::ActionRole);
    // After a save refused because another clerk changed the review: read it again.
    auto *reload = buttons->addButton(tr("Re&load"), QDialogButtonBox::ResetRole);
    connect(reload, &QPushButton::clicked, this, &YearReviewDialog::refresh);
    connect(sheets, &QPushButton::clicked, this, &YearReviewDialog::chooseSheetsFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 3);
    middle->addWidget(reviewBox, 2);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(weightsBox);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 640);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &YearReviewDialog::refresh);
    connect(m_year, &QSpinBox::valueChanged, this, &YearReviewDialog::refresh);
    refresh();
}

void YearReviewDialog::refresh()
{
    const int year = m_year->value();
    const qint64 scope = m_scope->currentId();
    QList<ReviewRow> rows;
    const Outcome read = JobProgress::run(this, m_workspace.database(), windowTitle(), tr("Reading the year's reviews…"),
                                          [&](Database &database, Job &) -> Outcome {
                                              auto found = ReviewService::year(database, year, scope);
                                              if (!found)
                                                  return Outcome::failure(found.error());
                                              rows = found.value();
                                              return Outcome::success();
                                          });
    m_status->setText(read ? QString() : read.error());
    const qint64 chosen = m_orgId;
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ReviewTableModel::Organisation, QHeaderView::Stretch);
    const int row = std::max(0, m_model->rowOf(chosen));
    if (m_model->rowCount() > 0)
        m_table->selectRow(row);
    else
        showChosen();
    const auto weights = ReviewWeights::of(m_workspace.database(), scope);
    if (!weights)
        m_status->setText(weights.error());
    const ReviewWeights w = weights ? weights.value() : ReviewWeights();
    m_weights[0]->setValue(w.above);
    m_weights[1]->setValue(w.service);
    m_weights[2]->setValue(w.members);
}

void YearReviewDialog::showChosen()
{
    const int row = m_table->currentIndex().row();
    const bool any = row >= 0 && row < m_model->rowCount();
    for (QWidget *w : std::initializer_list<QWidget *>{m_report, m_scores[0], m_scores[1], m_scores[2], m_reviewedOn, m_save})
        w->setEnabled(any);
    if (!any) {
        m_orgId = m_reviewId = 0;
        m_version = 0;
        m_chosen->setText(tr("Choose an organisation in the list."));
        return;
    }
    const ReviewRow &r = m_model->rows().at(row);
    m_orgId = r.orgId;
    m_reviewId = r.review.id;
    m_version = r.review.version;
    const auto satisfaction = r.facts.satisfaction();
    m_chosen->setText(tr("%1, %2: %3 of %4 tasks done (%5 in time); residents' satisfaction %6.")
                          .arg(r.orgPath, QString::number(r.review.year), QString::number(r.facts.tasksDone), QString::number(r.facts.tasks),
                               QString::number(r.facts.tasksDoneInTime),
                               satisfaction ? QStringLiteral("%1 %").arg(*satisfaction, 0, 'f', 1) : tr("not known")));
    m_report->setPlainText(r.review.report);
    const std::optional<double> scores[3] = {r.review.above, r.review.units, r.review.members};
    for (int i = 0; i < 3; ++i)
        m_scores[i]->setValue(scores[i].value_or(-1));
    m_reviewedOn->setDate(r.review.reviewedOn);
}

bool YearReviewDialog::saveReview()
{
    if (!m_orgId)
        return false;
    Review review;
    review.id = m_reviewId;
    review.orgId = m_orgId;
    review.year = m_year->value();
    review.version = m_version;
    review.report = m_report->toPlainText();
    review.above = scoreOf(m_scores[0]);
    review.units = scoreOf(m_scores[1]);
    review.members = scoreOf(m_scores[2]);
    review.reviewedOn = m_reviewedOn->date();
    const auto saved = ReviewService::save(m_workspace.database(), review);
    if (!saved) {
        m_status->setText(saved.error());
        return false;
    }
    refresh();
    m_status->setText(tr("The review is saved."));
    return true;
}

bool YearReviewDialog::saveWeights()
{
    const ReviewWeights weights{m_weights[0]->value(), m_weights[1]->value(), m_weights[2]->value()};
    if (const Outcome saved = ReviewWeights::save(m_workspace.database(), m_scope->currentId(), weights); !saved) {
        m_status->setText(saved.error());
        return false;
    }
    refresh();
    m_status->setText(tr("The weights are saved; the totals are weighed again."));
    return true;
}

bool YearReviewDialog::saveSheets(const QString &path)
{
    const QList<ReviewRow> rows = m_model->rows();
    if (rows.isEmpty()) {
        m_status->setText(tr("There is no organisation to review here."));
        return false;
    }
    const Outcome done = JobProgress::run(this, m_workspace.database(), windowTitle(), tr("Writing the review sheets…"),
                                          [&](Database &, Job &job) -> Outcome {
                                              return ReviewSheetDocument::writePdf(rows, path, &job.cancelFlag(), [&](int n) {
                                                  job.report(n, int(rows.size()), tr("Sheet %1 of %2").arg(n).arg(rows.size()));
                                              });
                                          });
    m_status->setText(done ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : done.error());
    return bool(done);
}

void YearReviewDialog::chooseSheetsFile()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("report/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString name = tr("Review sheets %1 %2.pdf").arg(m_scope->currentText().section(QLatin1Char('/'), -1)).arg(m_year->value());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the review sheets"), QDir(folder).filePath(name), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("report/folder"), QFileInfo(path).absolutePath());
    saveSheets(path);
}
