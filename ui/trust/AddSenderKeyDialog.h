#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
struct KeyFile;

/// Asks, before a sender's key is registered, for whom it is — one path per line — and for the
/// clerk's word that the fingerprint was compared with the sender's clerk by phone.
class AddSenderKeyDialog : public QDialog
{
    Q_OBJECT

public:
    AddSenderKeyDialog(const KeyFile &file, QWidget *parent = nullptr);

    QStringList senders() const;

private:
    void updateOk();

    QPlainTextEdit *m_senders;
    QCheckBox *m_compared;
    QPushButton *m_ok;
};
