#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// A table's rows counted and summed the same way on either engine, to show that a copy holds
/// what its source holds. Each row is hashed (SHA-256 of its values written canonically: the
/// type, then the value — integers in decimal, reals to 17 digits, text as UTF-8, bytes as they
/// are) and the hashes are added up lane by lane, so the sum does not depend on the order the
/// engine reads the rows in, yet counts every row, duplicates included.
struct TableChecksum
{
    qint64 rows = -1; ///< -1: the table could not be read (problem says why)
    QByteArray sum;   ///< 32 bytes
    QString problem;

    static TableChecksum compute(const QSqlDatabase &db, const QString &table, const QStringList &columns);
    bool operator==(const TableChecksum &other) const { return rows == other.rows && sum == other.sum; }
};
