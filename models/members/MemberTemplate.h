#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

class Database;

/// The workbook an office fills to import its members: the first sheet has the headings of every
/// column (MemberColumns, in the language in effect; the required ones marked), a choice list
/// for gender, category and organisation, and the date columns formatted as dates; a second sheet
/// lists the organisations by path, a third says how to fill it. Written by libxlsxwriter through
/// a temporary file; MemberImporter reads it back as it is saved from Excel or WPS.
namespace MemberTemplate {

Outcome write(const Database &database, const QString &path);

/// The organisations a member may belong to, by path: every one still active below the district.
QStringList organisations(const Database &database);

} // namespace MemberTemplate
