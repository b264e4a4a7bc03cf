#pragma once

#include "PointsEntry.h"
#include "core/Result.h"

#include <QList>
#include <QObject>

class Database;

/// The service points ledger (党员服务积分): entries are appended, never edited; a mistake is
/// undone by a reversing entry; a redemption (志愿服务加油站) needs the balance to cover it.
class PointsService : public QObject
{
    Q_OBJECT

public:
    explicit PointsService(Database &database, QObject *parent = nullptr);

    /// Credits points (> 0) earned on a day for a reason, from a source.
    Result<qint64> award(qint64 memberId, const QDate &on, int points, const QString &reason,
                         PointsSource source = PointsSource::Manual, qint64 sourceRef = 0);
    /// Spends points (> 0) on an item; refused when the balance is lower.
    Result<qint64> redeem(qint64 memberId, const QDate &on, int points, const QString &item);
    /// Undoes an entry with one of the opposite sign; an entry is undone at most once.
    Result<qint64> reverse(qint64 entryId, const QDate &on, const QString &reason);

    int balance(qint64 memberId) const;
    /// The member's entries, newest first, each marked when a later one reversed it.
    QList<PointsEntry> history(qint64 memberId) const;
    /// Members of orgId's subtree (0: all) ranked by points earned from `from` to `to`.
    QList<PointsRankRow> ranking(qint64 orgId, const QDate &from, const QDate &to, int limit = 50) const;

Q_SIGNALS:
    void entryAdded(qint64 memberId);

private:
    Result<qint64> append(qint64 memberId, const QDate &on, int points, const QString &reason, PointsSource source,
                          qint64 sourceRef, qint64 reversesId);

    Database &m_database;
};
