#pragma once

#include <QtGlobal>

/// Constants that identify a ZongHeng file.
namespace Schema {

/// PRAGMA application_id of every ZongHeng database and package: "ZHng".
inline constexpr quint32 applicationId = 0x5A486E67;

/// The page cache of a connection, as PRAGMA cache_size takes it (negative: KiB): 64 MiB keeps
/// the indexes a city-sized database works with in memory.
inline constexpr int cacheSizeKib = -65536;

/// How long a connection waits for another connection's write to finish.
inline constexpr int busyTimeoutMs = 5000;

} // namespace Schema
