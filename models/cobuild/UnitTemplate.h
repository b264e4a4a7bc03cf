#pragma once

#include "core/Result.h"

#include <QString>

class Database;

/// The workbook an office fills to import its resident units (UnitImporter): the headings, the
/// unit types to choose from, the sub-districts and communities a unit may be resident in.
namespace UnitTemplate {

Outcome write(const Database &database, const QString &path);

} // namespace UnitTemplate
