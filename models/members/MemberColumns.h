#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The columns of a list of members to import: the program's key (name, birth_date…), the
/// heading an office's own list gives it (姓名, 出生日期…) and the other headings the same column
/// goes by in the lists people keep (出生年月, 手机号, 身份证号…). A file may use any of them, in any
/// order; the template workbook writes the heading of the language in effect.
namespace MemberColumns {

struct Column
{
    QString key;
    QString heading; ///< Chinese, as the clerk's own lists and the template write it
    QStringList aliases;
    bool required = false;
    bool date = false;
};

const QList<Column> &all();

/// The key a file's heading stands for: the key itself, the heading or an alias, whatever the
/// case, spaces and a marking asterisk (出生日期*, Birth_Date).
std::optional<QString> keyFor(const QString &heading);

/// The heading of key in the language in effect: 出生日期 in Chinese, birth_date in English.
QString heading(const QString &key);

} // namespace MemberColumns
