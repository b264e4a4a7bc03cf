#include "DateAskDialog.h"

#include "DateLineEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DateAskDialog::DateAskDialog(const QString &title, const QString &question, QWidget *parent)
    : QDialog(parent)
    , m_date(new DateLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_date->setDate(QDate::currentDate());
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    auto *form = new QFormLayout;
    form->addRow(question, m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_date, &DateLineEdit::dateEdited, this, &DateAskDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

QDate DateAskDialog::date() const
{
    return m_date->date();
}

void DateAskDialog::revalidate()
{
    QString problem;
    if (!date().isValid())
        problem = tr("Give a date such as 2025-06-30.");
    else if (date() > QDate::currentDate())
        problem = tr("The date may not lie in the future.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
