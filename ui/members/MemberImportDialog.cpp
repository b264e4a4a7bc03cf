#include "MemberImportDialog.h"

#include "core/CsvReader.h"
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
#include <QVBoxLayout>

MemberImportDialog::MemberImportDialog(Database &database, MemberService &members, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_members(members)
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(0, 2, this))
    , m_choose(new QPushButton(tr("&Choose a CSV file…"), this))
    , m_save(new QPushButton(tr("&Save the list of problems…"), this))
{
    setWindowTitle(tr("Import members"));
    auto *help = new QLabel(tr("The first line names the columns: %1; and may add %2. Organisations are written as "
                               "paths (迎江区/新河路街道/龙狮桥社区/第1网格), gender as 男 or 女, dates as 1975-03-08. "
                               "One bad line refuses the whole file; nothing is imported until every line is right.")
                                .arg(MemberImporter::requiredColumns().join(QStringLiteral(", ")),
                                     MemberImporter::optionalColumns().join(QStringLiteral(", "))),
                            this);
    help->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->hide();
    m_save->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_choose, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->hide(); // adding it to the box showed it again: only a refused file has problems to save

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    connect(m_choose, &QPushButton::clicked, this, &MemberImportDialog::choose);
    connect(m_save, &QPushButton::clicked, this, &MemberImportDialog::saveProblems);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 480);
}

void MemberImportDialog::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import members"), QDir::homePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool MemberImportDialog::importFile(const QString &path)
{
    m_path = path;
    MemberImporter importer(m_database, m_members);
    m_report = importer.importFile(path);
    const QString name = QFileInfo(path).fileName();
    m_problems->setRowCount(0);
    if (m_report.ok()) {
        m_summary->setStyleSheet(QString());
        m_summary->setText(tr("%Ln member(s) imported from %1.", nullptr, m_report.imported).arg(name));
        m_problems->hide();
        m_save->hide();
        return true;
    }
    m_summary->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_summary->setText(tr("Nothing was imported from %1: %Ln problem(s) must be fixed first.", nullptr,
                          int(m_report.problems.size()))
                           .arg(name));
    m_problems->setRowCount(int(m_report.problems.size()));
    for (int i = 0; i < m_report.problems.size(); ++i) {
        const auto &problem = m_report.problems.at(i);
        auto *line = new QTableWidgetItem(QString::number(problem.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(i, 0, line);
        m_problems->setItem(i, 1, new QTableWidgetItem(problem.message));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->show();
    m_save->show();
    return false;
}

void MemberImportDialog::saveProblems()
{
    const QFileInfo source(m_path);
    const QString suggested = source.absoluteDir().filePath(source.completeBaseName() + tr("-problems") + QStringLiteral(".csv"));
    const QString target = QFileDialog::getSaveFileName(this, tr("Save the list of problems"), suggested,
                                                        tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    // UTF-8 with a byte order mark, so that Excel shows the Chinese text.
    QString text = CsvReader::formatLine({tr("line"), tr("problem")});
    for (const auto &problem : m_report.problems)
        text += CsvReader::formatLine({QString::number(problem.line), problem.message});
    if (const Outcome written = FileOps::writeFile(target, QByteArray("\xEF\xBB\xBF") + text.toUtf8()); !written)
        QMessageBox::warning(this, tr("Not saved"), written.error());
}
