#include "GuaranteeFigures.h"

#include "Money.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(GuaranteeFigures)
};

/// The first row of a figure's query over the subtree; its columns as numbers.
Result<QList<qint64>> sums(const QSqlDatabase &db, const QString &sql, const QString &column, qint64 orgId,
                           const QVariantMap &values, int columns)
{
    SqlCondition condition;
    condition.values = values;
    condition.addSubtree(db, orgId, column);
    QString text = sql;
    text.replace(QStringLiteral("%SCOPE%"), condition.clauses.isEmpty() ? QString()
                                                                       : QStringLiteral(" AND ") + condition.clauses.join(QStringLiteral(" AND ")));
    QSqlQuery query(db);
    query.prepare(text);
    condition.bind(query);
    if (!SqlRead::run(query) || !query.next())
        return Result<QList<qint64>>::failure(Text::tr("The guarantee's figures could not be read."));
    QList<qint64> out;
    for (int i = 0; i < columns; ++i)
        out.append(query.value(i).toLongLong());
    return out;
}

} // namespace

qint64 GuaranteeFigures::shortTotal() const
{
    qint64 total = 0;
    for (const CommunitySpace &c : belowStandard)
        total += c.shortBy();
    return total;
}

Result<GuaranteeFigures> GuaranteeFigures::compute(const Database &database, qint64 orgId, const QDate &on)
{
    using R = Result<GuaranteeFigures>;
    const QSqlDatabase db = database.connection();
    GuaranteeFigures f;
    f.year = on.year();
    const auto space = SpaceStandard::compute(db, orgId, on);
    if (!space)
        return R::failure(space.error());
    f.communities = space.value().size();
    for (const CommunitySpace &c : space.value()) {
        if (!c.known())
            ++f.householdsUnknown;
        else if (!c.meets())
            f.belowStandard.append(c);
    }
    std::stable_sort(f.belowStandard.begin(), f.belowStandard.end(),
                     [](const CommunitySpace &a, const CommunitySpace &b) { return a.shortBy() > b.shortBy(); });
    const QString day = IsoDate::format(on);
    const auto venues = sums(db, QStringLiteral("SELECT count(*) FROM venue v WHERE (v.opened_on IS NULL OR v.opened_on <= :on) "
                                                "AND (v.closed_on IS NULL OR v.closed_on > :on)%SCOPE%"),
                             QStringLiteral("v.org_id"), orgId, {{QStringLiteral(":on"), day}}, 1);
    const auto funds = sums(db, QStringLiteral("SELECT coalesce(sum(CASE WHEN f.kind = 'allotted' THEN f.amount ELSE 0 END), 0), "
                                               "coalesce(sum(CASE WHEN f.kind = 'spent' THEN f.amount ELSE 0 END), 0) "
                                               "FROM fund_entry f WHERE f.year = :year AND f.entry_on <= :on%SCOPE%"),
                            QStringLiteral("f.org_id"), orgId, {{QStringLiteral(":year"), f.year}, {QStringLiteral(":on"), day}}, 2);
    const auto inspected = sums(db, QStringLiteral("SELECT count(*) FROM inspection i "
                                                   "WHERE i.inspected_on >= :from AND i.inspected_on <= :on%SCOPE%"),
                                QStringLiteral("i.org_id"), orgId,
                                {{QStringLiteral(":from"), IsoDate::format(QDate(f.year, 1, 1))}, {QStringLiteral(":on"), day}}, 1);
    // Follow-ups open on the day, whichever year set them (ended since: open then).
    const auto open = sums(db, QStringLiteral("SELECT count(*) FROM task t WHERE t.inspection_id IS NOT NULL AND t.set_on <= :on "
                                              "AND (t.state = 'open' OR t.done_on > :on)%SCOPE%"),
                           QStringLiteral("t.org_id"), orgId, {{QStringLiteral(":on"), day}}, 1);
    for (const auto *read : {&venues, &funds, &inspected, &open}) {
        if (!*read)
            return R::failure(read->error());
    }
    f.venues = venues.value().at(0);
    f.allotted = funds.value().at(0);
    f.spent = funds.value().at(1);
    f.inspections = inspected.value().at(0);
    f.inspectionTasksOpen = open.value().at(0);
    return f;
}

QJsonObject GuaranteeFigures::toJson() const
{
    QJsonArray below;
    for (const CommunitySpace &c : belowStandard) {
        below.append(QJsonObject{{QStringLiteral("org_id"), c.orgId},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("households"), c.households},
                                 {QStringLiteral("area_m2"), c.area},
                                 {QStringLiteral("required_m2"), c.required()},
                                 {QStringLiteral("short_m2"), c.shortBy()}});
    }
    return {{QStringLiteral("communities"), communities},
            {QStringLiteral("communities_below_space_standard"), qint64(belowStandard.size())},
            {QStringLiteral("communities_households_unknown"), householdsUnknown},
            {QStringLiteral("space_short_m2"), shortTotal()},
            {QStringLiteral("below_space_standard"), below},
            {QStringLiteral("venues"), venues},
            {QStringLiteral("funds_year"), year},
            {QStringLiteral("funds_allotted_yuan"), Money::toYuan(allotted)},
            {QStringLiteral("funds_spent_yuan"), Money::toYuan(spent)},
            {QStringLiteral("inspections"), inspections},
            {QStringLiteral("inspection_tasks_open"), inspectionTasksOpen}};
}
