#include "SettingsDialog.h"

#include "common/Operator.h"
#include "core/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_operator(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so that it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::saved())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    // Only a name the clerk gave: the computer's user name stands in without being saved as one.
    if (Operator::isGiven())
        m_operator->setText(Operator::name());
    m_operator->setPlaceholderText(tr("as the ledger's history should name you"));
    // Wide enough for the placeholder in either language, with room to type a name.
    m_operator->setMinimumWidth(m_operator->fontMetrics().horizontalAdvance(m_operator->placeholderText()) + 48);
    form->addRow(tr("&Your name:"), m_operator);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    resize(std::max(480, sizeHint().width()), sizeHint().height());
}

void SettingsDialog::accept()
{
    const QString code = m_language->currentData().toString();
    Language::save(code);
    Operator::setName(m_operator->text());
    Language::apply(code);
    QDialog::accept();
}
