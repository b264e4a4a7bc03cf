#include "OrgForm.h"

#include "common/DateLineEdit.h"
#include "core/IsoDate.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

const char *invalidProperty = "invalid";

void markInvalid(QWidget *widget, bool invalid)
{
    if (!widget || widget->property(invalidProperty).toBool() == invalid)
        return;
    widget->setProperty(invalidProperty, invalid);
    widget->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #c0392b;") : QString());
}

} // namespace

OrgForm::OrgForm(QWidget *parent)
    : QWidget(parent)
{
    build();
    retranslate();
}

void OrgForm::build()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(OrgValidator::maxNameLength + 10);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_secretary = new QLineEdit(this);
    m_secretary->setObjectName(QStringLiteral("secretaryEdit"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_households = new QLineEdit(this);
    m_households->setObjectName(QStringLiteral("householdsEdit"));
    m_established = new DateLineEdit(this);
    m_established->setObjectName(QStringLiteral("establishedEdit"));
    m_dissolved = new QLabel(this);
    m_dissolved->setObjectName(QStringLiteral("dissolvedLabel"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_messages = new QLabel(this);
    m_messages->setObjectName(QStringLiteral("problemsLabel"));
    m_messages->setWordWrap(true);
    m_messages->setStyleSheet(QStringLiteral("color: #c0392b;"));

    m_nameLabel = new QLabel(this);
    m_kindLabel = new QLabel(this);
    m_codeLabel = new QLabel(this);
    m_secretaryLabel = new QLabel(this);
    m_phoneLabel = new QLabel(this);
    m_addressLabel = new QLabel(this);
    m_householdsLabel = new QLabel(this);
    m_establishedLabel = new QLabel(this);
    m_dissolvedLabel = new QLabel(this);
    m_notesLabel = new QLabel(this);
    const QList<QPair<QLabel *, QWidget *>> rows = {
        {m_nameLabel, m_name},           {m_kindLabel, m_kind},           {m_codeLabel, m_code},
        {m_secretaryLabel, m_secretary}, {m_phoneLabel, m_phone},         {m_addressLabel, m_address},
        {m_householdsLabel, m_households}, {m_establishedLabel, m_established}, {m_dissolvedLabel, m_dissolved},
        {m_notesLabel, m_notes},
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[label, field] : rows) {
        label->setBuddy(field);
        form->addRow(label, field);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_messages);

    // Tab order follows the form from top to bottom.
    setTabOrder(m_name, m_kind);
    setTabOrder(m_kind, m_code);
    setTabOrder(m_code, m_secretary);
    setTabOrder(m_secretary, m_phone);
    setTabOrder(m_phone, m_address);
    setTabOrder(m_address, m_households);
    setTabOrder(m_households, m_established);
    setTabOrder(m_established, m_notes);

    for (QLineEdit *edit : {m_name, m_code, m_secretary, m_phone, m_address, m_households})
        connect(edit, &QLineEdit::textEdited, this, &OrgForm::onEdited);
    connect(m_established, &DateLineEdit::dateEdited, this, &OrgForm::onEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->hasFocus())
            onEdited();
    });
    connect(m_kind, &QComboBox::activated, this, &OrgForm::onEdited);
}

void OrgForm::retranslate()
{
    m_nameLabel->setText(tr("&Name:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_codeLabel->setText(tr("&Code:"));
    m_secretaryLabel->setText(tr("&Secretary:"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_addressLabel->setText(tr("&Address:"));
    m_householdsLabel->setText(tr("Ho&useholds served:"));
    m_establishedLabel->setText(tr("Estab&lished:"));
    m_dissolvedLabel->setText(tr("Dissolved:"));
    m_notesLabel->setText(tr("N&otes:"));
    m_name->setPlaceholderText(tr("required"));
    m_phone->setPlaceholderText(tr("13912345678 or 0556-5551234"));
    m_households->setPlaceholderText(tr("grids only"));
    for (int i = 0; i < m_kind->count(); ++i) {
        if (const auto kind = OrgKinds::fromCode(m_kind->itemData(i).toString()))
            m_kind->setItemText(i, OrgKinds::displayName(*kind));
    }
    m_dissolved->setText(m_original.dissolvedOn.isValid() ? IsoDate::format(m_original.dissolvedOn) : tr("active"));
    revalidate();
}

void OrgForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrgForm::setParentKind(std::optional<OrgKind> parentKind)
{
    m_parentKind = parentKind;
    fillKinds();
}

void OrgForm::fillKinds()
{
    const QString current = m_kind->currentData().toString();
    m_kind->clear();
    const QList<OrgKind> kinds = m_parentKind ? OrgKinds::allowedChildren(*m_parentKind) : QList<OrgKind>{OrgKind::District};
    for (OrgKind kind : kinds)
        m_kind->addItem(OrgKinds::displayName(kind), OrgKinds::code(kind));
    const int index = m_kind->findData(current);
    m_kind->setCurrentIndex(index >= 0 ? index : 0);
}

void OrgForm::setOrganisation(const Organisation &org)
{
    m_original = org;
    const int kindIndex = m_kind->findData(OrgKinds::code(org.kind));
    if (kindIndex < 0) {
        // A kind outside the rules (data from elsewhere) is shown, not silently changed.
        m_kind->addItem(OrgKinds::displayName(org.kind), OrgKinds::code(org.kind));
        m_kind->setCurrentIndex(m_kind->count() - 1);
    } else {
        m_kind->setCurrentIndex(kindIndex);
    }
    m_name->setText(org.name);
    m_code->setText(org.code);
    m_secretary->setText(org.secretary);
    m_phone->setText(org.phone);
    m_address->setText(org.address);
    m_households->setText(org.households ? QString::number(*org.households) : QString());
    m_established->setDate(org.establishedOn);
    m_dissolved->setText(org.dissolvedOn.isValid() ? IsoDate::format(org.dissolvedOn) : tr("active"));
    m_notes->setPlainText(org.notes);
    // The dissolved date belongs to saved organisations only.
    m_dissolvedLabel->setVisible(org.id != 0);
    m_dissolved->setVisible(org.id != 0);
    m_modified = false;
    revalidate();
}

Organisation OrgForm::organisation() const
{
    Organisation org = m_original;
    org.kind = OrgKinds::fromCode(m_kind->currentData().toString()).value_or(m_original.kind);
    org.name = m_name->text().trimmed();
    org.code = m_code->text().trimmed();
    org.secretary = m_secretary->text().trimmed();
    org.phone = m_phone->text().trimmed();
    org.address = m_address->text().trimmed();
    const QString households = m_households->text().trimmed();
    bool ok = false;
    const int value = households.toInt(&ok);
    org.households = households.isEmpty() || !ok ? std::nullopt : std::optional<int>(value);
    org.establishedOn = m_established->date();
    org.notes = m_notes->toPlainText().trimmed();
    return org;
}

void OrgForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_name, m_code, m_secretary, m_phone, m_address, m_households,
                            static_cast<QLineEdit *>(m_established)})
        edit->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly);
    m_notes->setReadOnly(readOnly);
}

QWidget *OrgForm::fieldFor(OrgValidator::Field field) const
{
    switch (field) {
    case OrgValidator::Field::Name: return m_name;
    case OrgValidator::Field::Kind: return m_kind;
    case OrgValidator::Field::Code: return m_code;
    case OrgValidator::Field::Phone: return m_phone;
    case OrgValidator::Field::Households: return m_households;
    case OrgValidator::Field::Established: return m_established;
    case OrgValidator::Field::Dissolved: return m_established;
    }
    return nullptr;
}

void OrgForm::onEdited()
{
    m_modified = true;
    const bool householdsApply = OrgKinds::keepsHouseholds(organisation().kind);
    m_households->setEnabled(householdsApply || !m_households->text().isEmpty());
    revalidate();
    Q_EMIT edited();
}

void OrgForm::revalidate()
{
    QSet<QWidget *> invalid;
    m_problems.clear();

    // What the validator cannot see: text that is not a number or not a date at all.
    const QString households = m_households->text().trimmed();
    bool isNumber = true;
    if (!households.isEmpty())
        households.toInt(&isNumber);
    if (!isNumber) {
        m_problems.append(tr("Households served must be a whole number."));
        invalid.insert(m_households);
    }
    if (!m_established->isAcceptable()) {
        m_problems.append(tr("The date established is not a date (write it as 2018-05-01)."));
        invalid.insert(m_established);
    }
    const auto found = OrgValidator::check(organisation(), m_parentKind);
    for (const auto &problem : found) {
        m_problems.append(problem.message);
        invalid.insert(fieldFor(problem.field));
    }
    // A new, untouched form does not greet the clerk with errors; its Save stays disabled.
    const bool speak = m_modified || m_original.id != 0;
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_kind),
                           static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_phone),
                           static_cast<QWidget *>(m_households), static_cast<QWidget *>(m_established)})
        markInvalid(field, speak && invalid.contains(field));
    m_messages->setText(m_problems.join(QLatin1Char('\n')));
    m_messages->setVisible(speak && !m_problems.isEmpty());
    m_households->setEnabled(OrgKinds::keepsHouseholds(organisation().kind) || !households.isEmpty());

    const bool valid = m_problems.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}
