#pragma once

#include "members/MemberImporter.h"

#include <QDialog>

class Database;
class MemberService;
class QLabel;
class QPushButton;
class QTableWidget;

/// Importing members from an Excel workbook or a CSV file, all or nothing, in two steps: the file
/// chosen is checked first (on a worker, with its own connection) and the first rows are shown as
/// they will be saved, beside every problem (row, column, what is wrong); only a file without
/// problems can then be imported. The problems can be saved for whoever fixes the file, and the
/// template workbook to fill is offered.
class MemberImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// How many rows the preview shows.
    static constexpr int previewRows = 20;

    MemberImportDialog(Database &database, MemberService &members, QWidget *parent = nullptr);

    /// Checks path (as choosing it would) and shows what came of it; whether it can be imported.
    bool checkFile(const QString &path);
    /// Saves what the last check found; whether everything was imported.
    bool importChecked();
    /// Writes the template workbook to path; whether it was written.
    bool saveTemplate(const QString &path);

    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *problemsTable() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    const MemberImporter::Check &checked() const { return m_checked; }

private:
    void choose();
    void chooseTemplate();
    void saveProblems();
    void showCheck();
    void showPreview();
    void showProblems();

    Database &m_database;
    MemberService &m_members;
    MemberImporter::Check m_checked;
    QString m_path;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QTableWidget *m_problems;
    QPushButton *m_choose;
    QPushButton *m_template;
    QPushButton *m_import;
    QPushButton *m_save;
};
