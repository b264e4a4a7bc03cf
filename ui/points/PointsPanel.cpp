#include "PointsPanel.h"

#include "PointsEntryDialog.h"
#include "points/PointsHistoryModel.h"
#include "points/PointsService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PointsPanel::PointsPanel(PointsService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new PointsHistoryModel(service, this))
    , m_balance(new QLabel(this))
    , m_history(new QTableView(this))
    , m_award(new QPushButton(this))
    , m_redeem(new QPushButton(this))
    , m_reverse(new QPushButton(this))
{
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    QFont big = m_balance->font();
    big.setBold(true);
    m_balance->setFont(big);
    m_history->setModel(m_model);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_balance, 1);
    buttons->addWidget(m_award);
    buttons->addWidget(m_redeem);
    buttons->addWidget(m_reverse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_history, 1);

    connect(m_award, &QPushButton::clicked, this, &PointsPanel::award);
    connect(m_redeem, &QPushButton::clicked, this, &PointsPanel::redeem);
    connect(m_reverse, &QPushButton::clicked, this, &PointsPanel::reverse);
    connect(&m_service, &PointsService::entryAdded, this, [this](qint64 memberId) {
        if (memberId == m_memberId)
            refresh();
    });
    connect(m_history->selectionModel(), &QItemSelectionModel::currentChanged, this, &PointsPanel::refresh);
    retranslate();
}

void PointsPanel::retranslate()
{
    m_award->setText(tr("Award…"));
    m_redeem->setText(tr("Redeem…"));
    m_reverse->setText(tr("Reverse…"));
    m_reverse->setToolTip(tr("Undo the selected entry with a reversing entry; entries are never edited"));
    refresh();
}

void PointsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PointsPanel::setMember(qint64 memberId, bool active)
{
    m_memberId = memberId;
    m_active = active;
    m_model->setMember(memberId);
    m_history->resizeColumnsToContents();
    refresh();
}

void PointsPanel::refresh()
{
    const int balance = m_memberId ? m_service.balance(m_memberId) : 0;
    m_balance->setText(m_memberId ? tr("Balance: %Ln point(s)", nullptr, balance) : QString());
    const PointsEntry *selected = m_model->entryAt(m_history->currentIndex().row());
    m_award->setEnabled(m_memberId && m_active);
    m_redeem->setEnabled(m_memberId && m_active && balance > 0);
    m_reverse->setEnabled(selected && !selected->reversedById && selected->source != PointsSource::Reversal);
}

void PointsPanel::award()
{
    PointsEntryDialog dialog(PointsEntryDialog::Kind::Award, m_service.balance(m_memberId), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto done = m_service.award(m_memberId, dialog.date(), dialog.points(), dialog.text()); !done)
        QMessageBox::warning(this, tr("Not recorded"), done.error());
}

void PointsPanel::redeem()
{
    PointsEntryDialog dialog(PointsEntryDialog::Kind::Redemption, m_service.balance(m_memberId), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto done = m_service.redeem(m_memberId, dialog.date(), dialog.points(), dialog.text()); !done)
        QMessageBox::warning(this, tr("Not recorded"), done.error());
}

void PointsPanel::reverse()
{
    const PointsEntry *selected = m_model->entryAt(m_history->currentIndex().row());
    if (!selected)
        return;
    const qint64 entryId = selected->id;
    PointsEntryDialog dialog(PointsEntryDialog::Kind::Reversal, m_service.balance(m_memberId), this);
    dialog.setFixedPoints(std::abs(selected->points));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto done = m_service.reverse(entryId, dialog.date(), dialog.text()); !done)
        QMessageBox::warning(this, tr("Not recorded"), done.error());
}
