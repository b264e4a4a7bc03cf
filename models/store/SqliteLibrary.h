#pragma once

#include "core/Result.h"

/// The SQLite this program calls directly (bulk loading, scripts, the package's SQL functions)
/// must be the one inside Qt's QSQLITE driver: a handle of one library passed to the other is
/// undefined behaviour, and Qt's own builds for Windows carry a copy of their own.
namespace SqliteLibrary {

/// Checked once per process: the version and source id the linked library reports equal those
/// of `SELECT sqlite_version(), sqlite_source_id()` through QSQLITE, and (where the loader can
/// tell) the driver resolves SQLite's functions to the very library this program calls. The
/// failure says what differs, for a message before anything is opened.
Outcome verify();

/// Whether verify() succeeded (it runs if it has not yet).
bool isVerified();

} // namespace SqliteLibrary
