#include "ActivityDialog.h"

#include "app/Workspace.h"
#include "cobuild/AgreementService.h"
#include "common/DateLineEdit.h"
#include "guarantee/VenueCombo.h"
#include "members/MemberPickerDialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QVBoxLayout>

ActivityDialog::ActivityDialog(Workspace &workspace, qint64 agreementId, qint64 scopeId, QWidget *parent)
    : FormDialog(tr("Log a joint activity"), parent)
    , m_workspace(workspace)
    , m_agreementId(agreementId)
    , m_scope(scopeId)
    , m_held(new DateLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_participants(new QSpinBox(this))
    , m_members(new QListWidget(this))
    , m_points(new QSpinBox(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_venue(new VenueCombo(workspace.venues(), this))
{
    m_held->setDate(QDate::currentDate());
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_participants->setRange(0, 100000);
    m_participants->setValue(20);
    m_points->setRange(0, AgreementService::maxPointsPerActivity);
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
    // The venues the agreement's organisation can use on the day.
    const qint64 orgId = workspace.agreements().agreement(agreementId).value_or(Agreement()).orgId;
    const auto fillVenues = [this, orgId] { m_venue->fill(orgId ? orgId : m_scope, m_held->date()); };
    connect(m_held, &DateLineEdit::editingFinished, this, fillVenues);
    QWidget::setTabOrder(m_title, m_venue);
    QWidget::setTabOrder(m_venue, m_hours);
    QWidget::setTabOrder(m_hours, m_participants);
    fillVenues();
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
    if (!m_held->date().isValid())
        return tr("Give the date the activity was held.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the activity a title.");
    return {};
}

Result<qint64> ActivityDialog::submit()
{
    Activity activity;
    activity.agreementId = m_agreementId;
    activity.heldOn = m_held->date();
    activity.title = m_title->text();
    activity.participants = m_participants->value();
    activity.note = m_note->text();
    activity.venueId = m_venue->venueId();
    activity.pointsEach = m_points->value();
    activity.hours = m_hours->value();
    for (int i = 0; i < m_members->count(); ++i)
        activity.memberIds.append(m_members->item(i)->data(Qt::UserRole).toLongLong());
    return m_workspace.agreements().addActivity(activity);
}
