#pragma once

#include <QtGlobal>

/// Constants that identify a ZongHeng file.
namespace Schema {

/// PRAGMA application_id of every ZongHeng database and package: "ZHng".
inline constexpr quint32 applicationId = 0x5A486E67;

/// The page cache of a connection, as PRAGMA cache_size takes it (negative: KiB): 64 MiB keeps
/// the indexes a city-sized database works with in memory.
inline constexpr int cacheSizeKib = -65536;
/// The page cache of a process that reads once and ends (a reading command of zongheng-cli):
/// SQLite's own 2 MB, reused page by page; a large cache would only be new memory, a page fault
/// for every page read.
inline constexpr int oneShotCacheSizeKib = -2000;

/// How long a connection waits for another connection's write to finish.
inline constexpr int busyTimeoutMs = 5000;

} // namespace Schema
