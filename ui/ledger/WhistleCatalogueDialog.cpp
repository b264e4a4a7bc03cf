#include "WhistleCatalogueDialog.h"

#include "ledger/WhistleCatalogue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, WhistleColumn, DaysColumn, DepartmentsColumn, RetiredColumn, ColumnCount };

const QList<Whistle> &whistles()
{
    static const QList<Whistle> list = {Whistle::Quick, Whistle::Emergency, Whistle::Tough};
    return list;
}

} // namespace

WhistleCatalogueDialog::WhistleCatalogueDialog(WhistleCatalogue &catalogue, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Whistle matters and departments"));
    auto *help = new QLabel(tr("The sub-district whistles, the departments report: escalating an item picks its matter here and summons the matter's "
                               "departments, which report in and report done within the working days given; the item "
                               "cannot close before they all have. Separate the departments with 、 or commas."),
                            this);
    help->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Matter"), tr("Whistle"), tr("Working days"), tr("Departments summoned"), tr("Retired")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DepartmentsColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *add = buttons->addButton(tr("&Add a matter"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &WhistleCatalogueDialog::addRow);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (saveAll())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    resize(900, 480);
}

void WhistleCatalogueDialog::setRow(int row, qint64 id, const QString &name, int whistle, int days, const QString &departments,
                                    bool retired)
{
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(Qt::UserRole, id);
    m_table->setItem(row, NameColumn, nameItem);
    auto *choice = new QComboBox(m_table);
    for (Whistle one : whistles())
        choice->addItem(LedgerFlow::displayName(one), LedgerFlow::code(one));
    choice->setCurrentIndex(whistle);
    m_table->setCellWidget(row, WhistleColumn, choice);
    m_table->setItem(row, DaysColumn, new QTableWidgetItem(QString::number(days)));
    m_table->setItem(row, DepartmentsColumn, new QTableWidgetItem(departments));
    auto *retiredItem = new QTableWidgetItem;
    retiredItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    retiredItem->setCheckState(retired ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, RetiredColumn, retiredItem);
}

void WhistleCatalogueDialog::load()
{
    const QList<WhistleMatter> matters = m_catalogue.matters(true);
    m_table->setRowCount(int(matters.size()));
    for (int row = 0; row < matters.size(); ++row) {
        const WhistleMatter &matter = matters.at(row);
        setRow(row, matter.id, matter.name, int(whistles().indexOf(matter.whistle)), matter.days,
               matter.departments.join(QStringLiteral("、")), matter.retired);
    }
    m_table->resizeColumnToContents(WhistleColumn);
}

void WhistleCatalogueDialog::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setRow(row, 0, QString(), 0, WhistleCatalogue::defaultDays(Whistle::Quick), QString(), false);
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
}

bool WhistleCatalogueDialog::saveAll()
{
    QList<std::pair<WhistleMatter, QStringList>> matters;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        WhistleMatter matter;
        matter.id = m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
        matter.name = m_table->item(row, NameColumn)->text().trimmed();
        const QString departments = m_table->item(row, DepartmentsColumn)->text();
        if (matter.id == 0 && matter.name.isEmpty() && departments.trimmed().isEmpty())
            continue; // an added row left empty
        const auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, WhistleColumn));
        matter.whistle = LedgerFlow::whistleFromCode(choice->currentData().toString()).value_or(Whistle::Quick);
        bool whole = false;
        matter.days = m_table->item(row, DaysColumn)->text().trimmed().toInt(&whole);
        matter.retired = m_table->item(row, RetiredColumn)->checkState() == Qt::Checked;
        if (!whole) {
            QMessageBox::warning(this, tr("Not saved"),
                                 tr("Row %1 (%2): %3").arg(row + 1).arg(matter.name, tr("The working days must be a whole number.")));
            m_table->setCurrentCell(row, DaysColumn);
            return false;
        }
        matters.append({matter, departments.split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts)});
    }
    const Outcome saved = m_catalogue.saveMatters(matters);
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), tr("Nothing was saved. %1").arg(saved.error()));
        return false;
    }
    return true;
}
