#include "RetireOrgDialog.h"

#include "common/DateLineEdit.h"
#include "org/OrgService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RetireOrgDialog::RetireOrgDialog(OrgService &service, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(id)
    , m_date(new DateLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const auto node = service.repository().node(id);
    const QString name = node ? node->name : QString();
    setWindowTitle(tr("Retire %1").arg(name));
    const int below = service.repository().descendantCount(id, true);
    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    QString text = tr("%1 will be marked as dissolved on the date below. Its records and history stay; it can be "
                      "reinstated later.")
                       .arg(name);
    if (below > 0)
        text += QLatin1Char(' ') + tr("%Ln active organisation(s) below it will be retired with it.", nullptr, below);
    explanation->setText(text);
    m_date->setDate(QDate::currentDate());
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Retire"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Dissolved on:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_date, &DateLineEdit::dateEdited, this, &RetireOrgDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RetireOrgDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RetireOrgDialog::reject);
    revalidate();
    resize(440, sizeHint().height());
}

void RetireOrgDialog::revalidate()
{
    const QDate date = m_date->date();
    QString problem;
    if (!date.isValid())
        problem = tr("Give the date the organisation was dissolved (2025-06-30).");
    else if (date > QDate::currentDate())
        problem = tr("The date may not lie in the future.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void RetireOrgDialog::accept()
{
    const Outcome retired = m_service.retire(m_id, m_date->date());
    if (!retired) {
        m_problem->setText(retired.error());
        m_problem->show();
        return;
    }
    QDialog::accept();
}
