#include "OrgPickerDialog.h"

#include "OrgPicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OrgPickerDialog::OrgPickerDialog(OrgService &service, const QString &title, Check check, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_picker(new OrgPicker(service, this))
    , m_verdict(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_verdict->setWordWrap(true);
    m_verdict->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(m_buttons);
    connect(m_picker, &OrgPicker::currentChanged, this, &OrgPickerDialog::onCurrentChanged);
    connect(m_picker, &OrgPicker::activated, this, [this](qint64 id) {
        onCurrentChanged(id);
        if (m_chosen)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_picker->searchEdit()->setFocus();
    resize(460, 540);
}

void OrgPickerDialog::choose(qint64 id)
{
    m_picker->choose(id);
    onCurrentChanged(id);
}

void OrgPickerDialog::onCurrentChanged(qint64 id)
{
    const QString problem = id ? m_check(id) : tr("Choose an organisation.");
    m_chosen = problem.isEmpty() ? id : 0;
    m_verdict->setText(problem);
    m_verdict->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
