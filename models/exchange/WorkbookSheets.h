#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

/// What the quarterly workbook shows, read from a package: one sheet per list, each row in the
/// words a district officer reads in WPS or Excel without joins — organisations by their path
/// (新河路街道/龙狮桥社区/第3网格), categories and units by name, codes as words (登记, 满意),
/// steps by the number of their item in the sheet — never internal ids or English codes.
namespace WorkbookSheets {

struct Cell
{
    enum class Kind { Empty, Text, Number, Date } kind = Kind::Empty;
    QString text;
    double number = 0;
    QDate date;
};

struct Sheet
{
    QString title;
    QStringList headings;
};

/// Receives each sheet as it begins, then its rows; returns false to stop.
struct Visitor
{
    std::function<bool(const Sheet &sheet)> sheet;
    std::function<bool(const QList<Cell> &row)> row;
};

/// Reads the package's lists into sheets, streaming the rows to visitor.
Outcome read(const QSqlDatabase &package, const Visitor &visitor);

/// The cell as text (what a test compares, what a CSV would hold).
QString text(const Cell &cell);

} // namespace WorkbookSheets
