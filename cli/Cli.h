#pragma once

#include <QStringList>
#include <QTextStream>

/// The headless program `zongheng-cli`: reads a command line, runs one command against a
/// database, writes results to out and problems to err, and returns the exit code.
namespace Cli {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Cli
