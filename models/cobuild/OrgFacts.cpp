#include "OrgFacts.h"

#include "store/SqlRead.h"

#include <QSqlQuery>
#include <QVariant>

OrgFacts OrgFacts::read(const QSqlDatabase &db, qint64 id)
{
    OrgFacts facts;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT kind, dissolved_on IS NULL, name FROM organisation WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return facts;
    const auto kind = OrgKinds::fromCode(query.value(0).toString());
    if (!kind)
        return facts;
    facts.exists = true;
    facts.kind = *kind;
    facts.active = query.value(1).toBool();
    facts.name = query.value(2).toString();
    return facts;
}

bool OrgFacts::isAnyOf(std::initializer_list<OrgKind> kinds) const
{
    if (!exists)
        return false;
    for (OrgKind k : kinds) {
        if (k == kind)
            return true;
    }
    return false;
}
