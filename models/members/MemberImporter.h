#pragma once

#include "core/TableColumns.h"
#include "core/TableFile.h"
#include "members/Member.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

class Database;
class MemberService;

/// Imports members from a list an office keeps — a CSV file (UTF-8 or GBK/GB18030) or the first
/// sheet of an Excel workbook — all or nothing: check() reads and judges every row and writes
/// nothing, so that the clerk sees the first rows as they will be saved and every bad one (its
/// line, its column, what is wrong) before deciding; write() saves what check() found, in one
/// transaction, or nothing when anything was wrong. Headings may be the program's keys or the
/// Chinese ones (MemberColumns), values as the program shows them (男/女, 在册/流动/在职) or as
/// its codes, dates as text (1971-03-09, 1971/3/9, 1971年3月9日) or as Excel stores them.
class MemberImporter
{
public:
    using Problem = TableProblem;

    /// One member as it will be saved, with the row it came from and its organisation's path.
    struct Row
    {
        int line = 0;
        Member member;
        QString organisation;
    };

    struct Check
    {
        TableFile::Kind kind = TableFile::Kind::Csv;
        QString encoding;
        int rows = 0; ///< below the headings
        QList<Row> members; ///< the rows without problems, in the file's order
        QList<Problem> problems;
        bool ok() const { return problems.isEmpty() && rows > 0; }
    };

    struct Report
    {
        TableFile::Kind kind = TableFile::Kind::Csv;
        int imported = 0;
        QList<Problem> problems;
        bool ok() const { return problems.isEmpty(); }
        /// "line 3, birth_date: …" lines, for the command line or a saved file.
        QString text() const;
    };

    /// The keys of the columns every file has, in any order (or their Chinese headings).
    static QStringList requiredColumns();
    /// The keys of the columns a file may have besides.
    static QStringList optionalColumns();
    /// "line 3, 出生日期: …" as the report and the dialog write a problem.
    static QString describe(const Problem &problem, TableFile::Kind kind);

    MemberImporter(Database &database, MemberService &service);

    Check check(const QString &path, const QDate &today = QDate::currentDate()) const;
    Check check(const TableFile &table, const QDate &today = QDate::currentDate()) const;
    /// Saves the members of a check without problems, all or nothing.
    Report write(const Check &checked);

    Report importFile(const QString &path, const QDate &today = QDate::currentDate());
    Report importBytes(const QByteArray &bytes, const QDate &today = QDate::currentDate());

private:
    Database &m_database;
    MemberService &m_service;
};
