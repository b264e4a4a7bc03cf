#pragma once

#include "LedgerFlow.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

/// A department summoned to an item by a whistle: it reports in (报到), then reports its part done.
struct Summons
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 departmentId = 0;
    QString department;
    QDate summonedOn;
    QDate dueOn; ///< by when it is to report done
    QDate reportedOn;
    QDate doneOn;

    bool isOpen() const { return !doneOn.isValid(); }
};

/// The departments summoned to ledger items. The writes are parts of a step: the caller holds the
/// transaction (LedgerService::act).
class LedgerSummons
{
public:
    explicit LedgerSummons(const Database &database);

    /// Every department summoned to the item, in the order summoned (empty when unreadable).
    QList<Summons> of(qint64 itemId) const;
    /// The same, or the reason they cannot be read: a step that depends on them is refused.
    Result<QList<Summons>> read(qint64 itemId) const;
    /// How many of the item's summoned departments are still to report in, and to report done.
    static LedgerFlowFacts facts(const QList<Summons> &summons);
    /// The open summons of departmentName (or the only one, when the name is empty) that is still
    /// to report in (reportIn) or to report done; the reason when there is none.
    static Result<Summons> pick(const QList<Summons> &summons, const QString &departmentName, bool reportIn);
    /// The names of the departments still to report done.
    static QStringList unfinished(const QList<Summons> &summons);

    Outcome summon(qint64 itemId, const QList<qint64> &departmentIds, const QDate &on, const QDate &due) const;
    Outcome reportIn(qint64 summonsId, const QDate &on) const;
    Outcome reportDone(qint64 summonsId, const QDate &on) const;
    /// Moves the time limits of the item's summons still open by the working days an item's
    /// suspension lost (the clock stood still for them too).
    Outcome moveOpenLimits(qint64 itemId, int lostWorkingDays) const;

private:
    const Database &m_database;
};
