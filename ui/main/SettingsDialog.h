#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

/// Preferences: for now the language of the interface, applied at once.
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *backupFolderEdit() const { return m_backupFolder; }
    QSpinBox *backupKeepSpin() const { return m_backupKeep; }

    void accept() override;

private:
    void chooseBackupFolder();

    QComboBox *m_language;
    QLineEdit *m_operator;
    QLineEdit *m_backupFolder;
    QSpinBox *m_backupKeep;
};
