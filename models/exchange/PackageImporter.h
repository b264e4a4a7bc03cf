#pragma once

#include "PackageCheck.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class CancelFlag;
class Database;

/// Merges quarterly packages into a district database (全区汇总): the sending organisations join
/// the district's tree, their quarter's ledger, co-building lists, meetings, tasks and member
/// figures join its data. Every package is copied and checked first (PackageCheck), signature
/// included; if any fails, nothing is merged. A package already merged changes nothing; a newer
/// one for the same organisation and quarter replaces the older (rows it already brought are
/// updated, not added twice); an older one is refused. All packages are merged in one
/// transaction, from the copies that were checked.
class PackageImporter
{
public:
    struct Outcome
    {
        PackageInfo info;
        enum class What { Merged, Replaced, Unchanged } what = What::Merged;
        /// Written before a package of the sender already merged (a later quarter): it added rows
        /// new to the district and changed none that were there.
        bool older = false;
    };

    explicit PackageImporter(Database &database);

    /// Receives the step done (of total: every package is checked, then merged) and the file at
    /// hand; returns false to cancel, which leaves the database as it was.
    using Progress = std::function<bool(int done, int total, const QString &file)>;

    /// cancel (may be null) also stops a statement under way on a package.
    Result<QList<Outcome>> import(const QStringList &paths, const Progress &progress = {}, const CancelFlag *cancel = nullptr);

private:
    Result<void> decide(Outcome &outcome) const;

    Database &m_database;
};
