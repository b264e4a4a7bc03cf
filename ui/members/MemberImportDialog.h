#pragma once

#include "members/MemberImporter.h"

#include <QDialog>

class Database;
class MemberService;
class QLabel;
class QPushButton;
class QTableWidget;

/// Importing members from a CSV file: all or nothing. When the file is refused, every bad line
/// is listed with its number and the reason, and the list can be saved for whoever fixes the file.
class MemberImportDialog : public QDialog
{
    Q_OBJECT

public:
    MemberImportDialog(Database &database, MemberService &members, QWidget *parent = nullptr);

    /// Imports path at once (as choosing it would); returns whether everything was imported.
    bool importFile(const QString &path);
    QTableWidget *problemsTable() const { return m_problems; }
    const MemberImporter::Report &report() const { return m_report; }

private:
    void choose();
    void saveProblems();

    Database &m_database;
    MemberService &m_members;
    MemberImporter::Report m_report;
    QString m_path;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QPushButton *m_choose;
    QPushButton *m_save;
};
