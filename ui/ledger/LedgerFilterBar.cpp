#include "LedgerFilterBar.h"

#include "common/DateLineEdit.h"
#include "ledger/LedgerService.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace {
// The first entries of the state box, before one per state.
enum StateChoice { AllStates, OpenStates, OverdueStates, FirstState };
} // namespace

LedgerFilterBar::LedgerFilterBar(LedgerService &ledger, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_state(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_from(new DateLineEdit(this))
    , m_to(new DateLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_typing(new QTimer(this))
{
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_search->setObjectName(QStringLiteral("ledgerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    for (int i = 0; i < FirstState + LedgerFlow::states().size(); ++i)
        m_state->addItem(QString());
    m_source->addItem(QString());
    for (LedgerSource source : LedgerFlow::sources())
        m_source->addItem(QString(), LedgerFlow::code(source));
    m_urgency->addItem(QString());
    for (Urgency urgency : LedgerFlow::urgencies())
        m_urgency->addItem(QString(), LedgerFlow::code(urgency));
    m_from->setMaximumWidth(110);
    m_to->setMaximumWidth(110);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        layout->addWidget(label);
        layout->addWidget(field);
    };
    add(m_state);
    add(m_category);
    add(m_source);
    add(m_urgency);
    add(m_from);
    add(m_to);
    layout->addWidget(m_search, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &LedgerFilterBar::changed);
    for (QComboBox *combo : {m_state, m_category, m_source, m_urgency})
        connect(combo, &QComboBox::activated, this, &LedgerFilterBar::changed);
    for (DateLineEdit *edit : {m_from, m_to}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (edit->isAcceptable())
                Q_EMIT changed();
        });
    }
    connect(&m_ledger, &LedgerService::categoriesChanged, this, &LedgerFilterBar::fillCategories);
    fillCategories();
    retranslate();
}

void LedgerFilterBar::retranslate()
{
    const QStringList labels = {tr("&State:"), tr("Categor&y:"), tr("Source:"), tr("Urgency:"), tr("From:"), tr("to:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.value(i));
    m_state->setItemText(AllStates, tr("All"));
    m_state->setItemText(OpenStates, tr("Open"));
    m_state->setItemText(OverdueStates, tr("Overdue"));
    for (int i = 0; i < LedgerFlow::states().size(); ++i)
        m_state->setItemText(FirstState + i, LedgerFlow::displayName(LedgerFlow::states().at(i)));
    m_category->setItemText(0, tr("All"));
    m_source->setItemText(0, tr("All"));
    for (int i = 0; i < LedgerFlow::sources().size(); ++i)
        m_source->setItemText(i + 1, LedgerFlow::displayName(LedgerFlow::sources().at(i)));
    m_urgency->setItemText(0, tr("All"));
    for (int i = 0; i < LedgerFlow::urgencies().size(); ++i)
        m_urgency->setItemText(i + 1, LedgerFlow::displayName(LedgerFlow::urgencies().at(i)));
    m_search->setPlaceholderText(tr("Search titles, details, places"));
}

void LedgerFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LedgerFilterBar::fillCategories()
{
    const qint64 current = m_category->currentData().toLongLong();
    m_category->clear();
    m_category->addItem(tr("All"), 0);
    for (const LedgerCategory &category : m_ledger.repository().categories(true))
        m_category->addItem(category.name, category.id);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void LedgerFilterBar::showOverdue()
{
    m_state->setCurrentIndex(OverdueStates);
    Q_EMIT changed();
}

void LedgerFilterBar::show(const LedgerFilter &filter)
{
    int state = AllStates;
    if (filter.overdueOnly)
        state = OverdueStates;
    else if (filter.openOnly)
        state = OpenStates;
    else if (filter.state)
        state = FirstState + int(LedgerFlow::states().indexOf(*filter.state));
    m_state->setCurrentIndex(state);
    m_category->setCurrentIndex(std::max(0, m_category->findData(filter.categoryId)));
    m_source->setCurrentIndex(filter.source ? std::max(0, m_source->findData(LedgerFlow::code(*filter.source))) : 0);
    m_urgency->setCurrentIndex(filter.urgency ? std::max(0, m_urgency->findData(LedgerFlow::code(*filter.urgency))) : 0);
    m_from->setDate(filter.recordedFrom);
    m_to->setDate(filter.recordedTo);
    m_search->blockSignals(true);
    m_search->setText(filter.text);
    m_search->blockSignals(false);
    Q_EMIT changed();
}

LedgerFilter LedgerFilterBar::filter() const
{
    LedgerFilter filter;
    const int state = m_state->currentIndex();
    if (state == OpenStates)
        filter.openOnly = true;
    else if (state == OverdueStates)
        filter.overdueOnly = true;
    else if (state >= FirstState)
        filter.state = LedgerFlow::states().at(state - FirstState);
    filter.categoryId = m_category->currentData().toLongLong();
    filter.source = LedgerFlow::sourceFromCode(m_source->currentData().toString());
    filter.urgency = LedgerFlow::urgencyFromCode(m_urgency->currentData().toString());
    filter.recordedFrom = m_from->date();
    filter.recordedTo = m_to->date();
    filter.text = m_search->text().trimmed();
    return filter;
}
