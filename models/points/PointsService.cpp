#include "PointsService.h"

#include "core/IsoDate.h"
#include "org/SubtreeRange.h"
#include "store/SqlDialect.h"
#include "store/SqlWrite.h"
#include "store/Database.h"
#include "store/SqlRead.h"
#include "store/WriteTransaction.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace PointsSources {

QString code(PointsSource source)
{
    switch (source) {
    case PointsSource::Ledger: return QStringLiteral("ledger");
    case PointsSource::Activity: return QStringLiteral("activity");
    case PointsSource::Manual: return QStringLiteral("manual");
    case PointsSource::Redemption: return QStringLiteral("redemption");
    case PointsSource::Reversal: return QStringLiteral("reversal");
    }
    return {};
}

std::optional<PointsSource> fromCode(const QString &text)
{
    for (PointsSource source : {PointsSource::Ledger, PointsSource::Activity, PointsSource::Manual,
                                PointsSource::Redemption, PointsSource::Reversal}) {
        if (code(source) == text)
            return source;
    }
    return std::nullopt;
}

QString displayName(PointsSource source)
{
    switch (source) {
    case PointsSource::Ledger: return QCoreApplication::translate("PointsSource", "Ledger item");
    case PointsSource::Activity: return QCoreApplication::translate("PointsSource", "Activity");
    case PointsSource::Manual: return QCoreApplication::translate("PointsSource", "Manual award");
    case PointsSource::Redemption: return QCoreApplication::translate("PointsSource", "Redemption");
    case PointsSource::Reversal: return QCoreApplication::translate("PointsSource", "Reversal");
    }
    return {};
}

} // namespace PointsSources

PointsService::PointsService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

int PointsService::balance(qint64 memberId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_entry WHERE member_id = :member"));
    query.bindValue(QStringLiteral(":member"), memberId);
    return SqlRead::run(query) && query.next() ? query.value(0).toInt() : 0;
}

Result<qint64> PointsService::append(qint64 memberId, const QDate &on, int points, const QString &reason,
                                     PointsSource source, qint64 sourceRef, qint64 reversesId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO points_entry (member_id, entered_on, points, reason, source, source_ref, reverses_id, created_at) "
        "VALUES (:member, :on, :points, :reason, :source, :ref, :reverses, %1) RETURNING id").arg(SqlDialect::of(m_database.connection()).now()));
    query.bindValue(QStringLiteral(":member"), memberId);
    query.bindValue(QStringLiteral(":on"), IsoDate::format(on));
    query.bindValue(QStringLiteral(":points"), points);
    query.bindValue(QStringLiteral(":reason"), reason.trimmed());
    query.bindValue(QStringLiteral(":source"), PointsSources::code(source));
    query.bindValue(QStringLiteral(":ref"), sourceRef ? QVariant(sourceRef) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":reverses"), reversesId ? QVariant(reversesId) : QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec())
        return Result<qint64>::failure(tr("The database refused the entry: %1").arg(StoreHealth::describe(query.lastError())));
    return SqlWrite::returnedId(query);
}

Result<qint64> PointsService::award(qint64 memberId, const QDate &on, int points, const QString &reason,
                                    PointsSource source, qint64 sourceRef)
{
    using R = Result<qint64>;
    if (points <= 0)
        return R::failure(tr("Points awarded must be more than zero."));
    if (reason.trimmed().isEmpty())
        return R::failure(tr("Give the reason for the points."));
    if (!on.isValid())
        return R::failure(tr("Give the date of the entry."));
    if (source == PointsSource::Redemption || source == PointsSource::Reversal)
        return R::failure(tr("Redemptions and reversals have their own actions."));
    if (on > QDate::currentDate())
        return R::failure(tr("The date may not lie in the future."));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const auto id = append(memberId, on, points, reason, source, sourceRef, 0);
    if (!id)
        return id;
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT entryAdded(memberId);
    return id;
}

Result<qint64> PointsService::redeem(qint64 memberId, const QDate &on, int points, const QString &item)
{
    using R = Result<qint64>;
    if (points <= 0)
        return R::failure(tr("The points of a redemption must be more than zero."));
    if (item.trimmed().isEmpty())
        return R::failure(tr("Give the item redeemed."));
    if (!on.isValid())
        return R::failure(tr("Give the date of the entry."));
    if (on > QDate::currentDate())
        return R::failure(tr("The date may not lie in the future."));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    // Read inside the transaction: nobody can spend the same points meanwhile.
    const int available = balance(memberId);
    if (available < points)
        return R::failure(tr("The balance is %1 points; %2 cannot be redeemed.").arg(available).arg(points));
    const auto id = append(memberId, on, -points, item, PointsSource::Redemption, 0, 0);
    if (!id)
        return id;
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT entryAdded(memberId);
    return id;
}

Result<qint64> PointsService::reverse(qint64 entryId, const QDate &on, const QString &reason)
{
    using R = Result<qint64>;
    if (reason.trimmed().isEmpty())
        return R::failure(tr("Give the reason for the reversal."));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT e.member_id, e.points, e.source, e.entered_on, "
                                 "(SELECT id FROM points_entry r WHERE r.reverses_id = e.id) "
                                 "FROM points_entry e WHERE e.id = :id"));
    query.bindValue(QStringLiteral(":id"), entryId);
    if (!SqlRead::run(query) || !query.next())
        return R::failure(tr("There is no points entry with number %1.").arg(entryId));
    const qint64 memberId = query.value(0).toLongLong();
    const int points = query.value(1).toInt();
    const QString source = query.value(2).toString();
    const QDate enteredOn = IsoDate::fromSql(query.value(3));
    const bool alreadyReversed = !query.value(4).isNull();
    query.finish();
    if (source == PointsSources::code(PointsSource::Reversal))
        return R::failure(tr("A reversal cannot itself be reversed; enter the points again instead."));
    if (alreadyReversed)
        return R::failure(tr("Entry %1 has already been reversed.").arg(entryId));
    if (!on.isValid() || on < enteredOn)
        return R::failure(tr("A reversal is dated on or after the entry it undoes (%1).").arg(IsoDate::format(enteredOn)));
    if (on > QDate::currentDate())
        return R::failure(tr("The date may not lie in the future."));
    if (points > 0 && balance(memberId) < points)
        return R::failure(tr("The %1 points of entry %2 have been spent; reverse the redemption first.")
                              .arg(points)
                              .arg(entryId));
    const auto id = append(memberId, on, -points, reason, PointsSource::Reversal, 0, entryId);
    if (!id)
        return id;
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT entryAdded(memberId);
    return id;
}

QList<PointsEntry> PointsService::history(qint64 memberId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.id, e.member_id, e.entered_on, e.points, e.reason, e.source, e.source_ref, "
                                 "e.reverses_id, r.id FROM points_entry e "
                                 "LEFT JOIN points_entry r ON r.reverses_id = e.id "
                                 "WHERE e.member_id = :member ORDER BY e.entered_on DESC, e.id DESC"));
    query.bindValue(QStringLiteral(":member"), memberId);
    QList<PointsEntry> entries;
    if (!SqlRead::run(query))
        return entries;
    while (query.next()) {
        PointsEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.memberId = query.value(1).toLongLong();
        entry.enteredOn = IsoDate::fromSql(query.value(2));
        entry.points = query.value(3).toInt();
        entry.reason = query.value(4).toString();
        entry.source = PointsSources::fromCode(query.value(5).toString()).value_or(PointsSource::Manual);
        entry.sourceRef = query.value(6).toLongLong();
        entry.reversesId = query.value(7).toLongLong();
        entry.reversedById = query.value(8).toLongLong();
        entries.append(entry);
    }
    SqlRead::finished(query);
    return entries;
}

QList<PointsRankRow> PointsService::ranking(qint64 orgId, const QDate &from, const QDate &to, int limit) const
{
    // Earned points: awards of every kind and their reversals; redemptions (and their reversals)
    // spend points, they do not earn them.
    QString scope;
    QString lineage;
    if (orgId != 0) {
        QSqlQuery find(m_database.connection());
        find.prepare(QStringLiteral("SELECT lineage FROM organisation WHERE id = :id"));
        find.bindValue(QStringLiteral(":id"), orgId);
        if (SqlRead::run(find) && find.next())
            lineage = find.value(0).toString();
        if (lineage.isEmpty())
            return {}; // no such organisation: nobody to rank
        scope = QStringLiteral(" AND m.org_id IN (SELECT id FROM organisation WHERE lineage >= :low AND lineage < :high)");
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // A branch is named with the organisation above it: many communities have a 第一党支部.
    query.prepare(QStringLiteral("SELECT m.id, m.name, o.name, sum(e.points) AS earned, up.name FROM points_entry e "
                                 "LEFT JOIN points_entry undone ON undone.id = e.reverses_id "
                                 "JOIN member m ON m.id = e.member_id JOIN organisation o ON o.id = m.org_id "
                                 "LEFT JOIN organisation up ON up.id = o.parent_id "
                                 "WHERE e.entered_on BETWEEN :from AND :to AND m.status = 'active' "
                                 "AND coalesce(undone.source, e.source) <> 'redemption'%1 "
                                 "GROUP BY m.id, m.name, o.name, up.name HAVING sum(e.points) > 0 ORDER BY earned DESC, m.id LIMIT :limit")
                      .arg(scope));
    query.bindValue(QStringLiteral(":from"), IsoDate::format(from));
    query.bindValue(QStringLiteral(":to"), IsoDate::format(to));
    if (orgId != 0) {
        query.bindValue(QStringLiteral(":low"), lineage);
        query.bindValue(QStringLiteral(":high"), SubtreeRange::upperBound(lineage));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<PointsRankRow> rows;
    if (!SqlRead::run(query))
        return rows;
    int previousPoints = -1;
    int rank = 0;
    while (query.next()) {
        PointsRankRow row;
        row.memberId = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        const QString above = query.value(4).toString();
        row.orgName = above.isEmpty() ? query.value(2).toString() : above + QStringLiteral(" › ") + query.value(2).toString();
        row.points = query.value(3).toInt();
        // Equal points share a rank (1, 2, 2, 4).
        rank = row.points == previousPoints ? rank : int(rows.size()) + 1;
        row.rank = rank;
        previousPoints = row.points;
        rows.append(row);
    }
    SqlRead::finished(query);
    return rows;
}
