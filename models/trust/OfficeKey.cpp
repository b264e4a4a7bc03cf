#include "OfficeKey.h"

#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OfficeKey)
};

Outcome insert(const QSqlDatabase &db, const SigningKey &key, const QVariant &previousId, const QByteArray &endorsement)
{
    return SqlWrite::exec(db,
                          QStringLiteral("INSERT INTO office_key (public_key, private_key, fingerprint, created_at, previous_id, endorsement) "
                                         "VALUES (:public, :private, :fingerprint, :now, :previous, :endorsement)"),
                          {{QStringLiteral(":public"), key.publicDer()},
                           {QStringLiteral(":private"), key.privateDer()},
                           {QStringLiteral(":fingerprint"), key.fingerprint()},
                           {QStringLiteral(":now"), SqlWrite::now()},
                           {QStringLiteral(":previous"), previousId},
                           {QStringLiteral(":endorsement"), endorsement.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : endorsement}});
}

} // namespace

namespace OfficeKey {

QByteArray rotationMessage(const QByteArray &newPublic)
{
    return QByteArray("zongheng-key-rotation-1\n") + newPublic.toBase64() + '\n';
}

Outcome ensure(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM office_key WHERE retired_at IS NULL")) || !query.next())
        return Outcome::failure(Text::tr("The office's signing key cannot be read: %1").arg(StoreHealth::describe(query.lastError())));
    if (query.value(0).toInt() > 0)
        return Outcome::success();
    query.finish();
    auto key = SigningKey::generate();
    if (!key)
        return Outcome::failure(key.error());
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    if (const Outcome done = insert(db, key.value(), QVariant(QMetaType::fromType<qlonglong>()), {}); !done)
        return done;
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    return Outcome::success();
}

Result<Current> current(const QSqlDatabase &db)
{
    using R = Result<Current>;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT k.private_key, k.fingerprint, k.created_at, p.public_key, k.endorsement FROM office_key k "
                                   "LEFT JOIN office_key p ON p.id = k.previous_id WHERE k.retired_at IS NULL")))
        return R::failure(Text::tr("The office's signing key cannot be read: %1").arg(StoreHealth::describe(query.lastError())));
    if (!query.next())
        return R::failure(Text::tr("This database has no signing key yet; open it once for writing."));
    auto key = SigningKey::fromPrivate(query.value(0).toByteArray());
    if (!key)
        return R::failure(key.error());
    return Current{std::move(key.value()), query.value(1).toString(), query.value(2).toString(), query.value(3).toByteArray(),
                   query.value(4).toByteArray()};
}

Result<Current> rotate(const QSqlDatabase &db)
{
    using R = Result<Current>;
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    auto old = current(db);
    if (!old)
        return R::failure(old.error());
    auto fresh = SigningKey::generate();
    if (!fresh)
        return R::failure(fresh.error());
    const auto endorsement = old.value().key.sign(rotationMessage(fresh.value().publicDer()));
    if (!endorsement)
        return R::failure(endorsement.error());
    QSqlQuery previous(db);
    if (!previous.exec(QStringLiteral("SELECT id FROM office_key WHERE retired_at IS NULL")) || !previous.next())
        return R::failure(StoreHealth::describe(previous.lastError()));
    const qint64 previousId = previous.value(0).toLongLong();
    previous.finish();
    // The retired key signs nothing more: its private half goes (backups would carry it).
    if (const Outcome retired = SqlWrite::exec(db, QStringLiteral("UPDATE office_key SET retired_at = :now, private_key = :none WHERE id = :id"),
                                               {{QStringLiteral(":now"), SqlWrite::now()},
                                                {QStringLiteral(":none"), QByteArray("", 0)}, // no bytes, not NULL
                                                {QStringLiteral(":id"), previousId}});
        !retired)
        return R::failure(retired.error());
    if (const Outcome done = insert(db, fresh.value(), previousId, endorsement.value()); !done)
        return R::failure(done.error());
    if (!transaction.commit())
        return R::failure(transaction.error());
    return current(db);
}

} // namespace OfficeKey
