#include "ResourceDialog.h"

#include "CobuildCombos.h"
#include "app/Workspace.h"
#include "cobuild/NeedService.h"
#include "common/DateLineEdit.h"

#include <QFormLayout>
#include <QLineEdit>

ResourceDialog::ResourceDialog(Workspace &workspace, qint64 scopeId, QWidget *parent)
    : FormDialog(tr("Offer a resource"), parent)
    , m_workspace(workspace)
    , m_unit(CobuildCombos::units(workspace.units(), scopeId, this))
    , m_category(CobuildCombos::categories(workspace.needs(), this))
    , m_title(new QLineEdit(this))
    , m_capacity(new QLineEdit(this))
    , m_from(new DateLineEdit(this))
    , m_to(new DateLineEdit(this))
{
    m_from->setDate(QDate::currentDate());
    m_title->setPlaceholderText(tr("What is offered, in a few words"));
    m_capacity->setPlaceholderText(tr("e.g. 50 people, twice a month, 20,000 yuan"));
    m_to->setPlaceholderText(tr("empty: open-ended"));
    form()->addRow(tr("Offered &by:"), m_unit);
    form()->addRow(tr("&Category:"), m_category);
    form()->addRow(tr("&Resource:"), m_title);
    form()->addRow(tr("C&apacity:"), m_capacity);
    form()->addRow(tr("Available &from:"), m_from);
    form()->addRow(tr("Available &until:"), m_to);
    for (QLineEdit *edit : {m_title, static_cast<QLineEdit *>(m_from), static_cast<QLineEdit *>(m_to)})
        connect(edit, &QLineEdit::textChanged, this, &ResourceDialog::revalidate);
    connect(m_unit, &QComboBox::currentTextChanged, this, &ResourceDialog::revalidate);
    revalidate();
}

QString ResourceDialog::missing() const
{
    if (!CobuildCombos::chosenId(m_unit))
        return tr("Choose the unit that offers the resource.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Say in a few words what is offered.");
    if (!m_from->date().isValid())
        return tr("Give the date from which it is available.");
    if (!m_to->isAcceptable())
        return tr("\"Available until\" is not a date.");
    if (m_to->date().isValid() && m_to->date() < m_from->date())
        return tr("It cannot stop being available before it starts.");
    return {};
}

Result<qint64> ResourceDialog::submit()
{
    Resource r;
    r.unitId = CobuildCombos::chosenId(m_unit);
    r.categoryId = m_category->currentData().toLongLong();
    r.title = m_title->text();
    r.capacity = m_capacity->text();
    r.availableFrom = m_from->date();
    r.availableTo = m_to->date();
    return m_workspace.needs().addResource(r);
}
