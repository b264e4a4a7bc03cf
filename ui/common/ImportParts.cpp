#include "ImportParts.h"

#include "core/CsvReader.h"
#include "store/FileOps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ImportParts)
};

} // namespace

namespace ImportParts {

void arrange(QDialog *dialog, QLabel *help, QLabel *summary, QTableWidget *preview, QTableWidget *problems, QDialogButtonBox *buttons)
{
    help->setWordWrap(true);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    preview->hide();
    problems->hide();
    auto *tables = new QSplitter(Qt::Vertical, dialog);
    tables->addWidget(preview);
    tables->addWidget(problems);
    tables->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(help);
    layout->addWidget(summary);
    layout->addWidget(tables, 1);
    layout->addWidget(buttons);
}

QTableWidgetItem *numberItem(int number)
{
    auto *item = new QTableWidgetItem(number > 0 ? QString::number(number) : QString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *makeTable(int columns, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

void show(QTableWidget *table, const QList<TableProblem> &problems)
{
    table->setHorizontalHeaderLabels({ProblemText::tr("Row"), ProblemText::tr("Column"), ProblemText::tr("Problem")});
    table->setRowCount(int(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        const TableProblem &problem = problems.at(i);
        table->setItem(i, 0, numberItem(problem.line));
        table->setItem(i, 1, new QTableWidgetItem(problem.column));
        auto *message = new QTableWidgetItem(problem.message);
        message->setToolTip(problem.message); // a long one in full, rows staying one line high
        table->setItem(i, 2, message);
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->setVisible(!problems.isEmpty());
}

void save(QWidget *parent, const QString &source, const QList<TableProblem> &problems)
{
    const QFileInfo file(source);
    const QString suggested = file.absoluteDir().filePath(file.completeBaseName() + ProblemText::tr("-problems") + QStringLiteral(".csv"));
    const QString target = QFileDialog::getSaveFileName(parent, ProblemText::tr("Save the list of problems"), suggested,
                                                        ProblemText::tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    QString text = CsvReader::formatLine({ProblemText::tr("row"), ProblemText::tr("column"), ProblemText::tr("problem")});
    for (const TableProblem &problem : problems)
        text += CsvReader::formatLine({problem.line > 0 ? QString::number(problem.line) : QString(), problem.column, problem.message});
    if (const Outcome written = FileOps::writeFile(target, QByteArray("\xEF\xBB\xBF") + text.toUtf8()); !written)
        QMessageBox::warning(parent, ProblemText::tr("Not saved"), written.error());
}

} // namespace ImportParts
