#include "UnitImportDialog.h"

#include "app/Workspace.h"
#include "cobuild/CobuildTypes.h"
#include "cobuild/UnitService.h"
#include "cobuild/UnitTemplate.h"
#include "common/ImportParts.h"
#include "common/JobProgress.h"
#include "roles/RoleService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

UnitImportDialog::UnitImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_preview(ImportParts::makeTable(4, QStringLiteral("previewTable"), this))
    , m_problems(ImportParts::makeTable(3, QStringLiteral("problemsTable"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_save(new QPushButton(tr("&Save the list of problems…"), this))
{
    setWindowTitle(tr("Import units"));
    auto *help = new QLabel(tr("An Excel or WPS workbook (.xlsx, its first sheet) or a CSV file (UTF-8 or GBK), one unit per row "
                               "below the headings: 单位名称, 单位类型 (机关, 事业单位, 国有企业, 非公企业, 社会组织, 学校, 物业企业), "
                               "所在街道社区 and, if you keep them, 地址, 联系人, 联系电话, 党组织, 书记. Nothing is saved until every row "
                               "is right and you choose Import."),
                            this);
    m_preview->setHorizontalHeaderLabels({tr("Row"), tr("Unit"), tr("Type"), tr("Resident in")});
    m_import->setEnabled(false);
    m_import->setDefault(true);
    auto *choose = new QPushButton(tr("&Choose a file…"), this);
    auto *templateButton = new QPushButton(tr("Save the &template…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(choose, QDialogButtonBox::ActionRole);
    buttons->addButton(templateButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_save->hide();
    ImportParts::arrange(this, help, m_summary, m_preview, m_problems, buttons);
    connect(choose, &QPushButton::clicked, this, &UnitImportDialog::choose);
    connect(templateButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the template"), QDir::home().filePath(tr("units-template.xlsx")),
                                                          tr("Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            saveTemplate(path);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { ImportParts::save(this, m_path, m_checked.problems); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importChecked())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    choose->setFocus();
    resize(820, 520);
}

void UnitImportDialog::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import units"), QDir::homePath(),
                                                      tr("Unit lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        checkFile(path);
}

bool UnitImportDialog::saveTemplate(const QString &path)
{
    if (const Outcome written = UnitTemplate::write(m_workspace.database(), path); !written) {
        QMessageBox::warning(this, tr("Not saved"), written.error());
        return false;
    }
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("The template is %1: fill its first sheet, save it, and choose it here.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool UnitImportDialog::checkFile(const QString &path)
{
    m_path = path;
    UnitImporter::Check checked;
    const Outcome done = JobProgress::run(this, m_workspace.database(), tr("Import units"), tr("Checking %1…").arg(QFileInfo(path).fileName()),
                                          [&path, &checked](Database &database, Job &) -> Outcome {
                                              RoleService roles(database);
                                              UnitService service(database, roles);
                                              checked = UnitImporter(database, service).check(path);
                                              return Outcome::success();
                                          });
    if (!done)
        checked.problems = {{0, QString(), done.error()}};
    m_checked = checked;
    show();
    return m_checked.ok();
}

bool UnitImportDialog::importChecked()
{
    if (!m_checked.ok())
        return false;
    Result<int> written = 0;
    const UnitImporter::Check &checked = m_checked;
    const Outcome done = JobProgress::run(this, m_workspace.database(), tr("Import units"), tr("Saving the units…"),
                                          [&checked, &written](Database &database, Job &) -> Outcome {
                                              RoleService roles(database);
                                              UnitService service(database, roles);
                                              written = UnitImporter(database, service).write(checked);
                                              return Outcome::success();
                                          });
    Q_EMIT m_workspace.units().changed(); // the pages read the units again, whatever came of it
    if (!done || !written) {
        m_summary->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_summary->setText(tr("Nothing was imported: %1").arg(done ? written.error() : done.error()));
        return false;
    }
    m_checked = UnitImporter::Check();
    m_import->setEnabled(false);
    return true;
}

void UnitImportDialog::show()
{
    const QString name = QFileInfo(m_path).fileName();
    const bool ok = m_checked.ok();
    m_summary->setStyleSheet(ok ? QString() : QStringLiteral("color: #c0392b;"));
    m_summary->setText(ok ? tr("%1: %Ln unit(s), every row right; choose Import to save them all.", nullptr, int(m_checked.units.size())).arg(name)
                          : tr("%1: %Ln problem(s); nothing can be imported until they are fixed.", nullptr, int(m_checked.problems.size())).arg(name));
    m_import->setText(ok ? tr("&Import %Ln unit(s)", nullptr, int(m_checked.units.size())) : tr("&Import"));
    m_import->setEnabled(ok);
    m_preview->setRowCount(int(m_checked.units.size()));
    for (int i = 0; i < m_checked.units.size(); ++i) {
        const UnitImporter::Row &row = m_checked.units.at(i);
        m_preview->setItem(i, 0, ImportParts::numberItem(row.line));
        m_preview->setItem(i, 1, new QTableWidgetItem(row.unit.name));
        m_preview->setItem(i, 2, new QTableWidgetItem(Cobuild::displayName(row.unit.type)));
        m_preview->setItem(i, 3, new QTableWidgetItem(row.organisation));
    }
    m_preview->resizeColumnsToContents();
    m_preview->setVisible(!m_checked.units.isEmpty());
    ImportParts::show(m_problems, m_checked.problems);
    m_save->setVisible(!m_checked.problems.isEmpty());
}
