#include "SigningKeysDialog.h"

#include "AddSenderKeyDialog.h"
#include "trust/KeyService.h"
#include "trust/SenderKeyModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

SigningKeysDialog::SigningKeysDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_keys(std::make_unique<KeyService>(database))
    , m_fingerprint(new QLabel(this))
    , m_ownDetail(new QLabel(this))
    , m_model(new SenderKeyModel(m_keys->registry(), this))
    , m_table(new QTableView(this))
    , m_retire(new QPushButton(tr("&Retire"), this))
{
    setWindowTitle(tr("Signing keys"));
    setObjectName(QStringLiteral("signingKeysDialog"));

    // This office's key.
    auto *own = new QGroupBox(tr("This office's key"), this);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_fingerprint->setFont(big);
    m_fingerprint->setObjectName(QStringLiteral("ownFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ownDetail->setWordWrap(true);
    auto *explain = new QLabel(tr("Every package this office exports is signed with this key. Give the district the key file "
                                  "once, and read its clerk the fingerprint by phone: the same five groups must show on their screen."),
                               this);
    explain->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("&Export key file…"), this);
    auto *replace = new QPushButton(tr("Re&place key…"), this);
    auto *ownButtons = new QHBoxLayout;
    ownButtons->addWidget(exportButton);
    ownButtons->addWidget(replace);
    ownButtons->addStretch();
    auto *ownLayout = new QVBoxLayout(own);
    ownLayout->addWidget(m_fingerprint);
    ownLayout->addWidget(m_ownDetail);
    ownLayout->addWidget(explain);
    ownLayout->addLayout(ownButtons);

    // The senders' keys.
    auto *senders = new QGroupBox(tr("Senders' keys (at the district)"), this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("senderKeys"));
    auto *sendersExplain = new QLabel(tr("Packages are merged only when they are signed with the key registered for the sender "
                                         "they name. Add each sub-district's key file after comparing its fingerprint with "
                                         "their clerk."),
                                      this);
    sendersExplain->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add key file…"), this);
    auto *senderButtons = new QHBoxLayout;
    senderButtons->addWidget(add);
    senderButtons->addWidget(m_retire);
    senderButtons->addStretch();
    auto *sendersLayout = new QVBoxLayout(senders);
    sendersLayout->addWidget(sendersExplain);
    sendersLayout->addWidget(m_table, 1);
    sendersLayout->addLayout(senderButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(own);
    layout->addWidget(senders, 1);
    layout->addWidget(buttons);

    connect(exportButton, &QPushButton::clicked, this, &SigningKeysDialog::exportKey);
    connect(replace, &QPushButton::clicked, this, &SigningKeysDialog::replaceKey);
    connect(add, &QPushButton::clicked, this, &SigningKeysDialog::addKey);
    connect(m_retire, &QPushButton::clicked, this, &SigningKeysDialog::retireKey);
    const auto updateRetire = [this] {
        const SenderRegistry::Entry *entry = m_model->entryAt(m_table->currentIndex());
        m_retire->setEnabled(entry && entry->isCurrent());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, updateRetire);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateRetire);
    updateRetire();
    showOwnKey();
    // Room for a path, a fingerprint and a date before any row is there to size them.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(SenderKeyModel::Sender, metrics.horizontalAdvance(QStringLiteral("迎江区/新河路街道道道")) + 16);
    m_table->setColumnWidth(SenderKeyModel::Fingerprint, metrics.horizontalAdvance(QStringLiteral("0000-0000-0000-0000-0000")) + 24);
    m_table->setColumnWidth(SenderKeyModel::Registered, metrics.horizontalAdvance(QStringLiteral("2026-12-01")) + 16);
    m_table->setColumnWidth(SenderKeyModel::How, metrics.horizontalAdvance(m_model->headerData(SenderKeyModel::How, Qt::Horizontal).toString()) * 4);
    resize(820, 600);
}

SigningKeysDialog::~SigningKeysDialog() = default;

void SigningKeysDialog::showOwnKey()
{
    const auto key = m_keys->own();
    if (!key) {
        m_fingerprint->setText(tr("(none)"));
        m_ownDetail->setText(key.error());
        return;
    }
    m_fingerprint->setText(key.value().fingerprint);
    QString detail = tr("Made %1; sends as %2.").arg(key.value().createdAt.left(10), m_keys->ownSenders().join(QStringLiteral("、")));
    if (!key.value().previousPublic.isEmpty())
        detail += QLatin1Char(' ')
                  + tr("It replaced the key %1, which signed over it: the district takes it with the next package.")
                        .arg(SigningKey::fingerprintOf(key.value().previousPublic));
    m_ownDetail->setText(detail);
}

void SigningKeysDialog::exportKey()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QStringList senders = m_keys->ownSenders();
    const QString name = (senders.size() == 1 ? senders.first().section(QLatin1Char('/'), -1) : tr("signing key")) + QStringLiteral(".key");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the key file"), QDir(folder).filePath(name),
                                                      tr("Key files (*.key)"));
    if (path.isEmpty())
        return;
    if (const Outcome done = m_keys->exportKeyFile(path); !done) {
        QMessageBox::warning(this, windowTitle(), done.error());
        return;
    }
    QMessageBox::information(this, windowTitle(),
                             tr("The key file is written to %1. It holds nothing secret; give it to the district and read "
                                "them the fingerprint %2.")
                                 .arg(QDir::toNativeSeparators(path), m_fingerprint->text()));
}

void SigningKeysDialog::replaceKey()
{
    if (QMessageBox::question(this, windowTitle(),
                              tr("Make a new key for this office? The present key signs over the new one, and the next "
                                 "package carries that signature, so the district takes the new key without a phone call. "
                                 "Packages exported before stay signed with the old key; once the district has a package "
                                 "with the new one, it refuses them."))
        != QMessageBox::Yes)
        return;
    if (const auto fresh = m_keys->rotate(); !fresh) {
        QMessageBox::warning(this, windowTitle(), fresh.error());
        return;
    }
    showOwnKey();
}

bool SigningKeysDialog::addKeyFile(const QString &path, const QStringList &senders, QString *message)
{
    const auto file = KeyFile::read(path);
    if (!file) {
        *message = file.error();
        return false;
    }
    const auto registered = m_keys->registerFile(file.value(), senders);
    m_model->reload();
    if (!registered) {
        *message = registered.error();
        return false;
    }
    QStringList lines = registered.value().replaced;
    lines.append(tr("The key %1 is registered for %2.").arg(registered.value().fingerprint, registered.value().senders.join(QStringLiteral("、"))));
    *message = lines.join(QLatin1Char('\n'));
    return true;
}

void SigningKeysDialog::addKey()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a sender's key file"), QDir::homePath(), tr("Key files (*.key);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto file = KeyFile::read(path);
    if (!file) {
        QMessageBox::warning(this, windowTitle(), file.error());
        return;
    }
    AddSenderKeyDialog confirm(file.value(), m_keys->isHandover(file.value(), file.value().senders), this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    // Registering retires the key a sender has: said before, not after.
    if (const QStringList replaced = m_keys->wouldReplace(file.value(), confirm.senders()); !replaced.isEmpty()
        && !m_keys->isHandover(file.value(), confirm.senders())
        && QMessageBox::warning(this, windowTitle(),
                                tr("This key would replace the key registered for:\n%1\n\nTheir packages signed with the old key "
                                   "would be refused. Do this only when each of them has told you it has a new key.")
                                    .arg(replaced.join(QLatin1Char('\n'))),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    QString message;
    if (!addKeyFile(path, confirm.senders(), &message)) {
        QMessageBox::warning(this, windowTitle(), message);
        return;
    }
    QMessageBox::information(this, windowTitle(), message);
}

void SigningKeysDialog::retireKey()
{
    const SenderRegistry::Entry *entry = m_model->entryAt(m_table->currentIndex());
    if (!entry || !entry->isCurrent())
        return;
    const QString fingerprint = entry->fingerprint;
    const QString sender = entry->sender;
    if (QMessageBox::question(this, windowTitle(),
                              tr("Retire the key %1 of %2? Packages signed with it are refused from now on; %2 must send "
                                 "a new key file.")
                                  .arg(fingerprint, sender))
        != QMessageBox::Yes)
        return;
    const auto retired = m_keys->registry().retire(fingerprint, sender);
    m_model->reload();
    if (!retired)
        QMessageBox::warning(this, windowTitle(), retired.error());
}
