#include "SearchText.h"

#include "SqlScript.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

/// The runs of letters and digits of text, lower-cased.
QStringList runs(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

void bigramsFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QStringList texts;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        const auto *data = static_cast<const char16_t *>(sqlite3_value_text16(argv[i]));
        const int bytes = sqlite3_value_bytes16(argv[i]);
        texts.append(QString::fromUtf16(data, bytes / 2));
    }
    const QByteArray result = SearchText::bigrams(texts).toUtf8();
    sqlite3_result_text(context, result.constData(), int(result.size()), SQLITE_TRANSIENT);
}

} // namespace

namespace SearchText {

QString bigrams(const QStringList &texts)
{
    QString out;
    for (const QString &text : texts) {
        for (const QString &run : runs(text)) {
            for (qsizetype i = 0; i + 1 < run.size(); ++i) {
                out += run.at(i);
                out += run.at(i + 1);
                out += QLatin1Char(' ');
            }
            out += run.back();
            out += QLatin1Char(' ');
        }
    }
    return out;
}

QString matchExpression(const QString &typed)
{
    QStringList parts;
    for (const QString &run : runs(typed)) {
        if (run.size() == 1) {
            parts.append(QLatin1Char('"') + run + QStringLiteral("\"*"));
            continue;
        }
        QStringList pairs;
        for (qsizetype i = 0; i + 1 < run.size(); ++i)
            pairs.append(run.mid(i, 2));
        parts.append(QLatin1Char('"') + pairs.join(QLatin1Char(' ')) + QLatin1Char('"'));
    }
    return parts.join(QStringLiteral(" AND "));
}

void registerFunction(const QSqlDatabase &db)
{
    if (sqlite3 *sqlite = SqlScript::handle(db))
        sqlite3_create_function_v2(sqlite, "bigrams", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   nullptr, bigramsFunction, nullptr, nullptr, nullptr);
}

} // namespace SearchText
