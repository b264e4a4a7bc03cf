#include "MemberFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

namespace {

struct AgeBand
{
    int min;
    int max;
};

const QList<AgeBand> &ageBands()
{
    static const QList<AgeBand> bands = {{-1, -1}, {18, 34}, {35, 49}, {50, 64}, {65, 79}, {80, -1}};
    return bands;
}

} // namespace

MemberFilterBar::MemberFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_categoryLabel(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_ageLabel(new QLabel(this))
    , m_age(new QComboBox(this))
    , m_yearLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_probationary(new QCheckBox(this))
    , m_search(new QLineEdit(this))
    , m_typing(new QTimer(this))
{
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_age->setObjectName(QStringLiteral("ageFilter"));
    m_year->setObjectName(QStringLiteral("joinedYearFilter"));
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_year->setRange(1920, QDate::currentDate().year());
    m_year->setMinimum(1920);
    m_year->setValue(1920); // the special value: any year
    for (int i = 0; i < 4; ++i)
        m_category->addItem(QString());
    for (int i = 0; i < 4; ++i)
        m_status->addItem(QString());
    for (int i = 0; i < ageBands().size(); ++i)
        m_age->addItem(QString());
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_categoryLabel, m_category}, {m_statusLabel, m_status},
                                {m_ageLabel, m_age}, {m_yearLabel, m_year}})
        label->setBuddy(field);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_categoryLabel);
    layout->addWidget(m_category);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_ageLabel);
    layout->addWidget(m_age);
    layout->addWidget(m_yearLabel);
    layout->addWidget(m_year);
    layout->addWidget(m_probationary);
    layout->addWidget(m_search, 1);

    const QSettings settings;
    m_category->setCurrentIndex(settings.value(QStringLiteral("members/category"), 0).toInt());
    m_status->setCurrentIndex(settings.value(QStringLiteral("members/status"), 0).toInt());
    m_age->setCurrentIndex(settings.value(QStringLiteral("members/age"), 0).toInt());

    // Typing is answered a moment after the last key, not on every key.
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &MemberFilterBar::changed);
    for (QComboBox *combo : {m_category, m_status, m_age})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            save();
            Q_EMIT changed();
        });
    connect(m_year, &QSpinBox::valueChanged, this, &MemberFilterBar::changed);
    connect(m_probationary, &QCheckBox::toggled, this, &MemberFilterBar::changed);
    retranslate();
}

void MemberFilterBar::retranslate()
{
    m_categoryLabel->setText(tr("Category:"));
    m_category->setItemText(0, tr("All"));
    m_category->setItemText(1, MemberEnums::displayName(MemberCategory::Registered));
    m_category->setItemText(2, MemberEnums::displayName(MemberCategory::Flowing));
    m_category->setItemText(3, tr("In-service"));
    m_statusLabel->setText(tr("Status:"));
    m_status->setItemText(0, MemberEnums::displayName(MemberStatus::Active));
    m_status->setItemText(1, MemberEnums::displayName(MemberStatus::TransferredOut));
    m_status->setItemText(2, MemberEnums::displayName(MemberStatus::Deceased));
    m_status->setItemText(3, tr("All"));
    m_ageLabel->setText(tr("Age:"));
    m_age->setItemText(0, tr("All"));
    m_age->setItemText(1, tr("under 35"));
    m_age->setItemText(2, tr("35–49"));
    m_age->setItemText(3, tr("50–64"));
    m_age->setItemText(4, tr("65–79"));
    m_age->setItemText(5, tr("80 and over"));
    m_yearLabel->setText(tr("Joined in:"));
    m_year->setSpecialValueText(tr("any year"));
    m_probationary->setText(tr("Probationary only"));
    m_search->setPlaceholderText(tr("Name, phone or ID number"));
}

void MemberFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MemberFilterBar::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("members/category"), m_category->currentIndex());
    settings.setValue(QStringLiteral("members/status"), m_status->currentIndex());
    settings.setValue(QStringLiteral("members/age"), m_age->currentIndex());
}

MemberFilter MemberFilterBar::filter() const
{
    MemberFilter filter;
    const int category = m_category->currentIndex();
    if (category > 0)
        filter.category = MemberEnums::categories().at(category - 1);
    const int status = m_status->currentIndex();
    if (status < 3)
        filter.status = MemberEnums::statuses().at(status);
    else
        filter.status.reset();
    const AgeBand band = ageBands().value(m_age->currentIndex(), {-1, -1});
    filter.minAge = band.min;
    filter.maxAge = band.max;
    filter.joinedYear = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    filter.probationaryOnly = m_probationary->isChecked();
    filter.text = m_search->text().trimmed();
    return filter;
}
