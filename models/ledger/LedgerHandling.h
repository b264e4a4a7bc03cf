#pragma once

#include "LedgerItem.h"
#include "LedgerSummons.h"
#include "core/Result.h"

class Database;
struct LedgerStep;

/// The steps of handling as the seeds run it, which the item's own columns do not hold alone:
/// escalating for a matter of the whistle catalogue summons its departments, which report in and
/// report done; a dispatch names a member, a unit of the register or a volunteer, with a time
/// limit; a leader signs off a closing or sends the item back. LedgerService::act asks it to
/// prepare such a step on the item and, in the step's transaction, to write what it adds.
class LedgerHandling
{
public:
    explicit LedgerHandling(Database &database);

    /// The event's detail and note for the step, with the item changed as the step changes it; the
    /// reason when the step is refused.
    struct Prepared
    {
        QString detail;
        QString note;
        QList<qint64> summon;  ///< escalate: the departments to summon …
        QDate summonsDue;      ///< … and by when they are to report done
        qint64 summonsId = 0;  ///< report, report done: the department's summons
    };
    Result<Prepared> prepare(LedgerItem &item, const LedgerStep &step, const QList<Summons> &summons) const;
    /// Writes what the prepared step adds to the summons: part of the caller's transaction.
    Outcome write(const LedgerItem &item, const LedgerStep &step, const Prepared &prepared) const;

    static bool handles(LedgerAction action);

private:
    Result<Prepared> dispatch(LedgerItem &item, const LedgerStep &step) const;
    Result<Prepared> escalate(LedgerItem &item, const LedgerStep &step) const;

    Database &m_database;
};
