#pragma once

#include <QDialog>

#include <memory>

class Database;
class KeyService;
class QLabel;
class QPushButton;
class QTableView;
class SenderKeyModel;

/// Tools › Signing keys (报送密钥): this office's key with the fingerprint the district's clerk
/// compares by phone, exported as a key file or replaced by a new one; and the senders' keys a
/// district accepts packages under, added from their key files and retired.
class SigningKeysDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SigningKeysDialog(Database &database, QWidget *parent = nullptr);
    ~SigningKeysDialog() override;

    SenderKeyModel *senderModel() const { return m_model; }
    /// Registers a key file for senders (the Add button, after its dialog): false with a message.
    bool addKeyFile(const QString &path, const QStringList &senders, QString *message);

private:
    void showOwnKey();
    void exportKey();
    void replaceKey();
    void addKey();
    void retireKey();

    std::unique_ptr<KeyService> m_keys;
    QLabel *m_fingerprint;
    QLabel *m_ownDetail;
    SenderKeyModel *m_model;
    QTableView *m_table;
    QPushButton *m_retire;
};
