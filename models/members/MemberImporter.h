#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

class Database;
class MemberService;

/// Imports members from a CSV file, all or nothing: one bad line refuses the whole file, and the
/// report names every bad line by its number in the file (the header is line 1) and why.
class MemberImporter
{
public:
    struct Problem
    {
        int line = 0;
        QString message;
    };

    struct Report
    {
        int imported = 0;
        QList<Problem> problems;
        bool ok() const { return problems.isEmpty(); }
        /// "line 3: …" lines, for the command line or a saved file.
        QString text() const;
    };

    /// The columns every file has, in any order.
    static QStringList requiredColumns();
    /// The columns a file may have besides.
    static QStringList optionalColumns();

    MemberImporter(Database &database, MemberService &service);

    Report importFile(const QString &path, const QDate &today = QDate::currentDate());
    Report importBytes(const QByteArray &bytes, const QDate &today = QDate::currentDate());

private:
    Database &m_database;
    MemberService &m_service;
};
