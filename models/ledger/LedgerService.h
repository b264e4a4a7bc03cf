#pragma once

#include "LedgerItem.h"
#include "LedgerRepository.h"
#include "LedgerSummons.h"
#include "core/Result.h"

#include <QObject>

class Database;
class PointsService;

/// One step asked of an item.
struct LedgerStep
{
    LedgerAction action = LedgerAction::Accept;
    QDate on = QDate::currentDate();
    QString who;               ///< who did it (the clerk, a grid worker)
    QString to;                ///< dispatch: the volunteer (free text); report, report done: the department;
                               ///< sign off: the leader
    qint64 toMemberId = 0;     ///< dispatch to a party member (earns points on completion)
    qint64 toUnitId = 0;       ///< dispatch to a unit of the register
    QDate limit;               ///< dispatch: the holder's time limit (a unit's: the item's due date if none)
    qint64 matterId = 0;       ///< escalate: the matter of the whistle catalogue
    std::optional<Whistle> whistle; ///< escalate without a catalogue
    std::optional<Satisfaction> satisfaction;
    QString note;              ///< close: the result; suspend: the reason; progress: what was done
    int version = 0;           ///< the item's version the clerk saw (LedgerItem::version); 0: as read now
};

/// Records ledger items and moves them around their closed loop. Every step is checked against
/// the state machine and written as an event that is never edited, in one transaction with the
/// item's new state; a refused step changes nothing.
class LedgerService : public QObject
{
    Q_OBJECT

public:
    LedgerService(Database &database, PointsService &points, QObject *parent = nullptr);

    const LedgerRepository &repository() const { return m_repository; }
    const LedgerSummons &summons() const { return m_summons; }
    /// What the flow needs to know of the item besides its state (LedgerFlow::next).
    LedgerFlowFacts facts(const LedgerItem &item) const;

    /// Everything wrong with a new item (before it is saved).
    QStringList problems(const LedgerItem &item, const QDate &today = QDate::currentDate()) const;
    /// Records an item; its due date follows from its category and urgency on the working-day
    /// calendar. Returns the new id.
    Result<qint64> add(const LedgerItem &item, const QString &who, const QDate &today = QDate::currentDate());
    /// Takes a step on an item: refused when the flow does not allow it, or when the item changed
    /// since the version the step counts on (RecordVersion). Both are tried again when a server
    /// undoes them to keep two clerks' changes apart (Retrying).
    Outcome act(qint64 itemId, const LedgerStep &step, const QDate &today = QDate::currentDate());

    /// The due date an item recorded on `recorded` would get.
    QDate dueDateFor(qint64 categoryId, Urgency urgency, const QDate &recorded) const;

    Outcome saveCategory(const LedgerCategory &category);
    /// Saves every row or none (one transaction); a refusal names the row.
    Outcome saveCategories(const QList<LedgerCategory> &categories);

Q_SIGNALS:
    void added(qint64 id);
    void changed(qint64 id);
    void categoriesChanged();
    void reset();

public:
    void announceReset() { Q_EMIT reset(); }

private:
    Result<qint64> addOnce(const LedgerItem &item, const QString &who, const QDate &today);
    Outcome actOnce(qint64 itemId, const LedgerStep &step, const QDate &today);
    Outcome writeCategory(const LedgerCategory &category);
    /// What a step of the loop itself changes on the item besides its state (suspending,
    /// resuming, closing, the visit), checked: the event's detail, or the reason it is refused.
    Result<QString> prepare(LedgerItem &item, const LedgerStep &step);
    Database &m_database;
    PointsService &m_points;
    LedgerRepository m_repository;
    LedgerSummons m_summons;
};
