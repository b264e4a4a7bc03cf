#pragma once

#include "org/OrgKind.h"

#include <QSqlDatabase>
#include <QString>

/// What the co-building services need to know of an organisation a record hangs on.
struct OrgFacts
{
    bool exists = false;
    OrgKind kind = OrgKind::Community;
    bool active = false;
    QString name;

    static OrgFacts read(const QSqlDatabase &db, qint64 id);
    bool is(OrgKind a) const { return exists && kind == a; }
    bool isAnyOf(std::initializer_list<OrgKind> kinds) const;
};
