#include "RankingDialog.h"

#include "common/DateLineEdit.h"
#include "points/PointsRankingModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

RankingDialog::RankingDialog(PointsService &service, qint64 orgId, const QString &scopeName, QWidget *parent)
    : QDialog(parent)
    , m_orgId(orgId)
    , m_model(new PointsRankingModel(service, this))
    , m_from(new DateLineEdit(this))
    , m_to(new DateLineEdit(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Service points ranking — %1").arg(scopeName));
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From:"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to:"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &DateLineEdit::dateEdited, this, &RankingDialog::refresh);
    connect(m_to, &DateLineEdit::dateEdited, this, &RankingDialog::refresh);
    refresh();
    resize(520, 560);
}

void RankingDialog::refresh()
{
    if (!m_from->date().isValid() || !m_to->date().isValid())
        return;
    m_model->setScope(m_orgId, m_from->date(), m_to->date());
    m_table->resizeColumnsToContents();
}
