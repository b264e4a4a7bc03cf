#include "GridStaffAssessment.h"

#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

double GridStaffAssessment::score(const GridStaffScore &s, int mostRaised, const AssessmentWeights &weights)
{
    double sum = 0;
    int weight = 0;
    const auto add = [&](bool applies, double part, int w) {
        if (!applies)
            return;
        sum += part * w;
        weight += w;
    };
    add(s.weeks > 0, s.weeks ? double(s.weeksMet) / s.weeks : 0, weights.hours);
    add(mostRaised > 0, mostRaised ? double(s.raised) / mostRaised : 0, weights.raised);
    add(s.judged > 0, s.judged ? double(s.onTime) / s.judged : 0, weights.onTime);
    add(s.rated > 0, s.rated ? double(s.satisfied) / s.rated : 0, weights.satisfaction);
    return weight ? std::round(1000.0 * sum / weight) / 10.0 : 0.0;
}

namespace {

QString unreadable()
{
    return QCoreApplication::translate("GridStaffAssessment", "The grid staff's figures cannot be read; see the message in the status bar.");
}

/// The sub-district above a community, a grid or what hangs below it; the organisation itself
/// otherwise (a sub-district, the district, 0 for all).
Result<qint64> subdistrictAbove(const QSqlDatabase &db, qint64 orgId)
{
    if (orgId == 0)
        return qint64(0);
    const auto found = SqlRead::value(db, QStringLiteral("SELECT s.id FROM organisation o JOIN organisation s "
                                                         "ON s.kind = 'subdistrict' AND o.lineage LIKE s.lineage || '%' "
                                                         "WHERE o.id = :id"),
                                      {{QStringLiteral(":id"), orgId}});
    if (!found)
        return Result<qint64>::failure(found.error());
    return found.value().isValid() ? found.value().toLongLong() : orgId;
}

/// The grids in the subtree of orgId.
Result<QSet<qint64>> gridsIn(const QSqlDatabase &db, qint64 orgId)
{
    SqlCondition condition;
    condition.add(QStringLiteral("kind = 'grid'"));
    condition.addSubtree(db, orgId, QStringLiteral("id"));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM organisation") + condition.sql());
    condition.bind(query);
    QSet<qint64> out;
    if (!SqlRead::run(query))
        return Result<QSet<qint64>>::failure(unreadable());
    while (query.next())
        out.insert(query.value(0).toLongLong());
    if (!SqlRead::finished(query))
        return Result<QSet<qint64>>::failure(unreadable());
    return out;
}

} // namespace

Result<QList<GridStaffScore>> GridStaffAssessment::compute(const Database &database, qint64 orgId, const QDate &from,
                                                           const QDate &to, const QDate &asOf)
{
    using R = Result<QList<GridStaffScore>>;
    const QSqlDatabase db = database.connection();
    // Scored and ranked within their sub-district: a community's or a grid's staff among all of it.
    const auto assessed = subdistrictAbove(db, orgId);
    if (!assessed)
        return R::failure(assessed.error());
    auto scores = computeWithin(database, assessed.value(), from, to, asOf);
    if (!scores || assessed.value() == orgId)
        return scores;
    const auto grids = gridsIn(db, orgId);
    if (!grids)
        return R::failure(grids.error());
    scores.value().removeIf([&grids](const GridStaffScore &s) { return !grids.value().contains(s.gridId); });
    return scores;
}

Result<QList<GridStaffScore>> GridStaffAssessment::computeWithin(const Database &database, qint64 orgId, const QDate &from,
                                                                 const QDate &to, const QDate &asOf)
{
    using R = Result<QList<GridStaffScore>>;
    const QSqlDatabase db = database.connection();
    // The staff in office at any time of the period, with their grid's community and sub-district.
    SqlCondition staff;
    staff.add(QStringLiteral("(r.kind = 'grid_head' OR r.kind = 'grid_worker') AND g.kind = 'grid'"));
    staff.add(QStringLiteral("(r.started_on IS NULL OR r.started_on <= :to) AND (r.ended_on IS NULL OR r.ended_on >= :from)"));
    staff.values.insert(QStringLiteral(":from"), IsoDate::format(from));
    staff.values.insert(QStringLiteral(":to"), IsoDate::format(to));
    staff.addSubtree(db, orgId, QStringLiteral("r.org_id"));
    // Week by week, Monday to Sunday: the period holds the weeks whose Monday falls in it (a week
    // is one period's, never two); what was done is summed up to asOf's week, and the rule is
    // judged on the weeks over by asOf.
    const QDate monday = from.addDays((8 - from.dayOfWeek()) % 7);
    const QDate end = std::min(to, asOf);
    const QDate lastMonday = end.addDays(1 - end.dayOfWeek());
    const QDate lastEnded = asOf.addDays(-7 - (asOf.dayOfWeek() - 1)); // the Monday of the last week over
    const QDate ruledTo = std::min(lastMonday, lastEnded);
    QList<GridStaffScore> scores;
    QHash<qint64, qsizetype> byRole;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT r.id, r.org_id, c.parent_id, r.person_name, c.name, g.name, r.started_on, "
                                     "r.ended_on FROM role r "
                                     "JOIN organisation g ON g.id = r.org_id JOIN organisation c ON c.id = g.parent_id%1 "
                                     "ORDER BY c.name, g.name, r.kind, r.person_name, r.id")
                          .arg(staff.sql()));
        staff.bind(query);
        if (!SqlRead::run(query))
            return R::failure(unreadable());
        while (query.next()) {
            GridStaffScore s;
            s.roleId = query.value(0).toLongLong();
            s.gridId = query.value(1).toLongLong();
            s.subdistrictId = query.value(2).toLongLong();
            s.name = query.value(3).toString();
            s.grid = query.value(4).toString() + QStringLiteral(" › ") + query.value(5).toString();
            // The weeks over while in office: from the first Monday of the term to the Monday of
            // its last day.
            const QDate started = IsoDate::fromSql(query.value(6));
            const QDate ended = IsoDate::fromSql(query.value(7));
            QDate first = monday;
            if (started.isValid() && started > first)
                first = started.addDays((8 - started.dayOfWeek()) % 7);
            QDate last = ruledTo;
            if (ended.isValid() && ended.addDays(1 - ended.dayOfWeek()) < last)
                last = ended.addDays(1 - ended.dayOfWeek());
            s.weeks = first <= last ? int(first.daysTo(last) / 7 + 1) : 0;
            byRole.insert(s.roleId, scores.size());
            scores.append(s);
        }
        if (!SqlRead::finished(query))
            return R::failure(unreadable());
    }
    if (scores.isEmpty())
        return scores;

    // Visits: each person's weeks as the visits' triggers keep them (grid_visit_week), so that a
    // city's quarter is read as one row per person and week, in the order of its groups.
    if (monday <= lastMonday) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT role_id, sum(minutes), sum(visits), sum(households), "
                                     "  sum(CASE WHEN minutes >= :rule AND week_of <= :ruled THEN 1 ELSE 0 END) "
                                     "FROM grid_visit_week WHERE week_of >= :first AND week_of <= :last GROUP BY role_id"));
        query.bindValue(QStringLiteral(":rule"), minutesPerWeek);
        query.bindValue(QStringLiteral(":ruled"), IsoDate::format(ruledTo));
        query.bindValue(QStringLiteral(":first"), IsoDate::format(monday));
        query.bindValue(QStringLiteral(":last"), IsoDate::format(lastMonday));
        if (!SqlRead::run(query))
            return R::failure(unreadable());
        while (query.next()) {
            const auto found = byRole.constFind(query.value(0).toLongLong());
            if (found == byRole.constEnd())
                continue; // another subtree's
            GridStaffScore &s = scores[*found];
            s.minutes = query.value(1).toInt();
            s.visits = query.value(2).toInt();
            s.households = query.value(3).toInt();
            s.weeksMet = std::min(query.value(4).toInt(), s.weeks); // visits outside the term recorded do not count twice
        }
        if (!SqlRead::finished(query))
            return R::failure(unreadable());
    }
    // The items they reported in the period, and how those went.
    {
        QSqlQuery query(db);
        // On time or not once closed, or once past the due date while open (and not suspended).
        query.prepare(QStringLiteral("SELECT reporter_role_id, count(*), "
                                     "  count(*) FILTER (WHERE closed_on IS NOT NULL AND closed_on <= due_on), "
                                     "  count(satisfaction), "
                                     "  count(*) FILTER (WHERE satisfaction IN ('satisfied', 'basically_satisfied')), "
                                     "  count(*) FILTER (WHERE closed_on IS NOT NULL OR (due_on < :asOf AND state <> 'suspended')) "
                                     "FROM ledger_item WHERE reporter_role_id IS NOT NULL AND recorded_on >= :from "
                                     "AND recorded_on <= :to GROUP BY reporter_role_id"));
        query.bindValue(QStringLiteral(":from"), IsoDate::format(from));
        query.bindValue(QStringLiteral(":to"), IsoDate::format(to));
        query.bindValue(QStringLiteral(":asOf"), IsoDate::format(asOf));
        if (!SqlRead::run(query))
            return R::failure(unreadable());
        while (query.next()) {
            const auto found = byRole.constFind(query.value(0).toLongLong());
            if (found == byRole.constEnd())
                continue;
            GridStaffScore &s = scores[*found];
            s.raised = query.value(1).toInt();
            s.onTime = query.value(2).toInt();
            s.rated = query.value(3).toInt();
            s.satisfied = query.value(4).toInt();
            s.judged = query.value(5).toInt();
        }
        if (!SqlRead::finished(query))
            return R::failure(unreadable());
    }
    // Scored by their sub-district's weights against the most raised there; ranked there.
    QHash<qint64, int> mostRaised;
    QHash<qint64, AssessmentWeights> weights;
    for (const GridStaffScore &s : std::as_const(scores)) {
        mostRaised[s.subdistrictId] = std::max(mostRaised.value(s.subdistrictId), s.raised);
        if (!weights.contains(s.subdistrictId))
            weights.insert(s.subdistrictId, AssessmentWeights::of(database, s.subdistrictId));
    }
    QHash<qint64, QList<GridStaffScore *>> bySubdistrict;
    for (GridStaffScore &s : scores) {
        s.score = score(s, mostRaised.value(s.subdistrictId), weights.value(s.subdistrictId));
        bySubdistrict[s.subdistrictId].append(&s);
    }
    for (QList<GridStaffScore *> &group : bySubdistrict) {
        std::stable_sort(group.begin(), group.end(), [](const GridStaffScore *a, const GridStaffScore *b) { return a->score > b->score; });
        for (qsizetype i = 0; i < group.size(); ++i)
            group[i]->rank = i > 0 && group[i]->score == group[i - 1]->score ? group[i - 1]->rank : int(i + 1);
    }
    // As an assessment reads: each sub-district's staff by rank (then by grid and name, as read).
    std::stable_sort(scores.begin(), scores.end(), [](const GridStaffScore &a, const GridStaffScore &b) {
        return a.subdistrictId != b.subdistrictId ? a.subdistrictId < b.subdistrictId : a.rank < b.rank;
    });
    return scores;
}

QJsonArray GridStaffAssessment::toJson(const QList<GridStaffScore> &scores)
{
    QJsonArray out;
    for (const GridStaffScore &s : scores) {
        out.append(QJsonObject{{QStringLiteral("role_id"), s.roleId},
                               {QStringLiteral("name"), s.name},
                               {QStringLiteral("grid"), s.grid},
                               {QStringLiteral("hours"), std::round(s.minutes / 6.0) / 10.0},
                               {QStringLiteral("visits"), s.visits},
                               {QStringLiteral("households"), s.households},
                               {QStringLiteral("weeks"), s.weeks},
                               {QStringLiteral("weeks_met"), s.weeksMet},
                               {QStringLiteral("raised"), s.raised},
                               {QStringLiteral("judged"), s.judged},
                               {QStringLiteral("on_time"), s.onTime},
                               {QStringLiteral("rated"), s.rated},
                               {QStringLiteral("satisfied"), s.satisfied},
                               {QStringLiteral("score"), s.score},
                               {QStringLiteral("rank"), s.rank}});
    }
    return out;
}
