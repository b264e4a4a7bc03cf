#include "CategoriesDialog.h"

#include "ledger/LedgerService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, OrdinaryColumn, UrgentColumn, EmergencyColumn, PointsColumn, SignOffColumn, RetiredColumn, ColumnCount };

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

CategoriesDialog::CategoriesDialog(LedgerService &ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Categories and time limits"));
    auto *help = new QLabel(tr("Time limits are in working days after the day an item is recorded. Points are credited "
                               "to the member who completes a dispatched item. Where a leader signs off (领导销号), closing an "
                               "item waits for the sign-off. A category in use is retired, not deleted."),
                            this);
    help->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Ordinary"), tr("Urgent"), tr("Emergency"), tr("Points"),
                                        tr("Leader signs off"), tr("Retired")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *add = buttons->addButton(tr("&Add a category"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &CategoriesDialog::addRow);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (saveAll())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    resize(700, 420);
}

void CategoriesDialog::load()
{
    const auto categories = m_ledger.repository().categories(true);
    m_table->setRowCount(int(categories.size()));
    for (int row = 0; row < categories.size(); ++row) {
        const LedgerCategory &category = categories.at(row);
        auto *name = new QTableWidgetItem(category.name);
        name->setData(Qt::UserRole, category.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, OrdinaryColumn, new QTableWidgetItem(QString::number(category.daysOrdinary)));
        m_table->setItem(row, UrgentColumn, new QTableWidgetItem(QString::number(category.daysUrgent)));
        m_table->setItem(row, EmergencyColumn, new QTableWidgetItem(QString::number(category.daysEmergency)));
        m_table->setItem(row, PointsColumn, new QTableWidgetItem(QString::number(category.points)));
        m_table->setItem(row, SignOffColumn, checkItem(category.needsSignOff));
        m_table->setItem(row, RetiredColumn, checkItem(category.retired));
    }
}

void CategoriesDialog::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem;
    name->setData(Qt::UserRole, 0);
    m_table->setItem(row, NameColumn, name);
    const LedgerCategory defaults;
    m_table->setItem(row, OrdinaryColumn, new QTableWidgetItem(QString::number(defaults.daysOrdinary)));
    m_table->setItem(row, UrgentColumn, new QTableWidgetItem(QString::number(defaults.daysUrgent)));
    m_table->setItem(row, EmergencyColumn, new QTableWidgetItem(QString::number(defaults.daysEmergency)));
    m_table->setItem(row, PointsColumn, new QTableWidgetItem(QString::number(defaults.points)));
    m_table->setItem(row, SignOffColumn, checkItem(false));
    m_table->setItem(row, RetiredColumn, checkItem(false));
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(name);
}

bool CategoriesDialog::saveAll()
{
    QList<LedgerCategory> categories;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        LedgerCategory category;
        category.id = m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
        category.name = m_table->item(row, NameColumn)->text().trimmed();
        if (category.id == 0 && category.name.isEmpty())
            continue; // an added row left empty
        bool ok = true;
        const auto number = [&](int column) {
            bool good = false;
            const int value = m_table->item(row, column)->text().trimmed().toInt(&good);
            ok = ok && good;
            return value;
        };
        category.daysOrdinary = number(OrdinaryColumn);
        category.daysUrgent = number(UrgentColumn);
        category.daysEmergency = number(EmergencyColumn);
        category.points = number(PointsColumn);
        category.needsSignOff = m_table->item(row, SignOffColumn)->checkState() == Qt::Checked;
        category.retired = m_table->item(row, RetiredColumn)->checkState() == Qt::Checked;
        if (!ok) {
            QMessageBox::warning(this, tr("Not saved"), tr("Row %1 (%2): %3").arg(row + 1).arg(category.name,
                                                                                 tr("Time limits and points must be whole numbers.")));
            m_table->setCurrentCell(row, NameColumn);
            return false;
        }
        categories.append(category);
    }
    // One transaction: a refused row saves none of them.
    const Outcome saved = m_ledger.saveCategories(categories);
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), tr("Nothing was saved. %1").arg(saved.error()));
        return false;
    }
    return true;
}
