#include "OverviewPage.h"

#include "DashboardView.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"
#include "overview/Headline.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

OverviewPage::OverviewPage(const Database &database, OrgService &organisations, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_organisations(organisations)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_setup(new QPushButton(this))
    , m_refreshLater(new QTimer(this))
    , m_dashboard(new DashboardView(database, this))
{
    setObjectName(QStringLiteral("overviewPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_empty->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const QStringList keys = {QStringLiteral("subdistricts"), QStringLiteral("communities"), QStringLiteral("grids"),
                              QStringLiteral("building_groups"), QStringLiteral("households"), QStringLiteral("members")};
    for (int i = 0; i < keys.size(); ++i) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setObjectName(QStringLiteral("card_") + keys.at(i));
        auto *value = new QLabel(frame);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        value->setAlignment(Qt::AlignCenter);
        auto *caption = new QLabel(frame);
        caption->setAlignment(Qt::AlignCenter);
        auto *cardLayout = new QVBoxLayout(frame);
        cardLayout->addWidget(value);
        cardLayout->addWidget(caption);
        cardLayout->setContentsMargins(4, 2, 4, 2);
        grid->addWidget(frame, 0, i);
        m_cards.append({keys.at(i), value, caption});
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_setup, 0, Qt::AlignLeft);
    layout->addLayout(grid);
    layout->addWidget(m_dashboard, 1);
    connect(m_dashboard, &DashboardView::ledgerRequested, this, &OverviewPage::ledgerRequested);
    connect(m_dashboard, &DashboardView::guaranteeRequested, this, &OverviewPage::guaranteeRequested);

    connect(m_setup, &QPushButton::clicked, this, &OverviewPage::setupRequested);
    // Many changes in a row (a move, a retirement) are counted once.
    m_refreshLater->setSingleShot(true);
    m_refreshLater->setInterval(50);
    connect(m_refreshLater, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(&organisations, &OrgService::changed, m_refreshLater, qOverload<>(&QTimer::start));
    connect(&organisations, &OrgService::reset, m_refreshLater, qOverload<>(&QTimer::start));
    connect(&organisations, &OrgService::added, m_refreshLater, qOverload<>(&QTimer::start));
    connect(&organisations, &OrgService::removed, m_refreshLater, qOverload<>(&QTimer::start));
    connect(m_refreshLater, &QTimer::timeout, m_dashboard, &DashboardView::refreshLater);
    retranslate();
}

void OverviewPage::retranslate()
{
    const QStringList path = m_scope ? m_organisations.repository().pathNames(m_scope) : QStringList();
    m_title->setText(path.size() > 1 ? tr("Overview — %1").arg(path.join(QStringLiteral(" › "))) : tr("Overview"));
    m_empty->setText(tr("This database holds no organisations yet. Set it up with the names of the district and "
                        "sub-district, or load the demo data to look around."));
    m_setup->setText(tr("&Set up…"));
    const QHash<QString, QString> captions = {
        {QStringLiteral("subdistricts"), tr("Sub-districts")},
        {QStringLiteral("communities"), tr("Communities")},
        {QStringLiteral("grids"), tr("Grids")},
        {QStringLiteral("building_groups"), tr("Building groups")},
        {QStringLiteral("households"), tr("Party-member central households")},
        {QStringLiteral("members"), tr("Party members")},
    };
    for (const Card &card : std::as_const(m_cards))
        card.caption->setText(captions.value(card.key));
    refresh();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverviewPage::setScope(qint64 orgId)
{
    m_scope = orgId;
    retranslate();
    m_dashboard->setScope(orgId);
}

void OverviewPage::refresh()
{
    // The top of the tree reads the running counts; a subtree counts its lineage range.
    const bool top = !m_scope || m_scope == m_organisations.repository().rootId();
    const QJsonObject figures = (top ? Headline::read(m_database) : Headline::readSubtree(m_database, m_scope)).toJson();
    for (const Card &card : std::as_const(m_cards))
        card.value->setText(QLocale().toString(figures.value(card.key).toInteger()));
    const bool empty = m_organisations.repository().isEmpty();
    m_empty->setVisible(empty);
    m_setup->setVisible(empty);
}

QString OverviewPage::figureText(const QString &key) const
{
    for (const Card &card : m_cards) {
        if (card.key == key)
            return card.value->text();
    }
    return {};
}
