#pragma once

#include "core/TableColumns.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The columns of a list of members to import: the program's key (name, birth_date…), the
/// heading an office's own list gives it (姓名, 出生日期…) and the other headings the same column
/// goes by in the lists people keep (出生年月, 手机号, 身份证号…). A file may use any of them, in any
/// order; the template workbook writes the heading of the language in effect.
namespace MemberColumns {

using Column = TableColumns::Column;

/// The columns, as a table of them (TableColumns).
const TableColumns &columns();

inline const QList<Column> &all() { return columns().all(); }
inline std::optional<QString> keyFor(const QString &heading) { return columns().keyFor(heading); }
/// The heading of key in the language in effect: 出生日期 in Chinese, birth_date in English.
inline QString heading(const QString &key) { return columns().heading(key); }

} // namespace MemberColumns
