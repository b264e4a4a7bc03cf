#pragma once

#include "store/BackupShelf.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

/// File › Restore from a backup…: the verified backups of the open file, newest first (when,
/// size, organisations, members, ledger items); the one chosen replaces the database after the
/// current file is copied aside (AppController::restoreBackup does it, once the clerk agreed).
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const BackupShelf &shelf, QWidget *parent = nullptr);

    /// The backup chosen, once accepted.
    QString chosen() const;
    QTableWidget *table() const { return m_table; }

private:
    void confirm();

    QList<BackupShelf::Entry> m_entries;
    QTableWidget *m_table;
    QPushButton *m_restore;
};
