#pragma once

#include "core/CsvReader.h"
#include "core/TableFile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The columns of a table an office imports (members, units): each with the program's key
/// (name, birth_date…), the Chinese heading of the office's own lists (姓名, 出生日期…) and the
/// other headings the same column goes by; a file may use any of them, in any order.
class TableColumns
{
public:
    struct Column
    {
        QString key;
        QString heading; ///< Chinese, as the office's lists and the templates write it
        QStringList aliases;
        bool required = false;
        bool date = false;
    };

    /// Which column of a file each key is, after its heading row.
    struct Mapping
    {
        QHash<QString, int> index;      ///< key -> column
        QHash<QString, QString> written; ///< key -> the heading as the file writes it
        int width = 0;                  ///< the heading row's columns, empty ones at the right left out
        QList<TableProblem> problems;   ///< unknown, repeated or missing columns

        /// The trimmed value of key in a row, empty when the file has no such column.
        QString value(const QStringList &fields, const QString &key) const;
    };

    explicit TableColumns(QList<Column> columns);

    const QList<Column> &all() const { return m_columns; }
    /// The key a heading stands for: the key itself, the heading or an alias, whatever the case,
    /// spaces and a marking asterisk (出生日期*, Birth_Date).
    std::optional<QString> keyFor(const QString &heading) const;
    /// The heading of key in the language in effect: 出生日期 in Chinese, birth_date in English.
    QString heading(const QString &key) const;
    QStringList keys(bool required) const;

    Mapping map(const CsvReader::Record &headings) const;

private:
    QList<Column> m_columns;
    QHash<QString, QString> m_keys; ///< folded heading -> key
};
