#include "PostgresBulkStatement.h"

#include "PgHandle.h"
#include "StoreHealth.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <vector>

namespace {

/// Rows (or bytes) a statement gathers before everything held is sent.
constexpr int rowsPerCopy = 20000;
constexpr qsizetype bytesPerCopy = 8 * 1024 * 1024;
/// Ids taken from a sequence at once.
constexpr int idsPerReservation = 1000;

/// The bulk statements of this thread's connections, in the order they were made.
thread_local std::vector<PostgresBulkStatement *> statements;

/// Text as COPY's text format writes it: backslash, tab, newline and carriage return escaped.
void appendEscaped(QByteArray *out, const QByteArray &text)
{
    for (const char c : text) {
        switch (c) {
        case '\\': out->append("\\\\"); break;
        case '\t': out->append("\\t"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        default: out->append(c);
        }
    }
}

/// `?N` and `?` as PostgreSQL's `$N` (outside quoted text).
QString numberedParameters(const QString &sql, int *count)
{
    QString out;
    bool quoted = false;
    int next = 0;
    *count = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (quoted || c != QLatin1Char('?')) {
            out.append(c);
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && sql.at(end).isDigit())
            ++end;
        const int number = end > i + 1 ? sql.mid(i + 1, end - i - 1).toInt() : ++next;
        out.append(QLatin1Char('$') + QString::number(number));
        *count = std::max(*count, number);
        i = end - 1;
    }
    return out;
}

} // namespace

PostgresBulkStatement::PostgresBulkStatement(const QSqlDatabase &db, const QString &sql)
    : m_db(db)
    , m_query(db)
{
    if (!PgHandle::of(db)) {
        m_error = QStringLiteral("not an open PostgreSQL connection");
        return;
    }
    static const QRegularExpression plainInsert(QStringLiteral(
        R"(^\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_.]*)\s*\(([^()]*)\)\s*VALUES\s*\(((?:\s*\?\d*\s*,)*\s*\?\d*\s*)\)\s*;?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = plainInsert.match(sql);
    if (match.hasMatch()) {
        QStringList columns;
        for (const QString &column : match.captured(2).split(QLatin1Char(',')))
            columns.append(column.trimmed());
        QList<int> parameters;
        int next = 0;
        for (const QString &parameter : match.captured(3).split(QLatin1Char(','))) {
            const QString number = parameter.trimmed().mid(1);
            parameters.append(number.isEmpty() ? ++next : number.toInt());
        }
        if (columns.size() == parameters.size())
            m_valid = prepareCopy(match.captured(1), columns, parameters);
        else
            m_error = QStringLiteral("the INSERT names %1 columns for %2 values").arg(columns.size()).arg(parameters.size());
    } else {
        m_valid = prepareRows(sql);
    }
    if (m_valid)
        statements.push_back(this);
}

PostgresBulkStatement::~PostgresBulkStatement()
{
    if (m_rowCount > 0) {
        // Rows left unsent: send them now. A failure leaves the server's transaction aborted,
        // so its commit fails in turn; nothing is lost without a word.
        if (const Outcome sent = flushAll(m_db); !sent)
            qWarning("rows of %s could not be written: %s", qPrintable(m_table), qPrintable(sent.error()));
    }
    std::erase(statements, this);
}

bool PostgresBulkStatement::prepareCopy(const QString &table, const QStringList &columns, const QList<int> &parameters)
{
    m_copy = true;
    m_table = table;
    m_columnParameters = parameters;
    QStringList copied = columns;
    if (!columns.contains(QLatin1String("id"), Qt::CaseInsensitive)) {
        // The table's id sequence, if it has an id of its own (to_regclass: no error for a name
        // that is not a table, which would abort the transaction).
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT pg_get_serial_sequence(c.oid::regclass::text, 'id') FROM pg_class c "
                                     "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' AND a.attidentity <> '' "
                                     "WHERE c.oid = to_regclass(:table)"));
        query.bindValue(QStringLiteral(":table"), table);
        if (!query.exec()) {
            m_error = StoreHealth::describe(query.lastError());
            return false;
        }
        if (query.next() && !query.value(0).isNull()) {
            m_sequence = query.value(0).toString();
            copied.prepend(QStringLiteral("id"));
            m_columnParameters.prepend(0); // 0: the id taken beforehand
        }
    }
    m_copyCommand = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, copied.join(QStringLiteral(", "))).toUtf8();
    return true;
}

bool PostgresBulkStatement::prepareRows(const QString &sql)
{
    int count = 0;
    QString text = numberedParameters(sql, &count);
    // A new row's id comes back with it when the statement inserts into a table with ids.
    static const QRegularExpression insertInto(QStringLiteral(R"(^\s*INSERT\s+INTO\s+([A-Za-z_][A-Za-z0-9_.]*))"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = insertInto.match(text);
        match.hasMatch() && !text.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive)) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(:table) AND attname = 'id'"));
        query.bindValue(QStringLiteral(":table"), match.captured(1));
        if (!query.exec()) {
            m_error = StoreHealth::describe(query.lastError());
            return false;
        }
        if (query.next()) {
            while (text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            text += QStringLiteral(" RETURNING id");
            m_returnsId = true;
        }
    }
    m_values.resize(count);
    if (!m_query.prepare(text)) {
        m_error = StoreHealth::describe(m_query.lastError());
        return false;
    }
    return true;
}

PostgresBulkStatement::Value &PostgresBulkStatement::slot(int index)
{
    if (index > m_values.size())
        m_values.resize(index);
    return m_values[index - 1];
}

void PostgresBulkStatement::bindInteger(int index, qint64 value)
{
    Value &v = slot(index);
    v.kind = Value::Kind::Integer;
    v.integer = value;
}

void PostgresBulkStatement::bindReal(int index, double value)
{
    Value &v = slot(index);
    v.kind = Value::Kind::Real;
    v.real = value;
}

void PostgresBulkStatement::bindText(int index, const QByteArray &utf8, bool)
{
    Value &v = slot(index);
    v.kind = Value::Kind::Text;
    v.bytes = utf8;
}

void PostgresBulkStatement::bindBlob(int index, const QByteArray &bytes)
{
    Value &v = slot(index);
    v.kind = Value::Kind::Blob;
    v.bytes = bytes;
}

void PostgresBulkStatement::bindNull(int index)
{
    slot(index).kind = Value::Kind::Null;
}

void PostgresBulkStatement::bindValue(int index, sqlite3_value *value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        bindInteger(index, sqlite3_value_int64(value));
        break;
    case SQLITE_FLOAT:
        bindReal(index, sqlite3_value_double(value));
        break;
    case SQLITE_TEXT:
        bindText(index, QByteArray(reinterpret_cast<const char *>(sqlite3_value_text(value)), sqlite3_value_bytes(value)), true);
        break;
    case SQLITE_BLOB:
        bindBlob(index, QByteArray(static_cast<const char *>(sqlite3_value_blob(value)), sqlite3_value_bytes(value)));
        break;
    default:
        bindNull(index);
    }
}

bool PostgresBulkStatement::exec()
{
    if (!m_valid)
        return false;
    const bool done = m_copy ? gatherRow() : runRow();
    for (Value &value : m_values)
        value = Value();
    return done;
}

bool PostgresBulkStatement::nextId()
{
    if (m_nextId == m_ids.size()) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, %1)").arg(idsPerReservation));
        query.bindValue(QStringLiteral(":sequence"), m_sequence);
        if (!query.exec()) {
            m_error = StoreHealth::describe(query.lastError());
            return false;
        }
        m_ids.clear();
        m_nextId = 0;
        while (query.next())
            m_ids.append(query.value(0).toLongLong());
        if (m_ids.isEmpty()) {
            m_error = QStringLiteral("the sequence %1 gave no ids").arg(m_sequence);
            return false;
        }
    }
    m_lastId = m_ids.at(m_nextId++);
    return true;
}

bool PostgresBulkStatement::gatherRow()
{
    if (!m_sequence.isEmpty() && !nextId())
        return false;
    for (qsizetype c = 0; c < m_columnParameters.size(); ++c) {
        if (c > 0)
            m_rows.append('\t');
        const int parameter = m_columnParameters.at(c);
        if (parameter == 0) {
            m_rows.append(QByteArray::number(m_lastId));
            continue;
        }
        const Value value = parameter <= m_values.size() ? m_values.at(parameter - 1) : Value();
        switch (value.kind) {
        case Value::Kind::Null: m_rows.append("\\N"); break;
        case Value::Kind::Integer: m_rows.append(QByteArray::number(value.integer)); break;
        case Value::Kind::Real: m_rows.append(QByteArray::number(value.real, 'g', 17)); break;
        case Value::Kind::Text: appendEscaped(&m_rows, value.bytes); break;
        case Value::Kind::Blob: m_rows.append("\\\\x").append(value.bytes.toHex()); break;
        }
    }
    m_rows.append('\n');
    ++m_rowCount;
    if (m_rowCount >= rowsPerCopy || m_rows.size() >= bytesPerCopy) {
        if (const Outcome sent = flushAll(m_db); !sent) {
            m_error = sent.error();
            return false;
        }
    }
    return true;
}

bool PostgresBulkStatement::runRow()
{
    // What it reads or changes may be among the rows gathered so far: those of the tables it
    // names are sent first (with all the rows gathered before them). References to rows still
    // held are the caller's to defer (SET CONSTRAINTS ALL DEFERRED).
    const QString text = m_query.lastQuery();
    const bool touchesGathered = std::any_of(statements.begin(), statements.end(), [&](const PostgresBulkStatement *other) {
        return other->m_rowCount > 0 && other->m_db.connectionName() == m_db.connectionName()
               && QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(other->m_table))).match(text).hasMatch();
    });
    if (touchesGathered) {
        if (const Outcome sent = flushAll(m_db); !sent) {
            m_error = sent.error();
            return false;
        }
    }
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const Value &value = m_values.at(i);
        QVariant bound;
        switch (value.kind) {
        case Value::Kind::Null: break;
        case Value::Kind::Integer: bound = value.integer; break;
        case Value::Kind::Real: bound = value.real; break;
        case Value::Kind::Text: bound = QString::fromUtf8(value.bytes); break;
        case Value::Kind::Blob: bound = value.bytes; break;
        }
        m_query.bindValue(int(i), bound);
    }
    if (!m_query.exec()) {
        m_error = StoreHealth::describe(m_query.lastError());
        return false;
    }
    if (m_returnsId && m_query.next())
        m_lastId = m_query.value(0).toLongLong();
    m_query.finish();
    return true;
}

Outcome PostgresBulkStatement::send()
{
    if (m_rowCount == 0)
        return Outcome::success();
    PGconn *connection = PgHandle::of(m_db);
    if (!connection)
        return Outcome::failure(QStringLiteral("the connection is not open"));
    const QByteArray rows = std::exchange(m_rows, {});
    m_rowCount = 0;
    PGresult *result = PQexec(connection, m_copyCommand.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    QString failure = started ? QString() : QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (started) {
        if (PQputCopyData(connection, rows.constData(), int(rows.size())) != 1 || PQputCopyEnd(connection, nullptr) != 1)
            failure = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        while ((result = PQgetResult(connection)) != nullptr) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty())
                failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
    }
    if (!failure.isEmpty())
        return Outcome::failure(QStringLiteral("%1: %2").arg(m_table, failure));
    return Outcome::success();
}

Outcome PostgresBulkStatement::flushAll(const QSqlDatabase &db)
{
    for (PostgresBulkStatement *statement : std::vector(statements)) {
        if (statement->m_db.connectionName() != db.connectionName())
            continue;
        if (const Outcome sent = statement->send(); !sent)
            return sent;
    }
    return Outcome::success();
}
