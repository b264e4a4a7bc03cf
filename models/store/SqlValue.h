#pragma once

#include <QVariant>

/// What kind of SQL value a QVariant read by either engine's driver holds: SQLite's five storage
/// classes, which PostgreSQL's columns map onto (bigint and integer, double precision, text, bytea).
namespace SqlValue {

enum class Kind { Null, Integer, Real, Text, Blob };

inline Kind kindOf(const QVariant &value)
{
    if (value.isNull())
        return Kind::Null;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::Bool:
        return Kind::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return Kind::Real;
    case QMetaType::QByteArray:
        return Kind::Blob;
    default:
        return Kind::Text;
    }
}

} // namespace SqlValue
