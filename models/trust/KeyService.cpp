#include "KeyService.h"

#include "org/OrgRepository.h"
#include "store/Database.h"

KeyService::KeyService(Database &database)
    : m_database(database)
    , m_registry(database)
{
}

Result<OfficeKey::Current> KeyService::own() const
{
    return OfficeKey::current(m_database.connection());
}

QStringList KeyService::ownSenders() const
{
    const OrgRepository orgs(m_database);
    QStringList senders;
    for (const OrgPathEntry &entry : orgs.within(0, {OrgKind::Subdistrict}, 1000))
        senders.append(entry.path);
    if (senders.isEmpty() && orgs.rootId())
        senders.append(orgs.path(orgs.rootId()));
    return senders;
}

KeyFile KeyService::ownKeyFile(const OfficeKey::Current &key) const
{
    KeyFile file;
    file.publicKey = key.key.publicDer();
    file.senders = ownSenders();
    file.previousKey = key.previousPublic;
    file.endorsement = key.endorsement;
    return file;
}

Outcome KeyService::exportKeyFile(const QString &path) const
{
    const auto key = own();
    if (!key)
        return Outcome::failure(key.error());
    return ownKeyFile(key.value()).write(path);
}

Result<OfficeKey::Current> KeyService::rotate()
{
    return OfficeKey::rotate(m_database.connection());
}

QStringList KeyService::wouldReplace(const KeyFile &file, const QStringList &senders) const
{
    QStringList out;
    for (const QString &sender : senders) {
        const auto current = m_registry.current(sender.trimmed());
        if (current && current->publicKey != file.publicKey)
            out.append(tr("%1 (its key %2)").arg(sender.trimmed(), current->fingerprint));
    }
    return out;
}

bool KeyService::isHandover(const KeyFile &file, const QStringList &senders) const
{
    if (!file.isEndorsed() || senders.isEmpty())
        return false;
    for (const QString &sender : senders) {
        if (m_registry.standing(sender.trimmed(), file.previousKey).what != SenderRegistry::Standing::What::Current)
            return false;
    }
    return true;
}

Result<KeyService::Registered> KeyService::registerFile(const KeyFile &file, const QStringList &senders)
{
    using R = Result<Registered>;
    const OrgRepository orgs(m_database);
    const QString top = orgs.rootId() ? orgs.path(orgs.rootId()) : QString();
    if (top.isEmpty())
        return R::failure(tr("The database has no organisations yet; create the district first."));
    for (const QString &sender : senders) {
        if (!sender.trimmed().startsWith(top + QLatin1Char('/')))
            return R::failure(tr("%1 is not under %2: a district registers the keys of the offices that send to it.").arg(sender, top));
    }
    if (const auto own = this->own(); own && own.value().key.publicDer() == file.publicKey)
        return R::failure(tr("This is this database's own key; register the key file of the sending office."));
    // A key the senders' registered key signed over is a handover, not a new registration.
    const bool endorsed = isHandover(file, senders);
    const auto added = m_registry.add(file.publicKey, senders, endorsed ? QStringLiteral("rotation") : QStringLiteral("file"));
    if (!added)
        return R::failure(added.error());
    Registered out;
    out.fingerprint = file.fingerprint();
    for (const QString &sender : senders)
        out.senders.append(sender.trimmed());
    out.replaced = added.value();
    out.endorsed = endorsed;
    return out;
}
