#pragma once

#include "cobuild/CobuildList.h"

class Workspace;

/// The detail beside a line of the places and guarantee page, as HTML: a venue and what was held
/// there, a community's venues against the standard, an organisation's funds entries of the
/// year, an inspection and its follow-up tasks.
namespace GuaranteeDetails {

QString html(Workspace &workspace, CobuildList list, qint64 id, const QDate &asOf);

} // namespace GuaranteeDetails
