#include "MemberPickerDialog.h"

#include "core/IsoDate.h"
#include "members/MemberService.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

MemberPickerDialog::MemberPickerDialog(MemberService &members, qint64 scopeOrgId, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_members(members)
    , m_scope(scopeOrgId)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_search->setPlaceholderText(tr("Name or phone"));
    m_search->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);
    connect(m_search, &QLineEdit::textChanged, this, &MemberPickerDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        m_chosen = row >= 0 ? m_results->item(row)->data(Qt::UserRole).toLongLong() : 0;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_chosen != 0);
    });
    connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
    resize(420, 460);
}

void MemberPickerDialog::search()
{
    MemberFilter filter;
    filter.orgId = m_scope;
    filter.text = m_search->text();
    m_results->clear();
    // Named with the branch and the organisation above it: every community has its 第1网格.
    const QList<MemberRow> rows = m_members.repository().page(filter, MemberSort::Name, std::nullopt, 100);
    const QStringList names = m_members.repository().whoAre(rows);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const MemberRow &row = rows.at(i);
        auto *item = new QListWidgetItem(names.at(i), m_results);
        item->setData(Qt::UserRole, row.id);
    }
    m_chosen = 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}
