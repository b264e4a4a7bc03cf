#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct SqlCondition;

/// The ledger's search: the items whose title, description or location hold every word the clerk
/// typed (runs of letters and digits; 路灯 不亮 is two words).
///
/// The index is FTS5's trigram tokenizer over the items' own text (schema 8), kept by plain SQL
/// triggers. A word of three characters or more is a phrase of its trigrams; a word of one or two
/// is the trigrams that begin with it, read from the index's terms. Those terms also say how many
/// items a word can match at most: a page of the newest items holding a word found in a good part
/// of the ledger is read by walking the date order and comparing the text, which stops after a
/// page; a rare or absent word is read from the index. On a PostgreSQL server the same text has a
/// pg_trgm index and its planner makes the choice.
namespace LedgerSearch {

enum class Use {
    Count, ///< every matching item is counted: the index wherever it can serve
    Page,  ///< the first page in the table's order: whichever of index and walk is cheaper
};

/// The words of what was typed: runs of letters and digits, lower-cased.
QStringList words(const QString &typed);

/// Adds to c (items aliased i) the conditions that keep the items holding every word of typed;
/// nothing when typed has no words but nothing at all matches when it is only punctuation.
void addTo(SqlCondition &c, const QSqlDatabase &db, const QString &typed, Use use);

/// The most index terms a word of one or two characters is widened to; beyond it the word is
/// compared with the text of every item in the range read.
inline constexpr int maxTermsPerWord = 400;

} // namespace LedgerSearch
