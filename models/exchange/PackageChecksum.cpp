#include "PackageChecksum.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <charconv>

namespace PackageChecksum {

const QStringList &tables()
{
    static const QStringList list = {
        QStringLiteral("organisation"),  QStringLiteral("member_figures"), QStringLiteral("ledger_category"),
        QStringLiteral("ledger_item"),   QStringLiteral("ledger_event"),   QStringLiteral("cobuild_category"),
        QStringLiteral("unit"),          QStringLiteral("agreement"),      QStringLiteral("activity"),
        QStringLiteral("need"),          QStringLiteral("resource"),       QStringLiteral("need_resource"),
        QStringLiteral("project"),       QStringLiteral("project_claim"),  QStringLiteral("project_review"),
        QStringLiteral("meeting"),       QStringLiteral("task"),
    };
    return list;
}

TableSum compute(const QSqlDatabase &db, const QString &table, const QString &schema, const Inspect &inspect)
{
    TableSum sum;
    QSqlQuery columns(db);
    if (!columns.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1', '%2')").arg(table, schema)) || !columns.next()) {
        sum.problem = columns.lastError().text();
        return sum;
    }
    const int count = columns.value(0).toInt();
    columns.finish();
    if (count == 0) {
        sum.problem = QStringLiteral("no such table: %1").arg(table);
        return sum;
    }
    QStringList order;
    for (int i = 1; i <= count; ++i)
        order.append(QString::number(i));
    SqliteRows rows(db, QStringLiteral("SELECT * FROM %1.%2 ORDER BY %3").arg(schema, table, order.join(QLatin1Char(','))));
    if (!rows.isValid()) {
        sum.problem = rows.error();
        return sum;
    }
    // The type beside each value: an integer 1 and a text '1' must not hash alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 read = 0;
    QByteArray buffer;
    while (rows.next()) {
        ++read;
        if (inspect) {
            if (QString problem = inspect(rows); !problem.isEmpty()) {
                sum.problem = std::move(problem);
                sum.inspected = true;
                return sum;
            }
        }
        buffer.clear();
        for (int i = 0; i < count; ++i) {
            switch (rows.type(i)) {
            case SqliteRows::Type::Null:
                buffer += "N;";
                break;
            case SqliteRows::Type::Integer: {
                char digits[24];
                const auto end = std::to_chars(digits, digits + sizeof digits, rows.integer(i)).ptr;
                buffer += 'I';
                buffer += QByteArrayView(digits, end - digits);
                buffer += ';';
                break;
            }
            case SqliteRows::Type::Real:
                buffer += 'R';
                buffer += QByteArray::number(rows.real(i), 'g', 17);
                buffer += ';';
                break;
            case SqliteRows::Type::Blob:
            case SqliteRows::Type::Text: {
                const QByteArrayView bytes = rows.bytes(i);
                char digits[24];
                const auto end = std::to_chars(digits, digits + sizeof digits, bytes.size()).ptr;
                buffer += rows.type(i) == SqliteRows::Type::Blob ? 'B' : 'T';
                buffer += QByteArrayView(digits, end - digits);
                buffer += ':';
                buffer += bytes;
                break;
            }
            }
        }
        buffer += '\n';
        hash.addData(buffer);
    }
    // A statement stopped part way (a damaged page, the time budget) is not a whole table.
    if (rows.failed()) {
        sum.problem = rows.error();
        return sum;
    }
    sum.rows = read;
    sum.sha256 = QString::fromLatin1(hash.result().toHex());
    return sum;
}

} // namespace PackageChecksum
