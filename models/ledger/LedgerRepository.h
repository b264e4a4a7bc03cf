#pragma once

#include "LedgerItem.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;
struct SqlCondition;

/// Reads the ledger: an item, its events, pages of the filtered table and their count, the
/// categories, and items that look like the same request.
class LedgerRepository
{
public:
    explicit LedgerRepository(const Database &database);

    std::optional<LedgerItem> find(qint64 id) const;
    /// The table row of one item.
    std::optional<LedgerRow> row(qint64 id) const;
    QList<LedgerEvent> events(qint64 itemId) const;

    QList<LedgerRow> page(const LedgerFilter &filter, LedgerSort sort, const std::optional<LedgerRow> &after,
                          int limit) const;
    qint64 count(const LedgerFilter &filter) const;
    /// The same count on another connection (a worker thread's).
    static qint64 count(const QSqlDatabase &db, const LedgerFilter &filter);
    /// The query plan the engine chooses for a page (for the benchmark and for checking indexes).
    QStringList pagePlan(const LedgerFilter &filter, LedgerSort sort) const;

    QList<LedgerCategory> categories(bool includeRetired = false) const;
    std::optional<LedgerCategory> category(qint64 id) const;
    std::optional<qint64> categoryByName(const QString &name) const;

    /// Items of the same organisation and category recorded in the 30 days up to recordedOn whose
    /// title is like this one: probably the same request entered twice.
    QList<LedgerRow> possibleDuplicates(qint64 orgId, qint64 categoryId, const QString &title,
                                        const QDate &recordedOn) const;

    /// Adds to c the condition for items in the subtree of orgId: a sub-district, a community or a
    /// grid is an equality on a column the item keeps (one index range, in recorded order);
    /// anything else a lineage range. alias prefixes the columns ("i.").
    static void addScope(SqlCondition &c, const QSqlDatabase &db, qint64 orgId, const QString &alias);

    /// Open items past their due date on asOf in the subtree of orgId (0: all).
    qint64 overdueCount(qint64 orgId, const QDate &asOf) const;

private:
    const Database &m_database;
};
