#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

/// The lists of the co-building page, one tab each, and those of the places and guarantee page
/// (GuaranteeRows): venues, the communities' space, the funds' use, inspections.
/// (Activities came last: a list's number keys its saved splitter.)
enum class CobuildList { Units, Agreements, Needs, Resources, Projects, Meetings, Tasks, Venues, Space, Funds, Inspections, Activities };

/// One line of a list as the table shows it.
struct CobuildRow
{
    qint64 id = 0;
    QVariantList cells;  ///< display values, numbers as numbers so that they sort as numbers
    bool flagged = false; ///< needs attention: expiring or behind, overdue
    QString flagNote;     ///< why (the tooltip)
};

/// Reads the lists for an organisation's subtree. Co-building lists are short (thousands of rows
/// on a city), so a list is read whole.
namespace CobuildRows {

/// The co-building page's lists.
const QList<CobuildList> &lists();
/// The column titles of a list, translated.
QStringList headers(CobuildList list);
/// The column that flags a row (shown in red when flagged), or -1.
int flagColumn(CobuildList list);
/// The rows of a list for the subtree of orgId; the guarantee's lists are read by GuaranteeRows
/// (the funds of asOf's year).
QList<CobuildRow> read(const QSqlDatabase &db, CobuildList list, qint64 orgId, const QDate &asOf);

} // namespace CobuildRows
