#include "SenderRegistry.h"

#include "SigningKey.h"
#include "store/Database.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

SenderRegistry::Entry entryOf(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toByteArray(),
            query.value(4).toString(),   query.value(5).toString(), query.value(6).toString()};
}

const QString columns = QStringLiteral("id, sender, fingerprint, public_key, registered_at, how, coalesce(retired_at, '')");

} // namespace

bool SenderRegistry::isSenderPath(const QString &path)
{
    if (path.isEmpty() || path.size() > 500 || !path.contains(QLatin1Char('/')) || path.startsWith(QLatin1Char('/'))
        || path.endsWith(QLatin1Char('/')) || path.contains(QStringLiteral("//")))
        return false;
    // No control characters, and none of the invisible ones that turn text around (bidi marks).
    for (const QChar c : path) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate
            || category == QChar::Other_NotAssigned || c == QChar::ReplacementCharacter)
            return false;
    }
    return true;
}

SenderRegistry::SenderRegistry(Database &database)
    : m_database(database)
{
}

QList<SenderRegistry::Entry> SenderRegistry::entries() const
{
    QList<Entry> out;
    QSqlQuery query(m_database.connection());
    if (!SqlRead::run(query, QStringLiteral("SELECT %1 FROM sender_key ORDER BY sender, retired_at IS NOT NULL, registered_at DESC").arg(columns)))
        return out;
    while (query.next())
        out.append(entryOf(query));
    SqlRead::finished(query);
    return out;
}

std::optional<SenderRegistry::Entry> SenderRegistry::current(const QString &sender) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM sender_key WHERE sender = :sender AND retired_at IS NULL").arg(columns));
    query.bindValue(QStringLiteral(":sender"), sender);
    if (SqlRead::run(query) && query.next())
        return entryOf(query);
    return std::nullopt;
}

SenderRegistry::Standing SenderRegistry::standing(const QString &sender, const QByteArray &publicKey) const
{
    Standing out;
    if (const auto now = current(sender))
        out.currentFingerprint = now->fingerprint;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT sender, coalesce(retired_at, '') FROM sender_key WHERE fingerprint = :fingerprint AND public_key = :key"));
    query.bindValue(QStringLiteral(":fingerprint"), SigningKey::fingerprintOf(publicKey));
    query.bindValue(QStringLiteral(":key"), publicKey);
    if (!SqlRead::run(query))
        return out;
    while (query.next()) {
        const QString who = query.value(0).toString();
        const QString retired = query.value(1).toString();
        if (who == sender) {
            out.what = retired.isEmpty() ? Standing::What::Current : Standing::What::Retired;
            out.retiredAt = retired;
            return out;
        }
        if (retired.isEmpty())
            out.otherSenders.append(who);
    }
    if (!out.otherSenders.isEmpty())
        out.what = Standing::What::OtherSenders;
    return out;
}

QStringList SenderRegistry::sendersOf(const QByteArray &publicKey) const
{
    QStringList out;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT sender FROM sender_key WHERE public_key = :key AND retired_at IS NULL ORDER BY sender"));
    query.bindValue(QStringLiteral(":key"), publicKey);
    if (!SqlRead::run(query))
        return out;
    while (query.next())
        out.append(query.value(0).toString());
    SqlRead::finished(query);
    return out;
}

Result<QStringList> SenderRegistry::add(const QByteArray &publicKey, const QStringList &senders, const QString &how)
{
    using R = Result<QStringList>;
    const auto key = SigningKey::fromPublic(publicKey);
    if (!key)
        return R::failure(tr("The key cannot be registered: %1").arg(key.error()));
    QStringList clean;
    for (const QString &sender : senders) {
        const QString trimmed = sender.trimmed();
        if (!isSenderPath(trimmed))
            return R::failure(tr("\"%1\" is not a sender: name it by its path, as 迎江区/新河路街道.").arg(sender.left(100)));
        if (!clean.contains(trimmed))
            clean.append(trimmed);
    }
    if (clean.isEmpty())
        return R::failure(tr("Name the sender (or senders) the key is for, as 迎江区/新河路街道."));
    const QString fingerprint = key.value().fingerprint();
    // Another key with the same short fingerprint (made on purpose) is refused, not confused.
    QSqlQuery same(m_database.connection());
    same.prepare(QStringLiteral("SELECT count(*) FROM sender_key WHERE fingerprint = :fingerprint AND public_key <> :key"));
    same.bindValue(QStringLiteral(":fingerprint"), fingerprint);
    same.bindValue(QStringLiteral(":key"), publicKey);
    if (!SqlRead::run(same) || !same.next())
        return R::failure(StoreHealth::describe(same.lastError()));
    if (same.value(0).toInt() > 0)
        return R::failure(tr("Another key with the fingerprint %1 is registered already; this one is refused.").arg(fingerprint));
    same.finish();
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QStringList replaced;
    for (const QString &sender : std::as_const(clean)) {
        const auto now = current(sender);
        if (now && now->fingerprint == fingerprint && now->publicKey == publicKey)
            continue; // already its current key
        if (now)
            replaced.append(tr("%1: replaces the key %2 registered %3").arg(sender, now->fingerprint, now->registeredAt.left(10)));
        const QVariantMap values = {{QStringLiteral(":sender"), sender},
                                    {QStringLiteral(":key"), publicKey},
                                    {QStringLiteral(":fingerprint"), fingerprint},
                                    {QStringLiteral(":now"), SqlWrite::now()},
                                    {QStringLiteral(":how"), how}};
        for (const QString &sql : {QStringLiteral("UPDATE sender_key SET retired_at = :now WHERE sender = :sender AND retired_at IS NULL"),
                                   // A key registered before and retired comes back as current.
                                   QStringLiteral("INSERT INTO sender_key (sender, public_key, fingerprint, registered_at, how) "
                                                  "VALUES (:sender, :key, :fingerprint, :now, :how) ON CONFLICT (sender, fingerprint) "
                                                  "DO UPDATE SET retired_at = NULL, registered_at = excluded.registered_at, how = excluded.how")}) {
            QVariantMap bound;
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (sql.contains(it.key()))
                    bound.insert(it.key(), it.value());
            }
            if (const Outcome done = SqlWrite::exec(m_database.connection(), sql, bound); !done)
                return R::failure(done.error());
        }
    }
    if (!transaction.commit())
        return R::failure(transaction.error());
    return replaced;
}

Result<int> SenderRegistry::retire(const QString &fingerprint, const QString &sender)
{
    using R = Result<int>;
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE sender_key SET retired_at = :now WHERE upper(fingerprint) = upper(:fingerprint) "
                                 "AND retired_at IS NULL%1").arg(sender.trimmed().isEmpty() ? QString() : QStringLiteral(" AND sender = :sender")));
    query.bindValue(QStringLiteral(":now"), SqlWrite::now());
    query.bindValue(QStringLiteral(":fingerprint"), fingerprint.trimmed());
    if (!sender.trimmed().isEmpty())
        query.bindValue(QStringLiteral(":sender"), sender.trimmed());
    if (!query.exec())
        return R::failure(StoreHealth::describe(query.lastError()));
    const int count = query.numRowsAffected();
    if (!count)
        return R::failure(tr("No current key %1 is registered%2.").arg(fingerprint, sender.isEmpty() ? QString() : tr(" for %1").arg(sender)));
    if (!transaction.commit())
        return R::failure(transaction.error());
    return count;
}
