#include "PackageChecksum.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

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
    if (count == 0)
        return sum;
    QStringList order;
    for (int i = 1; i <= count; ++i)
        order.append(QString::number(i));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // typeof() beside each value: an integer 1 and a text '1' must not hash alike.
    if (!query.exec(QStringLiteral("SELECT * FROM %1.%2 ORDER BY %3").arg(schema, table, order.join(QLatin1Char(','))))) {
        sum.problem = query.lastError().text();
        return sum;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    while (query.next()) {
        ++rows;
        for (int i = 0; i < count; ++i) {
            const QVariant value = query.value(i);
            if (inspect) {
                if (QString problem = inspect(i, value); !problem.isEmpty()) {
                    sum.problem = std::move(problem);
                    return sum;
                }
            }
            QByteArray bytes;
            if (value.isNull()) {
                bytes = "N;";
            } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
                bytes = "I" + QByteArray::number(value.toLongLong()) + ';';
            } else if (value.typeId() == QMetaType::Double) {
                bytes = "R" + QByteArray::number(value.toDouble(), 'g', 17) + ';';
            } else if (value.typeId() == QMetaType::QByteArray) {
                const QByteArray blob = value.toByteArray();
                bytes = "B" + QByteArray::number(blob.size()) + ':' + blob;
            } else {
                const QByteArray text = value.toString().toUtf8();
                bytes = "T" + QByteArray::number(text.size()) + ':' + text;
            }
            hash.addData(bytes);
        }
        hash.addData(QByteArrayView("\n"));
    }
    // A statement stopped part way (a damaged page, the time budget) is not a whole table.
    if (query.lastError().isValid()) {
        sum.problem = query.lastError().text();
        return sum;
    }
    sum.rows = rows;
    sum.sha256 = QString::fromLatin1(hash.result().toHex());
    return sum;
}

} // namespace PackageChecksum
