#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// Full-text search for Chinese: text is indexed as overlapping pairs of characters (路灯不亮 →
/// 路灯 灯不 不亮 亮), so that a search of two characters — the commonest Chinese word — is one
/// indexed token, and a longer one a phrase of pairs. FTS5's trigram tokenizer needs at least
/// three characters and would leave two-character words to a scan of every row.
namespace SearchText {

/// The pairs of the letters and digits of the texts, lower-cased, separated by spaces; each run
/// of letters ends with its last character alone, so that a one-character search finds it.
QString bigrams(const QStringList &texts);

/// An FTS5 MATCH expression for what the clerk typed, or an empty string when there is nothing
/// to search for. Words separated by spaces must all occur.
QString matchExpression(const QString &typed);

/// Makes bigrams(...) callable from SQL on this connection (the index's triggers use it).
void registerFunction(const QSqlDatabase &db);

} // namespace SearchText
