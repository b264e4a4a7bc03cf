#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

/// Preferences: for now the language of the interface, applied at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    QComboBox *languageCombo() const { return m_language; }

    /// The language saved in the settings ("" follows the system).

    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_operator;
};
