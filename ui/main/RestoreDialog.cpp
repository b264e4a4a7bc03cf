#include "RestoreDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem *number(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

RestoreDialog::RestoreDialog(const BackupShelf &shelf, QWidget *parent)
    : QDialog(parent)
    , m_entries(shelf.list())
    , m_table(new QTableWidget(0, 5, this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Restore from a backup"));
    auto *where = new QLabel(m_entries.isEmpty() ? tr("There are no backups of this database in %1.").arg(QDir::toNativeSeparators(shelf.folder()))
                                                 : tr("The verified backups in %1, newest first. Restoring one replaces the database "
                                                      "with it; the database as it is now is copied aside first.")
                                                       .arg(QDir::toNativeSeparators(shelf.folder())),
                             this);
    where->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Size"), tr("Organisations"), tr("Members"), tr("Ledger items")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setRowCount(int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const BackupShelf::Entry &entry = m_entries.at(i);
        auto *taken = new QTableWidgetItem(entry.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        taken->setToolTip(QDir::toNativeSeparators(entry.path));
        m_table->setItem(i, 0, taken);
        auto *size = new QTableWidgetItem(QLocale().formattedDataSize(entry.bytes, 1, QLocale::DataSizeTraditionalFormat));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, size);
        m_table->setItem(i, 2, number(entry.organisations));
        m_table->setItem(i, 3, number(entry.members));
        m_table->setItem(i, 4, number(entry.ledgerItems));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    m_restore->setEnabled(!m_entries.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &RestoreDialog::confirm);
    m_table->setFocus();
    resize(720, 420);
}

QString RestoreDialog::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).path : QString();
}

void RestoreDialog::confirm()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const BackupShelf::Entry &entry = m_entries.at(row);
    const auto answer = QMessageBox::question(
        this, tr("Restore from a backup"),
        tr("Replace the database with the backup of %1 (%2 members, %3 ledger items)? What was entered since is not in it; the "
           "database as it is now is kept as a copy beside it.")
            .arg(entry.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(entry.members)
            .arg(entry.ledgerItems),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        accept();
}
