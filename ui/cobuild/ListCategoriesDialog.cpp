#include "ListCategoriesDialog.h"

#include "cobuild/NeedService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int idRole = Qt::UserRole + 1;

} // namespace

ListCategoriesDialog::ListCategoriesDialog(NeedService &needs, QWidget *parent)
    : QDialog(parent)
    , m_needs(needs)
    , m_table(new QTableWidget(0, 2, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Categories of needs and resources"));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("In use")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);
    auto *note = new QLabel(tr("Needs and resources are matched by these categories. A category no longer used is unticked "
                               "(retired), not deleted: the needs and resources that have it keep it."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *add = buttons->addButton(tr("&Add a category"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem;
        name->setData(idRole, 0);
        m_table->setItem(row, 0, name);
        auto *inUse = new QTableWidgetItem;
        inUse->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        inUse->setCheckState(Qt::Checked);
        m_table->setItem(row, 1, inUse);
        m_table->setCurrentItem(name);
        m_table->editItem(name);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (saveAll())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(420, 420);
    load();
}

void ListCategoriesDialog::load()
{
    m_table->setRowCount(0);
    for (const CobuildCategory &category : m_needs.categories(true)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(category.name);
        name->setData(idRole, category.id);
        m_table->setItem(row, 0, name);
        auto *inUse = new QTableWidgetItem;
        inUse->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        inUse->setCheckState(category.retired ? Qt::Unchecked : Qt::Checked);
        m_table->setItem(row, 1, inUse);
    }
}

bool ListCategoriesDialog::saveAll()
{
    QList<CobuildCategory> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *inUse = m_table->item(row, 1);
        CobuildCategory category;
        category.id = name->data(idRole).toLongLong();
        category.name = name->text().trimmed();
        category.retired = inUse->checkState() != Qt::Checked;
        if (!category.id && category.name.isEmpty())
            continue; // an added row left empty
        rows.append(category);
    }
    // One transaction: a refused row saves none of them, and saving again adds nothing twice.
    if (const Outcome done = m_needs.saveCategories(rows); !done) {
        m_problem->setText(tr("Nothing was saved. %1").arg(done.error()));
        return false;
    }
    return true;
}
