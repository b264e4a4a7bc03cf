#include "TableChecksum.h"

#include "SqlValue.h"
#include "StoreHealth.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <cstring>

namespace {

/// One value as both engines' drivers hand it over, in one canonical form.
void addValue(QCryptographicHash &hash, const QVariant &value)
{
    const auto add = [&hash](char type, const QByteArray &bytes, bool counted) {
        hash.addData(QByteArrayView(&type, 1));
        if (counted)
            hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
        hash.addData(";");
    };
    switch (SqlValue::kindOf(value)) {
    case SqlValue::Kind::Null: add('N', {}, false); break;
    case SqlValue::Kind::Integer: add('I', QByteArray::number(value.toLongLong()), false); break;
    case SqlValue::Kind::Real: add('R', QByteArray::number(value.toDouble(), 'g', 17), false); break;
    case SqlValue::Kind::Blob: add('B', value.toByteArray(), true); break;
    case SqlValue::Kind::Text: add('T', value.toString().toUtf8(), true); break;
    }
}

} // namespace

TableChecksum TableChecksum::compute(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    TableChecksum out;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table))) {
        out.problem = StoreHealth::describe(query.lastError());
        return out;
    }
    std::array<quint64, 4> lanes{};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    const int count = int(columns.size());
    while (query.next()) {
        hash.reset();
        for (int c = 0; c < count; ++c)
            addValue(hash, query.value(c));
        const QByteArray digest = hash.result();
        for (int lane = 0; lane < 4; ++lane) {
            quint64 part = 0;
            std::memcpy(&part, digest.constData() + lane * 8, 8);
            lanes[lane] += part;
        }
        ++rows;
    }
    if (query.lastError().isValid()) {
        out.problem = StoreHealth::describe(query.lastError());
        return out;
    }
    out.rows = rows;
    out.sum = QByteArray(reinterpret_cast<const char *>(lanes.data()), 32);
    return out;
}
