#include "ReviewService.h"

#include "core/IsoDate.h"
#include "org/OrgOrder.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/RecordVersion.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/StoreHealth.h"
#include "store/WriteTransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {

std::optional<double> score(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant scoreValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

void ReviewService::weigh(ReviewRow &row, const ReviewWeights &weights)
{
    const std::optional<double> satisfaction = row.facts.satisfaction();
    if (row.review.units && satisfaction)
        row.service = (*row.review.units + *satisfaction) / 2;
    else
        row.service = row.review.units ? row.review.units : satisfaction;
    row.weights = weights;
    if (row.review.above && row.service && row.review.members)
        row.total = (weights.above * *row.review.above + weights.service * *row.service + weights.members * *row.review.members) / 100.0;
    else
        row.total.reset();
}

void ReviewService::rank(QList<ReviewRow> &rows)
{
    const QCollator &collator = OrgOrder::collator();
    std::sort(rows.begin(), rows.end(), [&collator](const ReviewRow &a, const ReviewRow &b) {
        if (a.kind != b.kind)
            return a.kind == OrgKind::Subdistrict;
        if (a.total.has_value() != b.total.has_value())
            return a.total.has_value();
        if (a.total && *a.total != *b.total)
            return *a.total > *b.total;
        return collator.compare(a.orgPath, b.orgPath) < 0;
    });
    // Ties (to the tenth shown) share the rank; the next rank counts those above it.
    for (int i = 0; i < rows.size(); ++i) {
        ReviewRow &row = rows[i];
        row.rank = 0;
        if (!row.total)
            continue;
        if (i > 0 && rows.at(i - 1).kind == row.kind && rows.at(i - 1).total
            && std::round(*rows.at(i - 1).total * 10) == std::round(*row.total * 10)) {
            row.rank = rows.at(i - 1).rank;
            continue;
        }
        int above = 0;
        for (int j = 0; j < i; ++j)
            above += rows.at(j).kind == row.kind ? 1 : 0;
        row.rank = above + 1;
    }
}

Result<QList<ReviewRow>> ReviewService::year(const Database &database, int year, qint64 scopeId)
{
    using R = Result<QList<ReviewRow>>;
    if (year < 2000 || year > 2100)
        return R::failure(tr("The year of a review lies between 2000 and 2100."));
    const QSqlDatabase db = database.connection();
    const QString unreadable = tr("The year's reviews could not be read.");
    const QString first = IsoDate::format(QDate(year, 1, 1));
    const QString last = IsoDate::format(QDate(year, 12, 31));

    SqlCondition organisations;
    organisations.add(QStringLiteral("(o.kind = 'subdistrict' OR o.kind = 'community')"));
    organisations.add(QStringLiteral("(o.dissolved_on IS NULL OR o.dissolved_on >= :first)"), QStringLiteral(":first"), first);
    organisations.add(QStringLiteral("(o.established_on IS NULL OR o.established_on <= :last)"), QStringLiteral(":last"), last);
    organisations.addSubtree(db, scopeId, QStringLiteral("o.id"));
    QList<ReviewRow> rows;
    QHash<qint64, int> index;
    QHash<qint64, qint64> parentOf;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT o.id, o.name, o.kind, o.parent_id FROM organisation o%1").arg(organisations.sql()));
    organisations.bind(query);
    if (!SqlRead::eachRow(query, [&](const QSqlQuery &q) {
            ReviewRow row;
            row.orgId = q.value(0).toLongLong();
            row.orgName = q.value(1).toString();
            row.kind = OrgKinds::fromCode(q.value(2).toString()).value_or(OrgKind::Community);
            row.review.orgId = row.orgId;
            row.review.year = year;
            parentOf.insert(row.orgId, q.value(3).toLongLong());
            index.insert(row.orgId, int(rows.size()));
            rows.append(row);
        }))
        return R::failure(unreadable);
    if (rows.isEmpty())
        return rows;

    query.prepare(QStringLiteral("SELECT org_id, id, report, score_above, score_units, score_members, reviewed_on, version "
                                 "FROM review WHERE year = :year"));
    query.bindValue(QStringLiteral(":year"), year);
    if (!SqlRead::eachRow(query, [&](const QSqlQuery &q) {
            const auto at = index.constFind(q.value(0).toLongLong());
            if (at == index.cend())
                return;
            Review &review = rows[*at].review;
            review.id = q.value(1).toLongLong();
            review.report = q.value(2).toString();
            review.above = score(q.value(3));
            review.units = score(q.value(4));
            review.members = score(q.value(5));
            review.reviewedOn = IsoDate::fromSql(q.value(6));
            review.version = q.value(7).toInt();
        }))
        return R::failure(unreadable);

    // The tasks each organisation was set in the year, and how they went.
    query.prepare(QStringLiteral("SELECT org_id, count(*), "
                                 "sum(CASE WHEN state = 'done' THEN 1 ELSE 0 END), "
                                 "sum(CASE WHEN state = 'done' AND done_on <= due_on THEN 1 ELSE 0 END), "
                                 "sum(CASE WHEN state = 'open' THEN 1 ELSE 0 END) "
                                 "FROM task WHERE set_on >= :first AND set_on <= :last GROUP BY org_id"));
    query.bindValue(QStringLiteral(":first"), first);
    query.bindValue(QStringLiteral(":last"), last);
    if (!SqlRead::eachRow(query, [&](const QSqlQuery &q) {
            const auto at = index.constFind(q.value(0).toLongLong());
            if (at == index.cend())
                return;
            ReviewFacts &facts = rows[*at].facts;
            facts.tasks = q.value(1).toInt();
            facts.tasksDone = q.value(2).toInt();
            facts.tasksDoneInTime = q.value(3).toInt();
            facts.tasksOpen = q.value(4).toInt();
        }))
        return R::failure(unreadable);

    // The residents' satisfaction with the items of each area followed up in the year (recorded
    // in it or the year before: one range of the index on the day recorded).
    for (const char *column : {"community_id", "subdistrict_id"}) {
        query.prepare(QStringLiteral("SELECT %1, count(*), sum(CASE WHEN satisfaction = 'satisfied' OR satisfaction = 'basically_satisfied' "
                                     "THEN 1 ELSE 0 END) FROM ledger_item WHERE recorded_on >= :since AND recorded_on <= :last "
                                     "AND visited_on >= :first AND visited_on <= :last AND satisfaction IS NOT NULL GROUP BY %1")
                          .arg(QLatin1String(column)));
        query.bindValue(QStringLiteral(":since"), IsoDate::format(QDate(year - 1, 1, 1)));
        query.bindValue(QStringLiteral(":first"), first);
        query.bindValue(QStringLiteral(":last"), last);
        if (!SqlRead::eachRow(query, [&](const QSqlQuery &q) {
                const auto at = index.constFind(q.value(0).toLongLong());
                if (at == index.cend())
                    return;
                rows[*at].facts.visited = q.value(1).toInt();
                rows[*at].facts.satisfied = q.value(2).toInt();
            }))
            return R::failure(unreadable);
    }

    QList<qint64> ids;
    for (const ReviewRow &row : std::as_const(rows))
        ids.append(row.orgId);
    const auto paths = OrgRepository(database).paths(ids);
    if (!paths)
        return R::failure(paths.error());
    // The weights that apply: a sub-district's, else the district's, else the program's.
    QHash<qint64, ReviewWeights> weightsOf;
    for (ReviewRow &row : rows) {
        row.orgPath = paths.value().value(row.orgId);
        // A sub-district is weighed by the district's weights, a community by its sub-district's.
        const qint64 weighing = parentOf.value(row.orgId);
        if (!weightsOf.contains(weighing)) {
            const auto weights = ReviewWeights::of(database, weighing);
            if (!weights)
                return R::failure(weights.error());
            weightsOf.insert(weighing, weights.value());
        }
        weigh(row, weightsOf.value(weighing));
    }
    rank(rows);
    return rows;
}

Result<Review> ReviewService::find(const Database &database, qint64 orgId, int year)
{
    auto rows = ReviewService::year(database, year, orgId);
    if (!rows)
        return Result<Review>::failure(rows.error());
    for (const ReviewRow &row : rows.value()) {
        if (row.orgId == orgId)
            return row.review;
    }
    return Result<Review>::failure(tr("Only sub-districts and communities are reviewed."));
}

Result<qint64> ReviewService::save(const Database &database, const Review &given, const QDate &today)
{
    using R = Result<qint64>;
    // Scores are kept to the tenth the forms show: what is saved is what is read back.
    Review review = given;
    for (std::optional<double> *value : {&review.above, &review.units, &review.members}) {
        if (*value && std::isfinite(**value))
            **value = std::round(**value * 10) / 10;
    }
    if (review.year < 2000 || review.year > today.year())
        return R::failure(tr("A review is of a year from 2000 to this one."));
    for (const auto &value : {review.above, review.units, review.members}) {
        if (value && !(*value >= 0 && *value <= 100))
            return R::failure(tr("A score lies between 0 and 100."));
    }
    if (review.reviewedOn.isValid() && (review.reviewedOn > today || review.reviewedOn.year() < review.year))
        return R::failure(tr("The review was held in its year or later, and not after today."));
    const auto kind = SqlRead::value(database.connection(), QStringLiteral("SELECT kind FROM organisation WHERE id = :id"),
                                     {{QStringLiteral(":id"), review.orgId}});
    if (!kind)
        return R::failure(kind.error());
    if (kind.value().toString() != QLatin1String("subdistrict") && kind.value().toString() != QLatin1String("community"))
        return R::failure(tr("Only sub-districts and communities are reviewed."));
    const QSqlDatabase db = database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    qint64 id = review.id;
    if (!id) {
        // Entered meanwhile by another clerk: said as who and when, not as a broken constraint.
        const auto existing = SqlRead::value(db, QStringLiteral("SELECT id FROM review WHERE org_id = :org AND year = :year"),
                                             {{QStringLiteral(":org"), review.orgId}, {QStringLiteral(":year"), review.year}});
        if (!existing)
            return R::failure(existing.error());
        if (existing.value().isValid())
            return R::failure(RecordVersion::refusal(database, QStringLiteral("review"), existing.value().toLongLong()).error());
        const auto inserted = SqlWrite::insert(db, QStringLiteral("review"),
                                               {{QStringLiteral("org_id"), review.orgId},
                                                {QStringLiteral("year"), review.year},
                                                {QStringLiteral("report"), SqlWrite::text(review.report)},
                                                {QStringLiteral("score_above"), scoreValue(review.above)},
                                                {QStringLiteral("score_units"), scoreValue(review.units)},
                                                {QStringLiteral("score_members"), scoreValue(review.members)},
                                                {QStringLiteral("reviewed_on"), SqlWrite::date(review.reviewedOn)},
                                                {QStringLiteral("modified_by"), database.actor()},
                                                {QStringLiteral("created_at"), SqlWrite::now()},
                                                {QStringLiteral("updated_at"), SqlWrite::now()}});
        if (!inserted)
            return R::failure(tr("The review could not be entered: %1").arg(inserted.error()));
        id = inserted.value();
    } else {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE review SET report = :report, score_above = :above, score_units = :units, "
                                     "score_members = :members, reviewed_on = :on, %1 WHERE id = :id AND %2")
                          .arg(RecordVersion::set(database), RecordVersion::matches()));
        RecordVersion::bind(query, database, review.version);
        query.bindValue(QStringLiteral(":report"), SqlWrite::text(review.report));
        query.bindValue(QStringLiteral(":above"), scoreValue(review.above));
        query.bindValue(QStringLiteral(":units"), scoreValue(review.units));
        query.bindValue(QStringLiteral(":members"), scoreValue(review.members));
        query.bindValue(QStringLiteral(":on"), SqlWrite::date(review.reviewedOn));
        query.bindValue(QStringLiteral(":id"), id);
        if (!query.exec())
            return R::failure(tr("The database refused the review: %1").arg(StoreHealth::describe(query.lastError())));
        if (const Outcome saved = RecordVersion::confirm(query, database, QStringLiteral("review"), id); !saved)
            return R::failure(saved.error());
    }
    if (!transaction.commit())
        return R::failure(transaction.error());
    return id;
}
