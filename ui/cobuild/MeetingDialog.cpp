#include "MeetingDialog.h"

#include "app/Workspace.h"
#include "cobuild/MeetingKinds.h"
#include "cobuild/MeetingService.h"
#include "cobuild/UnitService.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"
#include "guarantee/VenueCombo.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

MeetingDialog::MeetingDialog(Workspace &workspace, qint64 scopeId, QWidget *parent)
    : FormDialog(tr("Record a meeting"), parent)
    , m_workspace(workspace)
    , m_kind(new QComboBox(this))
    , m_org(new OrgCombo(workspace.organisations(), MeetingKinds::holders(MeetingKind::Joint), scopeId, this))
    , m_held(new DateLineEdit(this))
    , m_attendees(new QLineEdit(this))
    , m_units(new QListWidget(this))
    , m_topics(new QPlainTextEdit(this))
    , m_resolutions(new QPlainTextEdit(this))
    , m_venue(new VenueCombo(workspace.venues(), this))
{
    m_kind->setObjectName(QStringLiteral("meetingKind"));
    m_org->setObjectName(QStringLiteral("meetingOrg"));
    for (MeetingKind kind : Cobuild::all<MeetingKind>())
        m_kind->addItem(Cobuild::displayName(kind), Cobuild::code(kind));
    m_held->setDate(QDate::currentDate());
    m_attendees->setPlaceholderText(tr("e.g. secretary, committee members, part-time members from units: 15 people"));
    for (const Unit &unit : workspace.units().units(scopeId)) {
        auto *item = new QListWidgetItem(unit.name, m_units);
        item->setData(Qt::UserRole, unit.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_units->setMaximumHeight(110);
    for (QPlainTextEdit *edit : {m_topics, m_resolutions}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(80);
    }
    m_resolutions->setPlaceholderText(tr("One resolution per line; each can become a task"));
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Held by:"), m_org);
    form()->addRow(tr("&Date:"), m_held);
    form()->addRow(tr("&Venue:"), m_venue);
    form()->addRow(tr("&Attendees:"), m_attendees);
    form()->addRow(tr("&Units attending:"), m_units);
    form()->addRow(tr("&Topics:"), m_topics);
    form()->addRow(tr("&Resolutions:"), m_resolutions);
    connect(m_held, &QLineEdit::textChanged, this, &MeetingDialog::revalidate);
    connect(m_topics, &QPlainTextEdit::textChanged, this, &MeetingDialog::revalidate);
    connect(m_org, &QComboBox::currentTextChanged, this, &MeetingDialog::revalidate);
    const auto fillVenues = [this] { m_venue->fill(m_org->currentId(), m_held->date()); };
    connect(m_org, &QComboBox::currentIndexChanged, this, fillVenues);
    QWidget::setTabOrder(m_held, m_venue);
    QWidget::setTabOrder(m_venue, m_attendees);
    connect(m_held, &DateLineEdit::editingFinished, this, fillVenues);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingDialog::kindChosen);
    // A scope that holds no joint meeting (a grid) starts on the council most its own (the grid's
    // party-and-people council): of those it may hold, the one held by the fewest kinds.
    const auto scope = workspace.organisations().repository().node(scopeId);
    if (scope && !MeetingKinds::mayHold(MeetingKind::Joint, scope->kind)) {
        std::optional<MeetingKind> own;
        for (MeetingKind kind : Cobuild::all<MeetingKind>()) {
            if (MeetingKinds::mayHold(kind, scope->kind)
                && (!own || MeetingKinds::holders(kind).size() < MeetingKinds::holders(*own).size()))
                own = kind;
        }
        if (own)
            m_kind->setCurrentIndex(m_kind->findData(Cobuild::code(*own)));
    }
    fillVenues();
    revalidate();
}

void MeetingDialog::kindChosen()
{
    // The organisations that hold meetings of the kind: a grid holds councils, not joint meetings.
    const auto kind = Cobuild::fromCode<MeetingKind>(m_kind->currentData().toString()).value_or(MeetingKind::Joint);
    m_org->setKinds(MeetingKinds::holders(kind));
    revalidate();
}

QString MeetingDialog::missing() const
{
    if (!m_org->currentId())
        return tr("Choose the organisation that held the meeting.");
    if (!m_held->date().isValid())
        return tr("Give the date the meeting was held.");
    if (m_topics->toPlainText().trimmed().isEmpty())
        return tr("Give the topics the meeting discussed.");
    return {};
}

Result<qint64> MeetingDialog::submit()
{
    Meeting m;
    m.kind = Cobuild::fromCode<MeetingKind>(m_kind->currentData().toString()).value_or(MeetingKind::Joint);
    m.orgId = m_org->currentId();
    m.heldOn = m_held->date();
    m.attendees = m_attendees->text();
    m.topics = m_topics->toPlainText();
    m.resolutions = m_resolutions->toPlainText();
    m.venueId = m_venue->venueId();
    for (int i = 0; i < m_units->count(); ++i) {
        if (m_units->item(i)->checkState() == Qt::Checked)
            m.unitIds.append(m_units->item(i)->data(Qt::UserRole).toLongLong());
    }
    return m_workspace.meetings().addMeeting(m);
}
