#pragma once

#include <QString>

/// A subtree as a range of lineage strings.
///
/// Every organisation stores the ids from the root down to itself ('/1/5/23/'). Everything below
/// '/1/5/' sorts in ['/1/5/', '/1/50'): '0' is the character after '/', so the half-open range
/// holds '/1/5/…' and no other id starting with 5 ('/1/50/', '/1/57/'). A subtree query is then
/// one range scan of the lineage index.
namespace SubtreeRange {

inline QString upperBound(const QString &lineage)
{
    return lineage.chopped(1) + QLatin1Char('0');
}

/// The same bound as an SQL expression over a lineage column.
inline QString upperBoundSql(const QString &column)
{
    return QStringLiteral("(substr(%1, 1, length(%1) - 1) || '0')").arg(column);
}

} // namespace SubtreeRange
