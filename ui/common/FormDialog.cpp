#include "FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FormDialog::FormDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

void FormDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void FormDialog::revalidate()
{
    const QString what = missing();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(what.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(what);
    if (what.isEmpty() && m_problem->isVisible())
        showProblem({});
}

void FormDialog::accept()
{
    const QString what = missing();
    if (!what.isEmpty()) {
        showProblem(what);
        return;
    }
    const Result<qint64> saved = submit();
    if (!saved) {
        showProblem(saved.error());
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}
