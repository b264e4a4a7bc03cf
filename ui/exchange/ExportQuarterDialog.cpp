#include "ExportQuarterDialog.h"

#include "app/Workspace.h"
#include "common/JobProgress.h"
#include "common/OrgCombo.h"
#include "exchange/QuarterExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportQuarterDialog::ExportQuarterDialog(Workspace &workspace, qint64 scopeId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_year(new QSpinBox(this))
    , m_quarter(new QComboBox(this))
    , m_org(new OrgCombo(workspace.organisations(), {OrgKind::Subdistrict, OrgKind::Community}, scopeId, this))
    , m_folder(new QLineEdit(this))
    , m_personal(new QCheckBox(tr("Include residents' names and phone numbers"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Quarterly package for the district"));
    if (!m_org->currentId() && m_org->count() > 0)
        m_org->setCurrentIndex(0);
    // The quarter just ended by default.
    const Quarter last = Quarter::containing(QDate::currentDate().addMonths(-3));
    m_year->setRange(2000, 2100);
    m_year->setValue(last.year);
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Quarter %1").arg(q), q);
    m_quarter->setCurrentIndex(last.number - 1);
    auto *when = new QHBoxLayout;
    when->addWidget(m_year);
    when->addWidget(m_quarter, 1);
    QSettings settings;
    m_folder->setText(settings.value(QStringLiteral("export/folder"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString());
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the package"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    auto *where = new QHBoxLayout;
    where->addWidget(m_folder, 1);
    where->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Quarter:"), when);
    form->addRow(tr("&Organisation:"), m_org);
    form->addRow(tr("&Folder:"), where);
    form->addRow(QString(), m_personal);
    // Rows whose field is a layout get their label's buddy by hand, or the mnemonic shows as "&".
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(when)))
        label->setBuddy(m_year);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(where)))
        label->setBuddy(m_folder);
    auto *note = new QLabel(tr("Without this, names are sent as 张* and phone numbers as 139****1234. The package (.zhq) "
                               "goes to the district; the workbook (.xlsx) is for reading."),
                            this);
    note->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ExportQuarterDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

bool ExportQuarterDialog::exportNow()
{
    if (m_personal->isChecked()
        && QMessageBox::question(this, windowTitle(),
                                 tr("The package will carry residents' names and phone numbers in full. Send it only over a "
                                    "channel approved for personal data. Go on?"))
               != QMessageBox::Yes)
        return false;
    QuarterExporter::Options options;
    options.quarter = Quarter{m_year->value(), m_quarter->currentData().toInt()};
    options.orgId = m_org->currentId();
    options.outDir = m_folder->text().trimmed();
    options.includePersonal = m_personal->isChecked();
    if (!options.orgId || options.outDir.isEmpty()) {
        m_status->setText(tr("Choose the organisation and the folder."));
        return false;
    }
    QuarterExporter::Written written;
    const Outcome done = JobProgress::run(this, m_workspace.database(), windowTitle(), tr("Writing the package and the workbook…"),
                                          [&options, &written](Database &database, Job &job) -> Outcome {
                                              options.cancel = &job.cancelFlag();
                                              const auto result = QuarterExporter::run(database, options);
                                              if (!result)
                                                  return Outcome::failure(result.error());
                                              written = result.value();
                                              return Outcome::success();
                                          });
    if (!done) {
        m_status->setText(done.error());
        return false;
    }
    QSettings().setValue(QStringLiteral("export/folder"), options.outDir);
    qint64 rows = 0;
    for (qint64 n : std::as_const(written.rows))
        rows += n;
    m_status->setText(tr("%1 rows written to\n%2\n%3")
                          .arg(rows)
                          .arg(QDir::toNativeSeparators(written.packagePath), QDir::toNativeSeparators(written.workbookPath)));
    return true;
}
