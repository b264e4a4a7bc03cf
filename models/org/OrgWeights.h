#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

class Database;

/// Weights in per cent that a sub-district (or the district, for all below it) sets for a
/// weighing of its own — the grid staff's assessment, the year-end review —, kept in a table of
/// (org_id, key column, weight). One place for reading the nearest that applies and for saving.
namespace OrgWeights {

/// The weights that apply to orgId: its own, else those of the nearest organisation above it that
/// set them (a key at a time); keys nobody set are missing.
Result<QHash<QString, int>> read(const Database &database, const QString &table, const QString &keyColumn, qint64 orgId);

/// Sets a sub-district's or the district's weights: each 0–100, together 100; all or nothing.
Outcome save(const Database &database, const QString &table, const QString &keyColumn, qint64 orgId,
             const QList<std::pair<QString, int>> &weights);

} // namespace OrgWeights
