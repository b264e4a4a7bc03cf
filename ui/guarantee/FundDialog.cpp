#include "FundDialog.h"

#include "app/Workspace.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"
#include "guarantee/GuaranteeService.h"
#include "guarantee/Money.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

FundDialog::FundDialog(Workspace &workspace, FundEntry::Kind kind, qint64 scopeId, qint64 orgId, int year, QWidget *parent)
    : FormDialog(kind == FundEntry::Kind::Allotted ? tr("Allot work funds") : tr("Record spending of work funds"), parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_org(new OrgCombo(workspace.organisations(), {OrgKind::District, OrgKind::Subdistrict, OrgKind::Community, OrgKind::Grid,
                                                     OrgKind::FunctionalBranch, OrgKind::SectorCommittee, OrgKind::BuildingCommittee, OrgKind::BusinessCommittee},
                         scopeId, this))
    , m_year(new QSpinBox(this))
    , m_on(new DateLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_text(new QLineEdit(this))
{
    m_org->setCurrentId(orgId);
    m_year->setRange(2000, 2100);
    // The day follows the year until the clerk types one.
    const auto dayOf = [](int y) { return y == QDate::currentDate().year() ? QDate::currentDate() : QDate(y, 12, 31); };
    m_year->setValue(year);
    m_on->setDate(dayOf(year));
    connect(m_year, &QSpinBox::valueChanged, this, [this, dayOf](int y) {
        if (m_on->date().isValid() && m_on->date().year() != y)
            m_on->setDate(dayOf(y));
    });
    m_amount->setPlaceholderText(tr("yuan, e.g. 200000 or 1,250.50"));
    const bool allotted = kind == FundEntry::Kind::Allotted;
    m_text->setPlaceholderText(allotted ? tr("e.g. 区财政专项经费") : tr("e.g. 党群服务站 furnishings, activity materials"));
    form()->addRow(allotted ? tr("&Allotted to:") : tr("&Spent by:"), m_org);
    form()->addRow(tr("For the &year:"), m_year);
    form()->addRow(tr("&Date:"), m_on);
    form()->addRow(tr("A&mount:"), m_amount);
    form()->addRow(allotted ? tr("Allotted &by:") : tr("S&pent on:"), m_text);
    for (QLineEdit *edit : {m_amount, m_text, static_cast<QLineEdit *>(m_on)})
        connect(edit, &QLineEdit::textChanged, this, &FundDialog::revalidate);
    connect(m_org, &QComboBox::currentTextChanged, this, &FundDialog::revalidate);
    revalidate();
}

QString FundDialog::missing() const
{
    if (!m_org->currentId())
        return tr("Choose the organisation whose funds these are.");
    if (!m_on->date().isValid())
        return tr("Give the day of the entry.");
    if (!Money::parseYuan(m_amount->text()))
        return tr("Give the amount in yuan, with at most two decimals.");
    if (m_text->text().trimmed().isEmpty())
        return m_kind == FundEntry::Kind::Allotted ? tr("Say who allotted the funds.") : tr("Say what the money was spent on.");
    return {};
}

Result<qint64> FundDialog::submit()
{
    FundEntry entry;
    entry.kind = m_kind;
    entry.orgId = m_org->currentId();
    entry.year = m_year->value();
    entry.on = m_on->date();
    entry.amount = Money::parseYuan(m_amount->text()).value_or(0);
    (m_kind == FundEntry::Kind::Allotted ? entry.source : entry.purpose) = m_text->text();
    return m_workspace.guarantee().addFund(entry);
}
