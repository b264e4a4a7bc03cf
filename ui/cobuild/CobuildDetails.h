#pragma once

#include "cobuild/CobuildList.h"

#include <QString>

class Workspace;

/// The detail of the record selected in a co-building list, as rich text.
namespace CobuildDetails {

QString html(Workspace &workspace, CobuildList list, qint64 id);

} // namespace CobuildDetails
