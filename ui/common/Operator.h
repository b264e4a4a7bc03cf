#pragma once

#include <QString>

/// The clerk at the keyboard, named in the ledger's history: the name given in the settings, else
/// the computer's user name.
namespace Operator {

QString name();
void setName(const QString &name);

} // namespace Operator
