#include "MemberForm.h"

#include "common/DateLineEdit.h"
#include "core/IsoDate.h"
#include "members/IdNumber.h"
#include "members/MemberService.h"
#include "org/OrgPickerDialog.h"
#include "org/OrgService.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

void markInvalid(QWidget *widget, bool invalid)
{
    if (!widget || widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #c0392b;") : QString());
}

QWidget *withButton(QLineEdit *edit, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

MemberForm::MemberForm(MemberService &members, OrgService &organisations, QWidget *parent)
    : QWidget(parent)
    , m_members(members)
    , m_organisations(organisations)
{
    build();
    retranslate();
}

void MemberForm::build()
{
    const auto named = [this](auto *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };
    m_name = named(new QLineEdit(this), "nameEdit");
    m_gender = named(new QComboBox(this), "genderCombo");
    m_gender->addItem(QString(), MemberEnums::code(Gender::Male));
    m_gender->addItem(QString(), MemberEnums::code(Gender::Female));
    m_idNumber = named(new QLineEdit(this), "idNumberEdit");
    m_idNumber->setMaxLength(18);
    m_birth = named(new DateLineEdit(this), "birthEdit");
    m_ethnicity = named(new QComboBox(this), "ethnicityCombo");
    m_ethnicity->setEditable(true);
    m_ethnicity->addItems({QString(), QStringLiteral("汉族"), QStringLiteral("回族"), QStringLiteral("满族"),
                           QStringLiteral("壮族"), QStringLiteral("土家族"), QStringLiteral("蒙古族")});
    m_education = named(new QComboBox(this), "educationCombo");
    m_education->setEditable(true);
    m_education->addItems({QString(), QStringLiteral("研究生"), QStringLiteral("本科"), QStringLiteral("大专"),
                           QStringLiteral("中专"), QStringLiteral("高中"), QStringLiteral("初中"), QStringLiteral("小学")});
    m_branch = named(new QLineEdit(this), "branchEdit");
    m_branch->setReadOnly(true);
    m_chooseBranch = named(new QPushButton(this), "chooseBranchButton");
    m_joined = named(new DateLineEdit(this), "joinedEdit");
    m_fullMember = named(new DateLineEdit(this), "fullMemberEdit");
    m_probation = named(new QLabel(this), "probationLabel");
    m_probation->setWordWrap(true);
    // Two lines kept for the note: a word-wrapped label's height is not known to the scrolled
    // form, which then squeezed the rows below it (党员类别 to a few pixels).
    m_probation->setMinimumHeight(2 * m_probation->fontMetrics().lineSpacing());
    m_phone = named(new QLineEdit(this), "phoneEdit");
    m_phone->setMaxLength(11);
    m_category = named(new QComboBox(this), "categoryCombo");
    for (MemberCategory category : MemberEnums::categories())
        m_category->addItem(QString(), MemberEnums::code(category));
    m_flowingWhere = named(new QLineEdit(this), "flowingWhereEdit");
    m_flowingSince = named(new DateLineEdit(this), "flowingSinceEdit");
    m_employer = named(new QLineEdit(this), "employerEdit");
    m_reportedTo = named(new QLineEdit(this), "reportedToEdit");
    m_reportedTo->setReadOnly(true);
    m_chooseReportedTo = named(new QPushButton(this), "chooseReportedToButton");
    m_reportedOn = named(new DateLineEdit(this), "reportedOnEdit");
    m_serviceHours = named(new QLineEdit(this), "serviceHoursEdit");
    m_status = named(new QLabel(this), "statusLabel");
    m_notes = named(new QPlainTextEdit(this), "notesEdit");
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);
    m_messages = named(new QLabel(this), "problemsLabel");
    m_messages->setWordWrap(true);
    m_messages->setStyleSheet(QStringLiteral("color: #c0392b;"));

    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [this](const char *label, QWidget *field, QWidget *buddy = nullptr) {
        auto *text = new QLabel(this);
        text->setBuddy(buddy ? buddy : field);
        m_labels.append({text, label});
        m_layout->addRow(text, field);
    };
    row(QT_TR_NOOP("&Name:"), m_name);
    row(QT_TR_NOOP("&Gender:"), m_gender);
    row(QT_TR_NOOP("&ID number:"), m_idNumber);
    row(QT_TR_NOOP("&Born:"), m_birth);
    row(QT_TR_NOOP("Ethni&city:"), m_ethnicity);
    row(QT_TR_NOOP("E&ducation:"), m_education);
    row(QT_TR_NOOP("Br&anch:"), withButton(m_branch, m_chooseBranch, this), m_chooseBranch);
    row(QT_TR_NOOP("&Joined the party:"), m_joined);
    row(QT_TR_NOOP("Fu&ll member since:"), m_fullMember);
    m_layout->addRow(QString(), m_probation);
    row(QT_TR_NOOP("&Phone:"), m_phone);
    row(QT_TR_NOOP("Categor&y:"), m_category);
    row(QT_TR_NOOP("No&w in:"), m_flowingWhere);
    row(QT_TR_NOOP("Away &since:"), m_flowingSince);
    row(QT_TR_NOOP("E&mployer:"), m_employer);
    row(QT_TR_NOOP("Report&s to:"), withButton(m_reportedTo, m_chooseReportedTo, this), m_chooseReportedTo);
    row(QT_TR_NOOP("&Reported on:"), m_reportedOn);
    row(QT_TR_NOOP("Service ho&urs:"), m_serviceHours);
    row(QT_TR_NOOP("Status:"), m_status);
    row(QT_TR_NOOP("N&otes:"), m_notes);

    m_outer = new QVBoxLayout(this);
    m_outer->setContentsMargins(0, 0, 0, 0);
    m_outer->addLayout(m_layout);
    m_outer->addWidget(m_messages);

    for (QLineEdit *edit : {m_name, m_phone, m_flowingWhere, m_employer, m_serviceHours})
        connect(edit, &QLineEdit::textEdited, this, &MemberForm::onEdited);
    connect(m_idNumber, &QLineEdit::textEdited, this, &MemberForm::onIdNumberEdited);
    for (DateLineEdit *edit : {m_birth, m_joined, m_fullMember, m_flowingSince, m_reportedOn})
        connect(edit, &DateLineEdit::dateEdited, this, &MemberForm::onEdited);
    for (QComboBox *combo : {m_gender, m_category})
        connect(combo, &QComboBox::activated, this, &MemberForm::onEdited);
    for (QComboBox *combo : {m_ethnicity, m_education})
        connect(combo, &QComboBox::currentTextChanged, this, [this, combo] {
            if (combo->hasFocus())
                onEdited();
        });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->hasFocus())
            onEdited();
    });
    connect(m_chooseBranch, &QPushButton::clicked, this, &MemberForm::chooseBranch);
    connect(m_chooseReportedTo, &QPushButton::clicked, this, &MemberForm::chooseReportedTo);
    updateCategoryRows();
}

QLabel *MemberForm::takeProblemsLabel()
{
    m_outer->removeWidget(m_messages);
    return m_messages;
}

void MemberForm::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_gender->setItemText(0, MemberEnums::displayName(Gender::Male));
    m_gender->setItemText(1, MemberEnums::displayName(Gender::Female));
    for (int i = 0; i < m_category->count(); ++i)
        m_category->setItemText(i, MemberEnums::displayName(*MemberEnums::categoryFromCode(m_category->itemData(i).toString())));
    m_chooseBranch->setText(tr("Choose…"));
    m_chooseReportedTo->setText(tr("Choose…"));
    m_name->setPlaceholderText(tr("required"));
    m_idNumber->setPlaceholderText(tr("18 characters; fills in birth date and gender"));
    m_phone->setPlaceholderText(tr("11 digits"));
    m_fullMember->setPlaceholderText(tr("empty while probationary"));
    m_serviceHours->setPlaceholderText(tr("hours this year"));
    m_status->setText(m_original.status == MemberStatus::Active
                          ? MemberEnums::displayName(MemberStatus::Active)
                          : tr("%1 on %2").arg(MemberEnums::displayName(m_original.status), IsoDate::format(m_original.statusOn)));
    updateProbation();
    revalidate();
}

void MemberForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MemberForm::setMember(const Member &member)
{
    m_original = member;
    m_name->setText(member.name);
    m_gender->setCurrentIndex(member.gender == Gender::Male ? 0 : 1);
    m_idNumber->setText(member.idNumber);
    m_birth->setDate(member.birthDate);
    m_ethnicity->setCurrentText(member.ethnicity);
    m_education->setCurrentText(member.education);
    m_joined->setDate(member.joinedOn);
    m_fullMember->setDate(member.fullMemberOn);
    m_phone->setText(member.phone);
    m_category->setCurrentIndex(m_category->findData(MemberEnums::code(member.category)));
    m_flowingWhere->setText(member.flowingWhere);
    m_flowingSince->setDate(member.flowingSince);
    m_employer->setText(member.employer);
    m_reportedOn->setDate(member.reportedOn);
    m_serviceHours->setText(member.serviceHours ? QString::number(*member.serviceHours) : QString());
    m_notes->setPlainText(member.notes);
    setBranch(member.orgId);
    // A member who heads a party-member central household: the branch field says so.
    if (const qint64 household = m_organisations.repository().householdOf(member.id)) {
        const QString name = m_organisations.repository().pathNames(household).value(
            m_organisations.repository().pathNames(household).size() - 1);
        m_branch->setText(tr("%1 · heads %2").arg(m_branch->text(), name));
    }
    m_branch->setCursorPosition(0); // the path from its start; the end is in the tooltip
    m_branch->setToolTip(m_branch->text());
    setReportedTo(member.reportedToId);
    m_modified = false;
    updateCategoryRows();
    retranslate();
}

void MemberForm::setBranch(qint64 orgId)
{
    m_branchId = orgId;
    m_branch->setText(orgId ? m_organisations.repository().pathNames(orgId).mid(1).join(QStringLiteral(" › ")) : QString());
}

void MemberForm::setReportedTo(qint64 orgId)
{
    m_reportedToId = orgId;
    m_reportedTo->setText(orgId ? m_organisations.repository().pathNames(orgId).mid(1).join(QStringLiteral(" › ")) : QString());
}

Member MemberForm::member() const
{
    Member m = m_original;
    m.orgId = m_branchId;
    m.name = m_name->text().trimmed();
    m.gender = m_gender->currentIndex() == 0 ? Gender::Male : Gender::Female;
    m.idNumber = IdNumber::normalised(m_idNumber->text());
    m.birthDate = m_birth->date();
    m.ethnicity = m_ethnicity->currentText().trimmed();
    m.education = m_education->currentText().trimmed();
    m.joinedOn = m_joined->date();
    m.fullMemberOn = m_fullMember->date();
    m.phone = m_phone->text().trimmed();
    m.category = MemberEnums::categoryFromCode(m_category->currentData().toString()).value_or(MemberCategory::Registered);
    m.flowingWhere = m_flowingWhere->text().trimmed();
    m.flowingSince = m_flowingSince->date();
    m.employer = m_employer->text().trimmed();
    m.reportedToId = m_reportedToId;
    m.reportedOn = m_reportedOn->date();
    bool ok = false;
    const double hours = m_serviceHours->text().toDouble(&ok);
    m.serviceHours = ok ? std::optional<double>(hours) : std::nullopt;
    m.notes = m_notes->toPlainText().trimmed();
    return m;
}

void MemberForm::onIdNumberEdited()
{
    // A whole, valid number says when the member was born and whether a man or a woman.
    const QString number = IdNumber::normalised(m_idNumber->text());
    if (IdNumber::isValid(number)) {
        m_birth->setDate(*IdNumber::birthDate(number));
        m_gender->setCurrentIndex(*IdNumber::gender(number) == Gender::Male ? 0 : 1);
    }
    onEdited();
}

void MemberForm::onEdited()
{
    m_modified = true;
    updateCategoryRows();
    updateProbation();
    revalidate();
    Q_EMIT edited();
}

void MemberForm::updateCategoryRows()
{
    const auto category = MemberEnums::categoryFromCode(m_category->currentData().toString());
    const bool flowing = category == MemberCategory::Flowing;
    const bool inService = category == MemberCategory::InService;
    m_layout->setRowVisible(m_flowingWhere, flowing);
    m_layout->setRowVisible(m_flowingSince, flowing);
    m_layout->setRowVisible(m_employer, inService);
    m_layout->setRowVisible(m_reportedTo->parentWidget(), inService);
    m_layout->setRowVisible(m_reportedOn, inService);
    m_layout->setRowVisible(m_serviceHours, inService);
}

void MemberForm::updateProbation()
{
    const Member m = member();
    QString text;
    bool overdue = false;
    if (m.joinedOn.isValid() && m.isProbationary()) {
        overdue = m.isOverdueForFullMembership(QDate::currentDate());
        text = overdue ? tr("Probationary member: probation ended on %1 without full membership.")
                             .arg(IsoDate::format(m.fullMembershipDue()))
                       : tr("Probationary member until %1.").arg(IsoDate::format(m.fullMembershipDue()));
    }
    m_probation->setText(text);
    m_probation->setStyleSheet(overdue ? QStringLiteral("color: #c0392b;") : QString());
    m_layout->setRowVisible(m_probation, !text.isEmpty());
}

void MemberForm::chooseBranch()
{
    OrgPickerDialog dialog(m_organisations, tr("The member's branch"), [this](qint64 id) {
        const auto node = m_organisations.repository().node(id);
        if (!node || !node->active)
            return tr("A retired organisation cannot take members.");
        if (!MemberValidator::mayHoldMembers(node->kind))
            return tr("Members cannot belong to a %1; choose a branch.").arg(OrgKinds::displayName(node->kind));
        return QString();
    }, this);
    if (m_branchId)
        dialog.choose(m_branchId);
    if (dialog.exec() == QDialog::Accepted) {
        setBranch(dialog.chosenId());
        onEdited();
    }
}

void MemberForm::chooseReportedTo()
{
    OrgPickerDialog dialog(m_organisations, tr("The community reported to"), [this](qint64 id) {
        const auto node = m_organisations.repository().node(id);
        return node && node->kind == OrgKind::Community && node->active ? QString()
                                                                        : tr("In-service members report to a community.");
    }, this);
    if (m_reportedToId)
        dialog.choose(m_reportedToId);
    else if (m_branchId)
        dialog.choose(m_branchId);
    if (dialog.exec() == QDialog::Accepted) {
        setReportedTo(dialog.chosenId());
        onEdited();
    }
}

QWidget *MemberForm::fieldFor(MemberValidator::Field field) const
{
    switch (field) {
    case MemberValidator::Field::Name: return m_name;
    case MemberValidator::Field::Gender: return m_gender;
    case MemberValidator::Field::BirthDate: return m_birth;
    case MemberValidator::Field::IdNumber: return m_idNumber;
    case MemberValidator::Field::JoinedOn: return m_joined;
    case MemberValidator::Field::FullMemberOn: return m_fullMember;
    case MemberValidator::Field::Phone: return m_phone;
    case MemberValidator::Field::Organisation: return m_branch;
    case MemberValidator::Field::Category: return m_category;
    case MemberValidator::Field::FlowingWhere: return m_flowingWhere;
    case MemberValidator::Field::FlowingSince: return m_flowingSince;
    case MemberValidator::Field::Employer: return m_employer;
    case MemberValidator::Field::ReportedTo: return m_reportedTo;
    case MemberValidator::Field::ReportedOn: return m_reportedOn;
    case MemberValidator::Field::ServiceHours: return m_serviceHours;
    case MemberValidator::Field::Status: return nullptr;
    }
    return nullptr;
}

void MemberForm::revalidate()
{
    QSet<QWidget *> invalid;
    m_problems.clear();
    for (DateLineEdit *edit : {m_birth, m_joined, m_fullMember, m_flowingSince, m_reportedOn}) {
        if (!edit->isAcceptable()) {
            m_problems.append(tr("\"%1\" is not a date (write it as 1975-03-08).").arg(edit->text()));
            invalid.insert(edit);
        }
    }
    bool hoursOk = true;
    if (!m_serviceHours->text().trimmed().isEmpty())
        m_serviceHours->text().toDouble(&hoursOk);
    if (!hoursOk) {
        m_problems.append(tr("Service hours must be a number."));
        invalid.insert(m_serviceHours);
    }
    for (const auto &problem : m_members.problems(member())) {
        m_problems.append(problem.message);
        invalid.insert(fieldFor(problem.field));
    }
    const bool speak = m_modified || m_original.id != 0;
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_idNumber),
                           static_cast<QWidget *>(m_birth), static_cast<QWidget *>(m_joined),
                           static_cast<QWidget *>(m_fullMember), static_cast<QWidget *>(m_phone),
                           static_cast<QWidget *>(m_branch), static_cast<QWidget *>(m_flowingWhere),
                           static_cast<QWidget *>(m_flowingSince), static_cast<QWidget *>(m_employer),
                           static_cast<QWidget *>(m_reportedTo), static_cast<QWidget *>(m_reportedOn),
                           static_cast<QWidget *>(m_serviceHours)})
        markInvalid(field, speak && invalid.contains(field));
    m_messages->setText(m_problems.join(QLatin1Char('\n')));
    m_messages->setVisible(speak && !m_problems.isEmpty());
    const bool valid = m_problems.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}
