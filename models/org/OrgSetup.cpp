#include "OrgSetup.h"

#include "OrgService.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace OrgSetup {

Outcome initialise(Database &database, OrgService &orgs, const QString &district, const QString &subdistrict,
                   const QDate &establishedOn)
{
    if (!orgs.repository().isEmpty())
        return Outcome::failure(QCoreApplication::translate("OrgSetup", "The database %1 already holds organisations.")
                                    .arg(database.path()));
    WriteTransaction transaction(database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());

    Organisation top;
    top.kind = OrgKind::District;
    top.name = district;
    top.establishedOn = establishedOn;
    const auto rootId = orgs.add(top);
    if (!rootId)
        return Outcome::failure(rootId.error());
    if (!subdistrict.trimmed().isEmpty()) {
        Organisation office;
        office.kind = OrgKind::Subdistrict;
        office.parentId = rootId.value();
        office.name = subdistrict;
        office.establishedOn = establishedOn;
        if (const auto id = orgs.add(office); !id)
            return Outcome::failure(id.error());
    }
    const QString scope = subdistrict.trimmed().isEmpty() ? QStringLiteral("district") : QStringLiteral("subdistrict");
    if (const Outcome set = database.setMeta(QStringLiteral("scope"), scope); !set)
        return set;
    if (const Outcome set = database.setMeta(QStringLiteral("initialised_at"),
                                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        !set)
        return set;
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    return Outcome::success();
}

} // namespace OrgSetup
