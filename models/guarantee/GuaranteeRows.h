#pragma once

#include "cobuild/CobuildList.h"

/// The lists of the places and guarantee page, as the co-building page's are read (CobuildRows
/// hands them here): venues, each community's space against the standard, each organisation's
/// funds of the year, inspections.
namespace GuaranteeRows {

const QList<CobuildList> &lists();
QStringList headers(CobuildList list);
int flagColumn(CobuildList list);
/// The rows; the funds of asOf's year. A read that fails gives no rows (and is told by SqlRead).
QList<CobuildRow> read(const QSqlDatabase &db, CobuildList list, qint64 orgId, const QDate &asOf);

} // namespace GuaranteeRows
