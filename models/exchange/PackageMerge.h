#pragma once

#include "PackageCheck.h"
#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>

class BulkInsert;
class Database;

/// Merges one checked package into the district database, inside the caller's transaction. Each
/// row of the package is matched to the local row it became before (import_key), by name for
/// categories, units and organisations; matched rows are updated where the sending office may
/// have changed them, new ones inserted. What came before is read once at the start; every
/// statement is prepared once and run for each row.
class PackageMerge
{
public:
    /// topParent: the local organisation the package's top hangs under (the sender's path less its
    /// last name). updates: whether rows that came before are refreshed — not for a package older
    /// than one of the sender's already merged.
    PackageMerge(Database &database, const PackageInfo &info, const QSqlDatabase &package, qint64 topParent, bool updates);
    ~PackageMerge();

    Outcome run();

private:
    struct Spec
    {
        QString table;
        QStringList columns;           ///< copied as they are, after mapping references
        QHash<QString, QString> refs;  ///< column → the package table it points into
        QStringList updatable;         ///< refreshed when the row came before
        QString skipWhenNull;          ///< a reference without which the row is left out
        QString source = {};           ///< the package's rows, when not the table's own (a subquery)
    };

    Outcome loadKeys();
    Outcome mergeOrganisations();
    Outcome mergeCategories(const QString &table);
    Outcome mergeUnits();
    Outcome mergeRows(const Spec &spec);
    Outcome mergeEvents();
    Outcome mergeNeedResources();
    Outcome mergeMemberFigures();
    Outcome remember(const QString &table, qint64 sourceId, qint64 localId);
    /// The same with the table's map and name at hand (the merge's inner loops).
    Outcome remember(QHash<qint64, qint64> &map, const QByteArray &table, qint64 sourceId, qint64 localId);
    qint64 known(const QString &table, qint64 sourceId) const;
    /// The community and sub-district above (or at) a local organisation, as ledger items keep them.
    std::pair<qint64, qint64> placeOf(qint64 orgId);
    /// A statement of the district database, prepared on first use and kept for every row.
    QSqlQuery *prepared(const QString &sql);
    BulkInsert *bulk(const QString &sql);
    Outcome run(QSqlQuery *query);

    Database &m_database;
    PackageInfo m_info;
    QSqlDatabase m_package;
    QString m_now;
    QByteArray m_nowUtf8;    ///< kept alive for the statements that bind it
    QByteArray m_sourceUtf8;
    QHash<QString, QHash<qint64, qint64>> m_map; ///< table → source id → local id
    QHash<qint64, std::pair<qint64, qint64>> m_places;
    QHash<qint64, qint64> m_eventMarks; ///< item's source id → the last step merged (its source id)
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    qint64 m_topParent = 0;
    bool m_updates = true;
    std::unordered_map<QString, std::unique_ptr<BulkInsert>> m_bulk;
};
