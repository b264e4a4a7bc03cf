#include "MonthlyReportDialog.h"

#include "app/Workspace.h"
#include "common/JobProgress.h"
#include "common/OrgCombo.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

MonthlyReportDialog::MonthlyReportDialog(Workspace &workspace, qint64 scopeId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_org(new OrgCombo(workspace.organisations(), {OrgKind::District, OrgKind::Subdistrict, OrgKind::Community}, scopeId, this))
    , m_year(new QSpinBox(this))
    , m_month(new QComboBox(this))
    , m_layout(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Monthly report"));
    if (!m_org->currentId() && m_org->count() > 0)
        m_org->setCurrentIndex(0);
    // The month just ended by default: the report is made at the start of the next one.
    const QDate last = QDate::currentDate().addMonths(-1);
    m_year->setRange(2000, 2100);
    m_year->setValue(last.year());
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m), m);
    m_month->setCurrentIndex(last.month() - 1);
    auto *when = new QHBoxLayout;
    when->addWidget(m_year);
    when->addWidget(m_month, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_org);
    form->addRow(tr("&Month:"), when);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(when)))
        label->setBuddy(m_year);
    // The page the office files its paper in (GB/T 9704) by default; the plain one for reading.
    m_layout->setObjectName(QStringLiteral("layoutCombo"));
    m_layout->addItem(tr("Official document (GB/T 9704)"), int(MonthlyReportDocument::Layout::Official));
    m_layout->addItem(tr("Plain A4"), int(MonthlyReportDocument::Layout::Plain));
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(QSettings().value(QStringLiteral("report/layout"), 0).toInt())));
    connect(m_layout, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(QStringLiteral("report/layout"), m_layout->currentData().toInt()); });
    form->addRow(tr("&Layout:"), m_layout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *previewButton = buttons->addButton(tr("&Preview and print…"), QDialogButtonBox::ActionRole);
    auto *saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    previewButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &MonthlyReportDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &MonthlyReportDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QDate MonthlyReportDialog::month() const
{
    return QDate(m_year->value(), m_month->currentData().toInt(), 1);
}

qint64 MonthlyReportDialog::organisation() const
{
    return m_org->currentId();
}

void MonthlyReportDialog::preview()
{
    if (!organisation()) {
        m_status->setText(tr("Choose the organisation the report is for."));
        return;
    }
    MonthlyReport report;
    const qint64 orgId = organisation();
    const QDate when = month();
    const Outcome gathered = JobProgress::run(this, m_workspace.database(), windowTitle(), tr("Gathering the month's figures…"),
                                              [&](Database &database, Job &) {
                                                  report = MonthlyReport::gather(database, orgId, when);
                                                  return Outcome::success();
                                              });
    if (!gathered) {
        m_status->setText(gathered.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const auto layout = MonthlyReportDocument::Layout(m_layout->currentData().toInt());
    // The official page is measured from the paper's edges, not from the printer's margins.
    printer.setFullPage(layout == MonthlyReportDocument::Layout::Official);
    printer.setDocName(tr("Monthly report %1 %2").arg(report.orgName, month().toString(QStringLiteral("yyyy-MM"))));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Monthly report — preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&report, layout](QPrinter *target) { MonthlyReportDocument::print(report, target, layout); });
    dialog.resize(900, 760);
    dialog.exec();
}

bool MonthlyReportDialog::savePdf(const QString &path)
{
    if (!organisation()) {
        m_status->setText(tr("Choose the organisation the report is for."));
        return false;
    }
    const qint64 orgId = organisation();
    const QDate when = month();
    const auto layout = MonthlyReportDocument::Layout(m_layout->currentData().toInt());
    const Outcome done = JobProgress::run(this, m_workspace.database(), windowTitle(), tr("Writing the monthly report…"),
                                          [&](Database &database, Job &job) -> Outcome {
                                              job.report(0, 2, tr("Gathering the month's figures"));
                                              const MonthlyReport report = MonthlyReport::gather(database, orgId, when);
                                              if (job.isCancelled())
                                                  return Outcome::failure(tr("Cancelled; nothing was written."));
                                              job.report(1, 2, tr("Setting the pages"));
                                              return MonthlyReportDocument::writePdf(report, path, layout);
                                          });
    if (!done) {
        m_status->setText(done.error());
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MonthlyReportDialog::saveAs()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("report/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString name = tr("Monthly report %1 %2.pdf").arg(m_org->currentText().section(QLatin1Char('/'), -1),
                                                             month().toString(QStringLiteral("yyyy-MM")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the monthly report"), QDir(folder).filePath(name),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("report/folder"), QFileInfo(path).absolutePath());
    savePdf(path);
}
