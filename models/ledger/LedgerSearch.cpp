#include "LedgerSearch.h"

#include "store/SqlCondition.h"
#include "store/SqlDialect.h"
#include "store/SqlRead.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

/// How one word is found.
struct WordPlan
{
    QString word;
    bool indexed = false;  ///< the index can find it (match is its FTS5 expression)
    QString match;
    std::optional<QList<qint64>> items; ///< every item holding it, when the judging read them all
    qint64 estimate = std::numeric_limits<qint64>::max(); ///< the most items it can match
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// A word of three characters or more: the phrase of its trigrams. How many items hold it is
/// judged from a sample: the index is read in the order of the items' numbers for a sample of hits,
/// and the share of all items they span gives the whole (fewer than a sample: all of them).
WordPlan longWord(const QSqlDatabase &db, const QString &word, bool judge)
{
    WordPlan plan;
    plan.word = word;
    plan.indexed = true;
    plan.match = quoted(word);
    if (!judge)
        return plan; // counting: the index serves whatever the number
    constexpr int sample = 500;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid FROM ledger_search WHERE ledger_search MATCH :match LIMIT %1")
                      .arg(sample));
    query.bindValue(QStringLiteral(":match"), plan.match);
    if (!SqlRead::run(query))
        return plan;
    QList<qint64> hits;
    while (query.next())
        hits.append(query.value(0).toLongLong());
    if (!SqlRead::finished(query))
        return plan;
    plan.estimate = hits.size();
    if (hits.size() < sample) {
        plan.items = hits; // all of them: the page need not ask the index again
        return plan;
    }
    // The index gives its hits in the order of their numbers. The sample's hits are in the items from the first to the last of them: the share of all.
    const auto all = SqlRead::value(db, QStringLiteral("SELECT (SELECT max(id) FROM ledger_item) - (SELECT min(id) FROM ledger_item) + 1"));
    const double span = all.ok() ? all.value().toDouble() : 1.0;
    plan.estimate = qint64(sample * std::max(1.0, span / std::max(1.0, double(hits.constLast() - hits.constFirst() + 1))));
    return plan;
}

/// A word of one or two characters: the index's terms that begin with it, when there are not too
/// many; it matches at most as many items as those terms hold together.
WordPlan shortWord(const QSqlDatabase &db, const QString &word)
{
    WordPlan plan;
    plan.word = word;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT term, doc FROM ledger_search_terms WHERE term >= :low AND term < :high LIMIT :limit"));
    query.bindValue(QStringLiteral(":low"), word);
    query.bindValue(QStringLiteral(":high"), QString(word + QString::fromUcs4(U"\U0010FFFF", 1)));
    query.bindValue(QStringLiteral(":limit"), LedgerSearch::maxTermsPerWord + 1);
    if (!SqlRead::run(query))
        return plan;
    QStringList terms;
    qint64 items = 0;
    while (query.next()) {
        terms.append(quoted(query.value(0).toString()));
        items += query.value(1).toLongLong();
    }
    if (!SqlRead::finished(query) || terms.size() > LedgerSearch::maxTermsPerWord)
        return plan;
    plan.indexed = true;
    plan.match = terms.join(QStringLiteral(" OR "));
    plan.estimate = items;
    return plan;
}

/// At or above this many possible hits a page is read faster by walking the date order: a walk
/// reads about page × items ÷ hits rows, the index all the hits, each dearer than a row read.
qint64 walkThreshold(const QSqlDatabase &db)
{
    const auto items = SqlRead::value(db, QStringLiteral("SELECT value FROM tally WHERE key = 'ledger.items'"));
    const double total = items.ok() ? items.value().toDouble() : 0.0;
    return qint64(8.0 * std::sqrt(std::max(total, 1.0)));
}

void addIndexed(SqlCondition &c, const WordPlan &plan, int n)
{
    if (plan.items) {
        // The ids are the index's own numbers, never typed text.
        QStringList ids;
        for (const qint64 id : *plan.items)
            ids.append(QString::number(id));
        c.add(ids.isEmpty() ? QStringLiteral("1 = 0") : QStringLiteral("i.id IN (%1)").arg(ids.join(QLatin1Char(','))));
        return;
    }
    if (plan.match.isEmpty()) {
        c.add(QStringLiteral("1 = 0")); // no term of the index begins with it: no item holds it
        return;
    }
    const QString name = QStringLiteral(":search%1").arg(n);
    c.add(QStringLiteral("i.id IN (SELECT rowid FROM ledger_search WHERE ledger_search MATCH %1)").arg(name), name,
          plan.match);
}

void addCompared(SqlCondition &c, const WordPlan &plan, int n)
{
    // A word without upper and lower case (Chinese, digits) is looked for as it is, twice as fast
    // as LIKE; one with Latin letters through LIKE, which ignores their case as the index does.
    // Words are letters and digits only: nothing in them is special to LIKE.
    const bool caseless = plan.word.toUpper() == plan.word;
    QStringList parts;
    for (const char *column : {"title", "description", "location"}) {
        const QString name = QStringLiteral(":text%1%2").arg(n).arg(QLatin1String(column));
        parts.append(caseless ? QStringLiteral("instr(i.%1, %2) > 0").arg(QLatin1String(column), name)
                              : QStringLiteral("i.%1 LIKE %2").arg(QLatin1String(column), name));
        c.values.insert(name, caseless ? plan.word : QLatin1Char('%') + plan.word + QLatin1Char('%'));
    }
    c.add(QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
}

} // namespace

namespace LedgerSearch {

QStringList words(const QString &typed)
{
    QStringList out;
    QString current;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    out.removeDuplicates();
    return out;
}

void addTo(SqlCondition &c, const QSqlDatabase &db, const QString &typed, Use use)
{
    const QStringList found = words(typed);
    if (found.isEmpty()) {
        if (!typed.trimmed().isEmpty())
            c.add(QStringLiteral("1 = 0")); // only punctuation: nothing can match
        return;
    }
    if (SqlDialect::of(db).engine() == SqlDialect::Engine::Postgres) {
        // pg_trgm's index over the same text as SQLite's (schema of the server); the planner
        // chooses between it and a walk of the date order by its own statistics.
        for (int n = 0; n < found.size(); ++n) {
            const QString name = QStringLiteral(":search%1").arg(n);
            c.add(QStringLiteral("(i.title || '  ' || coalesce(i.description, '') || '  ' || coalesce(i.location, '')) ILIKE %1")
                      .arg(name),
                  name, QString(QLatin1Char('%') + found.at(n) + QLatin1Char('%')));
        }
        return;
    }
    const qint64 threshold = use == Use::Page ? walkThreshold(db) : 0;
    QList<WordPlan> plans;
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (const QString &word : found) {
        plans.append(word.size() >= 3 ? longWord(db, word, use == Use::Page) : shortWord(db, word));
        if (plans.constLast().indexed)
            fewest = std::min(fewest, plans.constLast().estimate);
    }
    const bool walk = use == Use::Page && fewest >= threshold;
    for (int n = 0; n < plans.size(); ++n) {
        if (plans.at(n).indexed && !walk)
            addIndexed(c, plans.at(n), n);
        else
            addCompared(c, plans.at(n), n);
    }
}

} // namespace LedgerSearch
