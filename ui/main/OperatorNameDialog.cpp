#include "OperatorNameDialog.h"

#include "common/Operator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OperatorNameDialog::OperatorNameDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setWindowTitle(tr("Who records the ledger?"));
    auto *intro = new QLabel(tr("Every step you record in the ledger — accepted, dispatched, closed, visited — is signed "
                                "with the clerk's name, so that anyone can later see who did what. Until you give your "
                                "name, steps are signed \"%1\", the computer's user name. You can change it later in "
                                "Tools › Settings.")
                                 .arg(Operator::name()),
                             this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("operatorNameEdit"));
    m_name->setPlaceholderText(tr("e.g. 王丽"));
    m_name->setMaxLength(40);

    auto *form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_name);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_save->setDefault(true);
    m_save->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) { m_save->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorNameDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OperatorNameDialog::reject);
    resize(480, sizeHint().height());
}

void OperatorNameDialog::accept()
{
    if (m_name->text().trimmed().isEmpty())
        return;
    Operator::setName(m_name->text());
    QDialog::accept();
}
