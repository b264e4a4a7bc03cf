#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

class Database;
class OrgService;

/// Gives an empty database its top: the district and, for a sub-district office, its sub-district.
namespace OrgSetup {

/// meta 'scope' is 'subdistrict' when a sub-district is given, else 'district'.
Outcome initialise(Database &database, OrgService &orgs, const QString &district, const QString &subdistrict,
                   const QDate &establishedOn = QDate());

} // namespace OrgSetup
