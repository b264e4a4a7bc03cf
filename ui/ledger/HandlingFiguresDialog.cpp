#include "HandlingFiguresDialog.h"

#include "app/Workspace.h"
#include "common/DateLineEdit.h"
#include "ledger/HandlingTableModel.h"
#include "org/OrgService.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *tableOf(HandlingTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(HandlingTableModel::NameColumn, QHeaderView::Stretch);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

} // namespace

HandlingFiguresDialog::HandlingFiguresDialog(Workspace &workspace, qint64 orgId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_orgId(orgId)
    , m_from(new DateLineEdit(this))
    , m_to(new DateLineEdit(this))
    , m_scope(new QLabel(this))
    , m_departments(new HandlingTableModel(HandlingTableModel::Kind::Departments, this))
    , m_units(new HandlingTableModel(HandlingTableModel::Kind::Units, this))
{
    setWindowTitle(tr("Handling by departments and units"));
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    auto *top = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addStretch();
    const QStringList path = m_workspace.organisations().repository().pathNames(orgId);
    m_scope->setText(orgId ? path.join(QStringLiteral(" › ")) : tr("All organisations"));
    auto *departmentsLabel = new QLabel(tr("&Departments summoned by a whistle"), this);
    auto *unitsLabel = new QLabel(tr("U&nits of the register dispatched to, with a time limit"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addLayout(top);
    QTableView *departments = tableOf(m_departments, this);
    QTableView *units = tableOf(m_units, this);
    departmentsLabel->setBuddy(departments);
    unitsLabel->setBuddy(units);
    layout->addWidget(departmentsLabel);
    layout->addWidget(departments, 1);
    layout->addWidget(unitsLabel);
    layout->addWidget(units, 1);
    layout->addWidget(buttons);
    connect(m_from, &DateLineEdit::dateEdited, this, &HandlingFiguresDialog::refresh);
    connect(m_to, &DateLineEdit::dateEdited, this, &HandlingFiguresDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(720, 560);
}

void HandlingFiguresDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void HandlingFiguresDialog::refresh()
{
    const QDate to = m_to->date();
    const QDate asOf = to.isValid() ? std::min(to, QDate::currentDate()) : QDate::currentDate();
    const HandlingFigures figures = HandlingFigures::compute(m_workspace.database(), m_orgId, m_from->date(), to, asOf);
    m_departments->setRows(figures.departments);
    m_units->setRows(figures.units);
}
