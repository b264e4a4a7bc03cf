#include "LedgerQuickEntry.h"

#include "app/Workspace.h"
#include "common/DateLineEdit.h"
#include "common/Operator.h"
#include "common/PathCompleter.h"
#include "ledger/LedgerReporters.h"
#include "ledger/LedgerService.h"
#include "org/OrgService.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

LedgerQuickEntry::LedgerQuickEntry(Workspace &workspace, QWidget *parent)
    : QGroupBox(parent)
    , m_workspace(workspace)
    , m_grid(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_recorded(new DateLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_resident(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_reporter(new QComboBox(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("quickEntry"));
    const auto named = [](QWidget *widget, const char *name) { widget->setObjectName(QString::fromLatin1(name)); };
    named(m_grid, "gridCombo");
    named(m_category, "categoryCombo");
    named(m_source, "sourceCombo");
    named(m_reporter, "reporterCombo");
    m_reporter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reporter->setMinimumContentsLength(8);
    named(m_urgency, "urgencyCombo");
    named(m_recorded, "recordedEdit");
    named(m_title, "titleEdit");
    named(m_location, "locationEdit");
    named(m_description, "descriptionEdit");
    named(m_resident, "residentEdit");
    named(m_phone, "residentPhoneEdit");
    named(m_save, "recordButton");
    m_grid->setEditable(true);
    m_grid->setInsertPolicy(QComboBox::NoInsert);
    new PathCompleter(m_grid);
    m_grid->setMinimumContentsLength(16);
    for (LedgerSource source : LedgerFlow::sources())
        m_source->addItem(QString(), LedgerFlow::code(source));
    for (Urgency urgency : LedgerFlow::urgencies())
        m_urgency->addItem(QString(), LedgerFlow::code(urgency));
    m_recorded->setDate(QDate::currentDate());
    m_phone->setMaxLength(13);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();

    auto *grid = new QGridLayout(this);
    const auto add = [&](int row, int column, QWidget *field, int span = 1) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        grid->addWidget(label, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1, 1, span);
    };
    add(0, 0, m_grid);
    add(0, 1, m_category);
    add(0, 2, m_source);
    add(0, 3, m_urgency);
    add(0, 4, m_recorded);
    add(1, 0, m_title, 3);
    add(1, 2, m_location, 3);
    add(2, 0, m_description, 3);
    add(2, 2, m_resident);
    add(2, 3, m_phone);
    add(1, 4, m_reporter);
    grid->addWidget(m_save, 2, 9);
    grid->addWidget(m_message, 3, 0, 1, 10);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(5, 1);

    // The tab order is the order a diary gives: where, what kind, how, then what.
    setTabOrder(m_grid, m_category);
    setTabOrder(m_category, m_source);
    setTabOrder(m_source, m_urgency);
    setTabOrder(m_urgency, m_recorded);
    setTabOrder(m_recorded, m_title);
    setTabOrder(m_title, m_location);
    setTabOrder(m_location, m_description);
    setTabOrder(m_description, m_resident);
    setTabOrder(m_resident, m_phone);
    setTabOrder(m_phone, m_reporter);
    setTabOrder(m_reporter, m_save);
    // Enter saves from any field.
    for (QWidget *field : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_location),
                           static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_resident),
                           static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_recorded),
                           static_cast<QWidget *>(m_category), static_cast<QWidget *>(m_source),
                           static_cast<QWidget *>(m_urgency), static_cast<QWidget *>(m_reporter)})
        field->installEventFilter(this);
    connect(m_save, &QPushButton::clicked, this, &LedgerQuickEntry::save);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &LedgerQuickEntry::fillReporters);
    connect(&m_workspace.ledger(), &LedgerService::categoriesChanged, this, &LedgerQuickEntry::fillCategories);
    fillCategories();
    retranslate();
}

void LedgerQuickEntry::retranslate()
{
    setTitle(tr("Record a request"));
    const QStringList labels = {tr("&Grid:"),  tr("&Category:"),   tr("S&ource:"), tr("&Urgency:"), tr("&Date:"),
                                tr("T&itle:"), tr("&Location:"), tr("Det&ails:"), tr("&Resident:"), tr("&Phone:"),
                                tr("Reporting perso&n:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    for (int i = 0; i < m_source->count(); ++i)
        m_source->setItemText(i, LedgerFlow::displayName(LedgerFlow::sources().at(i)));
    for (int i = 0; i < m_urgency->count(); ++i)
        m_urgency->setItemText(i, LedgerFlow::displayName(LedgerFlow::urgencies().at(i)));
    m_title->setPlaceholderText(tr("what the resident asks, in a few words"));
    m_resident->setPlaceholderText(tr("name (personal data)"));
    m_resident->setMinimumWidth(m_resident->fontMetrics().horizontalAdvance(m_resident->placeholderText()) + 16);
    m_save->setText(tr("Record (Enter)"));
}

void LedgerQuickEntry::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

bool LedgerQuickEntry::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            save();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void LedgerQuickEntry::fillCategories()
{
    const qint64 current = m_category->currentData().toLongLong();
    m_category->clear();
    for (const LedgerCategory &category : m_workspace.ledger().repository().categories())
        m_category->addItem(category.name, category.id);
    const qint64 remembered = current ? current : QSettings().value(QStringLiteral("ledger/lastCategory")).toLongLong();
    const int index = m_category->findData(remembered);
    m_category->setCurrentIndex(std::max(0, index));
}

void LedgerQuickEntry::setScope(qint64 orgId)
{
    if (orgId == m_scope && m_grid->count() > 0)
        return;
    m_scope = orgId;
    const qint64 current = m_grid->currentData().toLongLong();
    m_grid->clear();
    // The grids and communities of the scope, each with the organisation above it ("光明社区 ›
    // 第3网格"), to tell 第1网格 from 第1网格.
    const auto candidates = m_workspace.organisations().repository().within(orgId, {OrgKind::Community, OrgKind::Grid}, 5000);
    for (const OrgPathEntry &entry : candidates)
        m_grid->addItem(entry.shownPath(), entry.id);
    const qint64 remembered = current ? current : QSettings().value(QStringLiteral("ledger/lastGrid")).toLongLong();
    const int index = m_grid->findData(remembered);
    m_grid->setCurrentIndex(index >= 0 ? index : 0);
    fillReporters();
}

void LedgerQuickEntry::fillReporters()
{
    const QString current = m_reporter->currentData().toString();
    m_reporter->clear();
    m_reporter->addItem(tr("(not said)"), QString());
    for (const LedgerReporter &reporter : LedgerReporters::of(m_workspace.database(), m_grid->currentData().toLongLong())) {
        const QString kind = reporter.kind == LedgerReporter::Kind::Household ? QStringLiteral("household:") : QStringLiteral("role:");
        m_reporter->addItem(reporter.label, QString(kind + QString::number(reporter.id)));
    }
    m_reporter->setCurrentIndex(std::max(0, m_reporter->findData(current)));
}

void LedgerQuickEntry::focusTitle()
{
    m_title->setFocus(Qt::ShortcutFocusReason);
}

qint64 LedgerQuickEntry::save()
{
    // The typed text of the grid box must name one of the grids offered (or find only one).
    const int gridIndex = PathCompleter::chosenRow(m_grid);
    LedgerItem item;
    item.orgId = gridIndex >= 0 ? m_grid->itemData(gridIndex).toLongLong() : 0;
    if (gridIndex >= 0)
        m_grid->setCurrentIndex(gridIndex); // what was typed, spelled out
    item.categoryId = m_category->currentData().toLongLong();
    item.source = LedgerFlow::sourceFromCode(m_source->currentData().toString()).value_or(LedgerSource::Diary);
    item.urgency = LedgerFlow::urgencyFromCode(m_urgency->currentData().toString()).value_or(Urgency::Ordinary);
    item.recordedOn = m_recorded->date();
    item.title = m_title->text();
    item.location = m_location->text();
    item.description = m_description->text();
    item.residentName = m_resident->text();
    item.residentPhone = m_phone->text().trimmed();
    const QString reporter = m_reporter->currentData().toString();
    if (reporter.startsWith(QLatin1String("role:")))
        item.reporterRoleId = reporter.mid(5).toLongLong();
    else if (reporter.startsWith(QLatin1String("household:")))
        item.householdId = reporter.mid(10).toLongLong();
    LedgerService &ledger = m_workspace.ledger();
    QStringList problems = ledger.problems(item);
    if (!m_recorded->isAcceptable())
        problems.prepend(tr("The date is not a date (write it as 2026-11-23)."));
    if (!problems.isEmpty()) {
        m_message->setText(problems.join(QLatin1Char(' ')));
        m_message->show();
        return 0;
    }
    const auto twins = ledger.repository().possibleDuplicates(item.orgId, item.categoryId, item.title, item.recordedOn);
    if (!twins.isEmpty()) {
        const LedgerRow &twin = twins.first();
        const auto answer = QMessageBox::question(
            this, tr("Possibly recorded already"),
            tr("Item %1 of %2, \"%3\", looks like the same request. Record this one as well?")
                .arg(twin.id)
                .arg(twin.recordedOn.toString(Qt::ISODate), twin.title),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return 0;
    }
    const auto id = ledger.add(item, Operator::name());
    if (!id) {
        m_message->setText(id.error());
        m_message->show();
        return 0;
    }
    m_message->hide();
    QSettings settings;
    settings.setValue(QStringLiteral("ledger/lastGrid"), item.orgId);
    settings.setValue(QStringLiteral("ledger/lastCategory"), item.categoryId);
    // Ready for the next one: the same grid, category and date; the text fields empty.
    for (QLineEdit *edit : {m_title, m_location, m_description, m_resident, m_phone})
        edit->clear();
    m_title->setFocus();
    Q_EMIT saved(id.value());
    return id.value();
}
