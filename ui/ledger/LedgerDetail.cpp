#include "LedgerDetail.h"

#include "LedgerStepDialog.h"
#include "app/Workspace.h"
#include "calendar/WorkCalendar.h"
#include "core/IsoDate.h"
#include "ledger/LedgerEventModel.h"
#include "cobuild/UnitService.h"
#include "ledger/LedgerReporters.h"
#include "ledger/LedgerService.h"
#include "ledger/WhistleCatalogue.h"
#include "org/OrgService.h"
#include "store/Database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

LedgerDetail::LedgerDetail(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_text(new QLabel(this))
    , m_events(new LedgerEventModel(workspace.ledger(), this))
    , m_timeline(new QTableView(this))
    , m_actionRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("ledgerDetail"));
    m_clock->setObjectName(QStringLiteral("clockLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_facts->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont clockFont = m_clock->font();
    clockFont.setBold(true);
    m_clock->setFont(clockFont);
    m_timeline->setModel(m_events);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_clock);
    layout->addWidget(m_text);
    layout->addLayout(m_actionRow);
    layout->addWidget(m_timeline, 1);
    connect(&m_workspace.ledger(), &LedgerService::changed, this, [this](qint64 id) {
        if (id == m_id)
            refresh();
    });
    refresh();
}

void LedgerDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void LedgerDetail::setItem(qint64 id)
{
    m_id = id;
    m_events->setItem(id);
    refresh();
}

void LedgerDetail::refresh()
{
    // Later, not now: a step's dialog may be open from one of them while the item is read again
    // (another clerk's commit heard).
    for (QPushButton *button : std::as_const(m_buttons)) {
        button->hide();
        button->deleteLater();
    }
    m_buttons.clear();
    const auto item = m_id ? m_workspace.ledger().repository().find(m_id) : std::nullopt;
    if (!item) {
        m_title->setText(tr("Choose an item in the table, or record a new one above."));
        m_facts->clear();
        m_clock->clear();
        m_text->clear();
        return;
    }
    m_version = item->version;
    const auto category = m_workspace.ledger().repository().category(item->categoryId);
    m_title->setText(tr("No. %1 — %2").arg(item->id).arg(item->title));
    m_facts->setText(tr("%1 · %2 · %3 · %4<br>Recorded %5 · due %6 · %7%8")
                         .arg(category ? category->name : QString(), LedgerFlow::displayName(item->urgency),
                              LedgerFlow::displayName(item->source),
                              m_workspace.organisations().repository().pathNames(item->orgId).mid(1).join(QStringLiteral(" › ")),
                              IsoDate::format(item->recordedOn), IsoDate::format(item->dueOn),
                              LedgerFlow::displayName(item->state),
                              item->holder.isEmpty() ? QString()
                              : item->holderDueOn.isValid() && !LedgerFlow::isDone(item->state)
                                  ? tr(", held by %1 until %2").arg(item->holder.toHtmlEscaped(), IsoDate::format(item->holderDueOn))
                                  : tr(", held by %1").arg(item->holder.toHtmlEscaped())));
    // The clock in working days, as the office counts.
    const WorkCalendar calendar = WorkCalendar::load(m_workspace.database());
    const QDate today = QDate::currentDate();
    QString clock;
    QString style;
    if (LedgerFlow::isDone(item->state)) {
        clock = tr("Closed on %1.").arg(IsoDate::format(item->closedOn));
    } else if (item->state == LedgerState::Suspended) {
        clock = tr("Suspended since %1: the clock stands still.").arg(IsoDate::format(item->suspendedSince));
    } else if (item->dueOn >= today) {
        clock = tr("%Ln working day(s) left", nullptr, calendar.workingDaysBetween(today, item->dueOn));
    } else {
        clock = tr("%Ln working day(s) overdue", nullptr, std::max(1, calendar.workingDaysBetween(item->dueOn, today)));
        style = QStringLiteral("color: #c0392b;");
    }
    m_clock->setText(clock);
    m_clock->setStyleSheet(style);
    QStringList text;
    if (!item->description.isEmpty())
        text.append(item->description.toHtmlEscaped());
    if (!item->location.isEmpty())
        text.append(tr("Place: %1").arg(item->location.toHtmlEscaped()));
    if (const QString reporter = LedgerReporters::describe(m_workspace.database(), *item); !reporter.isEmpty())
        text.append(tr("Reported by: %1").arg(reporter.toHtmlEscaped()));
    if (!item->residentName.isEmpty() || !item->residentPhone.isEmpty())
        text.append(tr("Resident: %1 %2").arg(item->residentName.toHtmlEscaped(), item->residentPhone.toHtmlEscaped()));
    const QList<Summons> summons = m_workspace.ledger().summons().of(item->id);
    if (!summons.isEmpty()) {
        QStringList lines;
        for (const Summons &one : summons) {
            const QString where = one.doneOn.isValid()     ? tr("done %1").arg(IsoDate::format(one.doneOn))
                                  : one.reportedOn.isValid() ? tr("reported in %1, to be done by %2").arg(IsoDate::format(one.reportedOn),
                                                                                                        IsoDate::format(one.dueOn))
                                                             : tr("summoned %1, not yet reported in").arg(IsoDate::format(one.summonedOn));
            lines.append(tr("%1 (%2)").arg(one.department.toHtmlEscaped(), where));
        }
        text.append(tr("Departments: %1").arg(lines.join(QStringLiteral("；"))));
    }
    if (!item->result.isEmpty())
        text.append(tr("Result: %1").arg(item->result.toHtmlEscaped()));
    if (item->satisfaction)
        text.append(tr("Follow-up on %1: %2").arg(IsoDate::format(item->visitedOn), LedgerFlow::displayName(*item->satisfaction)));
    if (item->reopened)
        text.append(tr("Reopened %Ln time(s) after a dissatisfied visit.", nullptr, item->reopened));
    m_text->setText(text.join(QStringLiteral("<br>")));

    for (LedgerAction action : LedgerFlow::available(item->state, m_workspace.ledger().facts(*item))) {
        auto *button = new QPushButton(LedgerFlow::displayName(action) + QStringLiteral("…"), this);
        button->setObjectName(QStringLiteral("action_") + LedgerFlow::code(action));
        connect(button, &QPushButton::clicked, this, [this, action] { act(int(action)); });
        m_actionRow->addWidget(button);
        m_buttons.append(button);
    }
    m_timeline->resizeColumnsToContents();
}

void LedgerDetail::act(int actionValue)
{
    const auto action = LedgerAction(actionValue);
    const auto item = m_workspace.ledger().repository().find(m_id);
    if (!item)
        return;
    LedgerStepChoices choices;
    choices.due = item->dueOn;
    if (action == LedgerAction::Dispatch) {
        // The units resident in the item's sub-district (or community), as the register lists them.
        const QList<qint64> lineage = m_workspace.organisations().repository().lineage(item->orgId);
        const qint64 scope = lineage.size() > 1 ? lineage.at(1) : 0;
        for (const Unit &unit : m_workspace.units().units(scope))
            choices.units.append({unit.id, unit.name});
    } else if (action == LedgerAction::Escalate) {
        choices.matters = m_workspace.whistles().matters();
    } else if (action == LedgerAction::Report || action == LedgerAction::ReportDone) {
        for (const Summons &one : m_workspace.ledger().summons().of(item->id)) {
            if (action == LedgerAction::Report ? !one.reportedOn.isValid() : one.reportedOn.isValid() && one.isOpen())
                choices.departments.append(one.department);
        }
    }
    LedgerStepDialog dialog(action, m_workspace.members(), item->orgId, choices, this);
    // A refused step stays in the dialog with what was typed, its reason beside it.
    // On the item as shown: a step another clerk took meanwhile is said, not built upon unseen.
    // The item and version as the dialog opened: read again meanwhile, the detail may show
    // another version, or another item.
    dialog.setSubmit([this, id = m_id, version = m_version](const LedgerStep &step) {
        LedgerStep seen = step;
        seen.version = version;
        return m_workspace.ledger().act(id, seen);
    });
    dialog.exec();
}
