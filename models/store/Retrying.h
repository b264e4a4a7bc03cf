#pragma once

#include "SqlDialect.h"
#include "StoreHealth.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QThread>

/// Runs one change — its checks and its own transaction — again when a server undid it to keep
/// two clerks' changes apart (a serialization failure or a deadlock, StoreHealth::Problem::
/// Conflict): the same change tried again a moment later succeeds. Up to five attempts, a short
/// random pause between them; any other failure is returned at once. Inside a transaction that is
/// already open only the outermost change can be tried again, so it runs once.
///
///     return Retrying::run(m_database.connection(), [&] { return actOnce(itemId, step, today); });
namespace Retrying {

constexpr int attempts = 5;

template <typename Change>
auto run(const QSqlDatabase &db, Change change) -> decltype(change())
{
    if (SqlDialect::of(db).inTransaction(db))
        return change();
    for (int attempt = 1;; ++attempt) {
        const int before = StoreHealth::conflictsSeen();
        auto result = change();
        if (result.ok() || attempt == attempts || StoreHealth::conflictsSeen() == before)
            return result;
        QThread::msleep(QRandomGenerator::global()->bounded(5u, 25u) * attempt);
    }
}

} // namespace Retrying
