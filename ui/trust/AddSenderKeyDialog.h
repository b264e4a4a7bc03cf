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
    /// handover: the senders' registered key signed over this one (the registry says so, not the file).
    AddSenderKeyDialog(const KeyFile &file, bool handover, QWidget *parent = nullptr);

    QStringList senders() const;

private:
    void updateOk();

    QPlainTextEdit *m_senders;
    QCheckBox *m_compared;
    QPushButton *m_ok;
};
