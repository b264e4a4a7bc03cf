#pragma once

#include "cobuild/UnitImporter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class Workspace;

/// Importing resident units from an Excel workbook or a CSV file, all or nothing, as members are
/// imported: the file is checked first on a worker, the first units shown as they will be saved
/// beside every problem, and only a file without problems can be imported.
class UnitImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnitImportDialog(Workspace &workspace, QWidget *parent = nullptr);

    bool checkFile(const QString &path);
    /// Writes the template workbook to path; whether it was written.
    bool saveTemplate(const QString &path);
    bool importChecked();
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *problemsTable() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }

private:
    void choose();
    void show();

    Workspace &m_workspace;
    UnitImporter::Check m_checked;
    QString m_path;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QTableWidget *m_problems;
    QPushButton *m_import;
    QPushButton *m_save;
};
