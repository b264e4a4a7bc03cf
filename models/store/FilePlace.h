#pragma once

#include <QString>

#include <optional>

/// Where a desk file lives, when SQLite can only say "disk I/O error" or "unable to open": a disk
/// or stick that is full, a folder that is read-only (a write-protected stick, a share without
/// write access), or a file that is no longer there (the USB stick taken out, the network share
/// gone). StoreHealth asks it so that the clerk reads the cause and what to do, not SQLite's
/// English. The files of open connections are watched (SqlConnection); server databases are not.
namespace FilePlace {

enum class State { Fine, Full, ReadOnly, Gone };

/// How the file at path (and its folder) stands now. Full: less room than a write needs.
State of(const QString &path);

/// A watched file whose place is in trouble now, with its state; nullopt when none is.
struct Trouble
{
    State state;
    QString path;
};
std::optional<Trouble> troubled();

void watch(const QString &path);
void unwatch(const QString &path);

} // namespace FilePlace
