#include "MemberImportDialog.h"

#include "common/ImportParts.h"
#include "common/JobProgress.h"
#include "core/CsvReader.h"
#include "core/IsoDate.h"
#include "members/MemberService.h"
#include "members/MemberTemplate.h"
#include "store/FileOps.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

MemberImportDialog::MemberImportDialog(Database &database, MemberService &members, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_members(members)
    , m_summary(new QLabel(this))
    , m_preview(ImportParts::makeTable(8, QStringLiteral("previewTable"), this))
    , m_problems(ImportParts::makeTable(3, QStringLiteral("problemsTable"), this))
    , m_choose(new QPushButton(tr("&Choose a file…"), this))
    , m_template(new QPushButton(tr("Save the &template…"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_save(new QPushButton(tr("&Save the list of problems…"), this))
{
    setWindowTitle(tr("Import members"));
    auto *help = new QLabel(tr("An Excel or WPS workbook (.xlsx, its first sheet) or a CSV file (UTF-8 or GBK), one member per "
                               "row below the headings: 姓名, 性别, 出生日期, 入党日期, 手机号码, 所在组织, 党员类别 and, if you keep "
                               "them, 公民身份号码, 民族, 学历, 转正日期, …. Nothing is saved until every row is right and you "
                               "choose Import; the template has the headings and choice lists."),
                            this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setHorizontalHeaderLabels({tr("Row"), tr("Name"), tr("Gender"), tr("Born"), tr("Joined"), tr("Phone"),
                                          tr("Organisation"), tr("Category")});
    m_import->setEnabled(false);
    m_import->setDefault(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_choose, QDialogButtonBox::ActionRole);
    buttons->addButton(m_template, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_save->hide(); // adding it to the box showed it again: only a refused file has problems to save

    ImportParts::arrange(this, help, m_summary, m_preview, m_problems, buttons);
    connect(m_choose, &QPushButton::clicked, this, &MemberImportDialog::choose);
    connect(m_template, &QPushButton::clicked, this, &MemberImportDialog::chooseTemplate);
    connect(m_save, &QPushButton::clicked, this, &MemberImportDialog::saveProblems);
    // The import button is the box's accept role; it imports, and closes only when all is saved.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importChecked())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_choose->setFocus();
    resize(860, 560);
}

void MemberImportDialog::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import members"), QDir::homePath(),
                                                      tr("Member lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        checkFile(path);
}

void MemberImportDialog::chooseTemplate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the template"), QDir::home().filePath(tr("members-template.xlsx")),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        saveTemplate(path);
}

bool MemberImportDialog::saveTemplate(const QString &path)
{
    if (const Outcome written = MemberTemplate::write(m_database, path); !written) {
        QMessageBox::warning(this, tr("Not saved"), written.error());
        return false;
    }
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("The template is %1: fill its first sheet, save it, and choose it here.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MemberImportDialog::checkFile(const QString &path)
{
    m_path = path;
    MemberImporter::Check checked;
    const Outcome done = JobProgress::run(this, m_database, tr("Import members"), tr("Checking %1…").arg(QFileInfo(path).fileName()),
                                          [&path, &checked](Database &database, Job &) -> Outcome {
                                              MemberService service(database);
                                              checked = MemberImporter(database, service).check(path);
                                              return Outcome::success();
                                          });
    if (!done)
        checked.problems = {{0, QString(), done.error()}};
    m_checked = checked;
    showCheck();
    return m_checked.ok();
}

bool MemberImportDialog::importChecked()
{
    if (!m_checked.ok())
        return false;
    MemberImporter::Report report;
    const MemberImporter::Check &checked = m_checked;
    const Outcome done = JobProgress::run(this, m_database, tr("Import members"), tr("Saving %Ln member(s)…", nullptr, int(checked.members.size())),
                                          [&checked, &report](Database &database, Job &) -> Outcome {
                                              MemberService service(database);
                                              report = MemberImporter(database, service).write(checked);
                                              return Outcome::success();
                                          });
    m_members.announceReset(); // the pages read the members again, whatever came of it
    const QString name = QFileInfo(m_path).fileName();
    if (!done || !report.ok()) {
        m_summary->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_summary->setText(tr("Nothing was imported from %1: %2").arg(name, done ? report.text() : done.error()));
        return false;
    }
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("%Ln member(s) imported from %1.", nullptr, report.imported).arg(name));
    m_checked = MemberImporter::Check(); // imported: not a second time
    m_import->setEnabled(false);
    return true;
}

void MemberImportDialog::showCheck()
{
    const QString name = QFileInfo(m_path).fileName();
    const QString what = m_checked.kind == TableFile::Kind::Workbook ? tr("an Excel workbook")
                                                                     : tr("a CSV file in %1").arg(m_checked.encoding);
    if (m_checked.ok()) {
        m_summary->setStyleSheet(QString());
        m_summary->setText(tr("%1 (%2): %Ln member(s), every row right. The first rows as they will be saved are below; "
                              "choose Import to save them all.", nullptr, int(m_checked.members.size()))
                               .arg(name, what));
        m_import->setText(tr("&Import %Ln member(s)", nullptr, int(m_checked.members.size())));
    } else {
        m_summary->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_summary->setText(m_checked.rows > 0 ? tr("%1 (%2): %Ln problem(s) in %3 row(s); nothing can be imported until they are fixed.",
                                                   nullptr, int(m_checked.problems.size()))
                                                    .arg(name, what)
                                                    .arg(m_checked.rows)
                                              : tr("%1 cannot be imported: %Ln problem(s).", nullptr, int(m_checked.problems.size())).arg(name));
        m_import->setText(tr("&Import"));
    }
    m_import->setEnabled(m_checked.ok());
    showPreview();
    showProblems();
}

void MemberImportDialog::showPreview()
{
    const int shown = int(std::min<qsizetype>(previewRows, m_checked.members.size()));
    m_preview->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const MemberImporter::Row &row = m_checked.members.at(i);
        const Member &m = row.member;
        m_preview->setItem(i, 0, ImportParts::numberItem(row.line));
        m_preview->setItem(i, 1, new QTableWidgetItem(m.name));
        m_preview->setItem(i, 2, new QTableWidgetItem(MemberEnums::displayName(m.gender)));
        m_preview->setItem(i, 3, new QTableWidgetItem(IsoDate::format(m.birthDate)));
        m_preview->setItem(i, 4, new QTableWidgetItem(IsoDate::format(m.joinedOn)));
        m_preview->setItem(i, 5, new QTableWidgetItem(m.phone));
        m_preview->setItem(i, 6, new QTableWidgetItem(row.organisation));
        m_preview->setItem(i, 7, new QTableWidgetItem(MemberEnums::displayName(m.category)));
    }
    m_preview->resizeColumnsToContents();
    m_preview->setVisible(shown > 0);
}

void MemberImportDialog::showProblems()
{
    ImportParts::show(m_problems, m_checked.problems);
    m_save->setVisible(!m_checked.problems.isEmpty());
}

void MemberImportDialog::saveProblems()
{
    ImportParts::save(this, m_path, m_checked.problems);
}
