#pragma once

#include <QString>

/// The clerk at the keyboard, named in the ledger's history: the name given in the settings, else
/// the computer's user name.
namespace Operator {

QString name();
/// Whether the clerk has given a name (the user name is only a stand-in).
bool isGiven();
void setName(const QString &name);

} // namespace Operator
