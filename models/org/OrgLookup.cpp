#include "OrgLookup.h"

#include "OrgRepository.h"

#include <QCoreApplication>

namespace {

class LookupText
{
    Q_DECLARE_TR_FUNCTIONS(OrgLookup)
};

Result<OrgLookup::Entry> usable(const OrgLookup::Entry &org)
{
    if (!org.active)
        return Result<OrgLookup::Entry>::failure(LookupText::tr("the organisation \"%1\" is retired.").arg(org.path));
    return org;
}

} // namespace

OrgLookup::OrgLookup(const Database &database)
{
    for (const OrgPathEntry &entry : OrgRepository(database).listAll()) {
        const Entry org{entry.id, entry.path, entry.kind, entry.active};
        m_byPath.insert(entry.path, org);
        m_byName[entry.path.section(QLatin1Char('/'), -1)].append(org);
    }
}

Result<OrgLookup::Entry> OrgLookup::find(const QString &text) const
{
    using R = Result<Entry>;
    if (const auto byPath = m_byPath.constFind(text); byPath != m_byPath.constEnd())
        return usable(*byPath);
    const QList<Entry> named = m_byName.value(text);
    if (named.size() == 1)
        return usable(named.first());
    if (named.size() > 1) {
        return R::failure(LookupText::tr("%Ln organisations are called \"%1\"; write its path (%2).", nullptr, int(named.size()))
                              .arg(text, named.first().path));
    }
    return R::failure(LookupText::tr("there is no organisation \"%1\" (write the path as `org list` prints it).").arg(text));
}
