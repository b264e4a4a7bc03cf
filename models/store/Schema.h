#pragma once

#include <QtGlobal>

/// Constants that identify a ZongHeng file.
namespace Schema {

/// PRAGMA application_id of every ZongHeng database and package: "ZHng".
inline constexpr quint32 applicationId = 0x5A486E67;

/// How long a connection waits for another connection's write to finish.
inline constexpr int busyTimeoutMs = 5000;

} // namespace Schema
