#include "SettingsDialog.h"

#include "common/Operator.h"
#include "core/Language.h"
#include "store/BackupShelf.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

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
    , m_backupFolder(new QLineEdit(BackupShelf::configuredFolder(), this))
    , m_backupKeep(new QSpinBox(this))
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
    // Where the automatic backups go: a USB stick or a network share keeps them off this disk.
    auto *folderRow = new QHBoxLayout;
    m_backupFolder->setObjectName(QStringLiteral("backupFolderEdit"));
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("&Backups in:"), folderRow);
    qobject_cast<QLabel *>(form->labelForField(folderRow))->setBuddy(m_backupFolder);
    m_backupKeep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_backupKeep->setRange(1, 365);
    m_backupKeep->setValue(BackupShelf::configuredKeep());
    m_backupKeep->setSuffix(tr(" backups"));
    form->addRow(tr("&Keep the last:"), m_backupKeep);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseBackupFolder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    resize(std::max(480, sizeHint().width()), sizeHint().height());
}

void SettingsDialog::chooseBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the backups"), m_backupFolder->text());
    if (!folder.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::accept()
{
    const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    BackupShelf::configure(folder.isEmpty() ? BackupShelf::defaultFolder() : folder, m_backupKeep->value());
    const QString code = m_language->currentData().toString();
    Language::save(code);
    Operator::setName(m_operator->text());
    Language::apply(code);
    QDialog::accept();
}
