#include "AddSenderKeyDialog.h"

#include "trust/KeyFile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddSenderKeyDialog::AddSenderKeyDialog(const KeyFile &file, bool handover, QWidget *parent)
    : QDialog(parent)
    , m_senders(new QPlainTextEdit(this))
    , m_compared(new QCheckBox(tr("I have &compared this fingerprint with the sender's clerk by phone"), this))
{
    setWindowTitle(tr("Add a sender's key"));
    auto *fingerprint = new QLabel(file.fingerprint(), this);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    fingerprint->setFont(big);
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The file's own list of senders is a hint from outside: shown, to be checked, never taken as is.
    m_senders->setPlainText(file.senders.join(QLatin1Char('\n')));
    m_senders->setTabChangesFocus(true);
    m_senders->setFixedHeight(m_senders->fontMetrics().lineSpacing() * 5 + 12);
    auto *form = new QFormLayout;
    form->addRow(tr("Fingerprint:"), fingerprint);
    auto *sendersLabel = new QLabel(tr("&Senders:"), this);
    sendersLabel->setBuddy(m_senders);
    form->addRow(sendersLabel, m_senders);
    auto *note = new QLabel(handover ? tr("The key registered for these senders signed over this one: it is their office's new key.")
                                              : tr("One sender per line, by its path (迎江区/新河路街道). The lines come from the key "
                                                   "file: keep only the senders its clerk named on the phone. An office that keeps "
                                                   "several sub-districts in one database sends them all with one key."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compared, &QCheckBox::toggled, this, &AddSenderKeyDialog::updateOk);
    connect(m_senders, &QPlainTextEdit::textChanged, this, &AddSenderKeyDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_compared);
    layout->addWidget(buttons);
    updateOk();
    setMinimumWidth(520);
}

QStringList AddSenderKeyDialog::senders() const
{
    QStringList out;
    for (const QString &line : m_senders->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

void AddSenderKeyDialog::updateOk()
{
    m_ok->setEnabled(m_compared->isChecked() && !senders().isEmpty());
}
