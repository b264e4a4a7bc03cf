#pragma once

#include "core/Result.h"
#include "org/OrgKind.h"

#include <QHash>
#include <QList>
#include <QString>

class Database;

/// The organisations a row of an imported list may name (a member's branch, a unit's community):
/// by the path `org list` prints, or by a name only one organisation has (第1网格党支部 where the
/// list keeps no paths). Read once for the whole list.
class OrgLookup
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString path;
        OrgKind kind = OrgKind::Community;
        bool active = true;
    };

    explicit OrgLookup(const Database &database);

    /// The active organisation text names, or why there is none (none, retired, the name taken
    /// by several).
    Result<Entry> find(const QString &text) const;

private:
    QHash<QString, Entry> m_byPath;
    QHash<QString, QList<Entry>> m_byName;
};
