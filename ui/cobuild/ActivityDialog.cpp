#include "ActivityDialog.h"

#include "app/Workspace.h"
#include "cobuild/ActivityService.h"
#include "cobuild/AgreementService.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"
#include "guarantee/VenueCombo.h"
#include "members/MemberPickerDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

/// Every kind but the party-member household, which holds no activities of its own.
QList<OrgKind> holderKinds()
{
    QList<OrgKind> kinds = OrgKinds::all();
    kinds.removeAll(OrgKind::Household);
    return kinds;
}

} // namespace

ActivityDialog::ActivityDialog(Workspace &workspace, qint64 agreementId, qint64 scopeId, QWidget *parent)
    : FormDialog(agreementId ? tr("Log a joint activity") : tr("Log an activity"), parent)
    , m_workspace(workspace)
    , m_fixedAgreement(agreementId)
    , m_scope(scopeId)
    , m_kind(new QComboBox(this))
    , m_org(new OrgCombo(workspace.organisations(), holderKinds(), scopeId, this))
    , m_agreement(new QComboBox(this))
    , m_held(new DateLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_participants(new QSpinBox(this))
    , m_members(new QListWidget(this))
    , m_points(new QSpinBox(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_venue(new VenueCombo(workspace.venues(), this))
{
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_org->setObjectName(QStringLiteral("activityOrg"));
    m_agreement->setObjectName(QStringLiteral("activityAgreement"));
    m_agreement->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_agreement->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (ActivityKind kind : Cobuild::all<ActivityKind>())
        m_kind->addItem(Cobuild::displayName(kind), Cobuild::code(kind));
    const auto fixed = workspace.agreements().agreement(agreementId);
    if (fixed) {
        // Opened on an agreement: held under it, by the organisation that signed it.
        m_org->setCurrentId(fixed->orgId);
        m_org->setEnabled(false);
        m_agreement->setEnabled(false);
        m_kind->setEnabled(false); // joint: the kind held under an agreement
    } else {
        m_kind->setCurrentIndex(m_kind->findData(Cobuild::code(ActivityKind::OrganisationalLife)));
    }
    m_held->setDate(QDate::currentDate());
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_participants->setRange(0, 100000);
    m_participants->setValue(20);
    m_points->setRange(0, ActivityService::maxPointsPerActivity);
    m_points->setValue(2);
    m_points->setSuffix(tr(" points each"));
    // How long it lasted: the hours each member taking part served (their quarterly card).
    m_hours->setObjectName(QStringLiteral("activityHours"));
    m_hours->setRange(0, 24);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setSuffix(tr(" hours"));
    m_hours->setSpecialValueText(tr("not recorded"));
    m_members->setMaximumHeight(100);
    auto *add = new QPushButton(tr("Add a &member…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &ActivityDialog::addMember);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_members->currentItem(); });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *members = new QHBoxLayout;
    members->addWidget(m_members, 1);
    members->addLayout(buttons);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("Held &by:"), m_org);
    form()->addRow(tr("&Agreement:"), m_agreement);
    form()->addRow(tr("&Held on:"), m_held);
    form()->addRow(tr("&Title:"), m_title);
    form()->addRow(tr("Venu&e:"), m_venue);
    form()->addRow(tr("&Duration:"), m_hours);
    form()->addRow(tr("&Participants:"), m_participants);
    form()->addRow(tr("Members taking part:"), members);
    form()->addRow(tr("Ser&vice points:"), m_points);
    form()->addRow(tr("&Note:"), m_note);
    for (QLineEdit *edit : {m_title, static_cast<QLineEdit *>(m_held)})
        connect(edit, &QLineEdit::textChanged, this, &ActivityDialog::revalidate);
    connect(m_held, &DateLineEdit::editingFinished, this, &ActivityDialog::fillForOrganisation);
    connect(m_org, &QComboBox::currentIndexChanged, this, &ActivityDialog::fillForOrganisation);
    connect(m_org, &QComboBox::currentTextChanged, this, &ActivityDialog::revalidate);
    // An agreement is chosen for a joint activity only.
    const auto kindChosen = [this] {
        const bool joint = m_kind->currentData().toString() == Cobuild::code(ActivityKind::Joint);
        m_agreement->setEnabled(joint && !m_fixedAgreement);
        if (!joint)
            m_agreement->setCurrentIndex(0);
        revalidate();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, kindChosen);
    connect(m_agreement, &QComboBox::currentIndexChanged, this, &ActivityDialog::revalidate);
    QWidget::setTabOrder(m_title, m_venue);
    QWidget::setTabOrder(m_venue, m_hours);
    QWidget::setTabOrder(m_hours, m_participants);
    fillForOrganisation();
    if (fixed)
        m_agreement->setCurrentIndex(m_agreement->findData(agreementId));
    else
        kindChosen();
    revalidate();
}

void ActivityDialog::fillForOrganisation()
{
    const qint64 orgId = m_org->currentId();
    m_venue->fill(orgId ? orgId : m_scope, m_held->date());
    const qint64 chosen = m_agreement->currentData().toLongLong();
    m_agreement->clear();
    m_agreement->addItem(tr("(none)"), 0);
    const QDate day = m_held->date().isValid() ? m_held->date() : QDate::currentDate();
    for (const auto &[agreement, unit] : m_workspace.agreements().inForce(orgId, day))
        m_agreement->addItem(tr("%1 · %2 (%3, until %4)")
                                 .arg(agreement.id)
                                 .arg(unit, Cobuild::displayName(agreement.kind), agreement.endsOn.toString(Qt::ISODate)),
                             agreement.id);
    // Opened on an agreement, it stays (a day outside its term is refused with the term); otherwise
    // an agreement the day no longer falls in is not kept: the clerk sees it is gone.
    if (m_fixedAgreement && m_agreement->findData(m_fixedAgreement) < 0)
        m_agreement->addItem(QString::number(m_fixedAgreement), m_fixedAgreement);
    m_agreement->setCurrentIndex(std::max(0, m_agreement->findData(m_fixedAgreement ? m_fixedAgreement : chosen)));
    revalidate();
}

void ActivityDialog::addMember()
{
    MemberPickerDialog picker(m_workspace.members(), m_scope, tr("Member taking part"), this);
    if (picker.exec() != QDialog::Accepted || !picker.chosenId())
        return;
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->data(Qt::UserRole).toLongLong() == picker.chosenId())
            return;
    }
    auto *item = new QListWidgetItem(picker.resultsList()->currentItem() ? picker.resultsList()->currentItem()->text()
                                                                         : QString::number(picker.chosenId()),
                                     m_members);
    item->setData(Qt::UserRole, picker.chosenId());
    if (m_participants->value() < m_members->count())
        m_participants->setValue(m_members->count());
}

QString ActivityDialog::missing() const
{
    if (!m_org->currentId() && !m_fixedAgreement)
        return tr("Choose the organisation that held the activity.");
    if (m_kind->currentData().toString() == Cobuild::code(ActivityKind::Joint) && m_agreement->currentData().toLongLong() == 0)
        return tr("A joint activity is held under an agreement: choose one in force on the day, or another kind.");
    if (!m_held->date().isValid())
        return tr("Give the date the activity was held.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the activity a title.");
    return {};
}

Result<qint64> ActivityDialog::submit()
{
    Activity activity;
    activity.kind = Cobuild::fromCode<ActivityKind>(m_kind->currentData().toString()).value_or(ActivityKind::OrganisationalLife);
    // On an agreement: its signer holds it, whether the list of organisations shows it or not.
    activity.orgId = m_fixedAgreement ? 0 : m_org->currentId();
    activity.agreementId = m_fixedAgreement ? m_fixedAgreement
                           : activity.kind == ActivityKind::Joint ? m_agreement->currentData().toLongLong()
                                                                  : 0;
    activity.heldOn = m_held->date();
    activity.title = m_title->text();
    activity.participants = m_participants->value();
    activity.note = m_note->text();
    activity.venueId = m_venue->venueId();
    activity.pointsEach = m_points->value();
    activity.hours = m_hours->value();
    for (int i = 0; i < m_members->count(); ++i)
        activity.memberIds.append(m_members->item(i)->data(Qt::UserRole).toLongLong());
    return m_workspace.activities().add(activity);
}
